/**
 * The staff's plan: where it stands (draft, published, changed since), the vision, progress, the
 * nulmeting's priorities as starting points with the team's capacity for change beside them, the
 * goals and the actions. The school leader and coordinator get the forms; others read.
 */
import { formatDate, formatMoment } from "../../../lib/time/format.js";
import { Checkbox, CsrfField, ErrorSummary, Form, TextArea } from "../../../web/components/forms.js";
import { DataTable } from "../../../web/components/data-table.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { domainIds, domainName } from "../../measurements/index.js";
import { CapacityPanel } from "../../trajectory/index.js";
import { baselineText, oneDecimal } from "../domain/format.js";
import { isOverdue } from "../domain/progress.js";
import { ordered } from "../domain/snapshot.js";
import type { StaffPlan } from "../service/reads.js";
import { PlanDocument } from "./document.js";
import { GoalFields } from "./goal-form.js";
import { ProgressPanel } from "./progress.js";
import type { PlanBase } from "./props.js";
import { Section } from "../../../web/components/section.js";

export interface PlanForms {
  values: FormValues;
  errors: FormErrors;
}

export const noForms: PlanForms = { values: {}, errors: {} };

type PageProps = PlanBase & { data: StaffPlan; form: PlanForms };

function Standing({ t, locale, csrf, edits, data }: PageProps) {
  const { published, version } = data;
  return (
    <Section id="standing-title" title={t("plan.standing.title")} class="card">
      {published ? (
        <p>
          {t("plan.standing.published", {
            date: formatMoment(locale, published.publishedAt),
            version: published.version,
          })}
        </p>
      ) : (
        <p>{t("plan.standing.draft")}</p>
      )}
      {published && published.version !== version ? <p class="notice">{t("plan.standing.changed")}</p> : null}
      {edits && version > 0 && published?.version !== version ? (
        <Form action="/plan/publish" csrf={csrf}>
          <p class="hint">{t(published ? "plan.publish.hint" : "plan.publish.hintFirst")}</p>
          {published ? (
            <Checkbox
              name="tellParents"
              label={t("plan.publish.tellParents")}
              hint={t("plan.publish.tellParentsHint")}
              checked={false}
            />
          ) : null}
          <button type="submit">{t(published ? "plan.publish.again" : "plan.publish.submit")}</button>
        </Form>
      ) : null}
      <ul class="actions">
        <li>
          <a href="/plan/history">{t("plan.history.link")}</a>
        </li>
        <li>
          <a href="/plan/for-parents">{t("plan.parents.link")}</a>
        </li>
        <li>
          <a href="/plan/responses">{t("plan.responses.link", { n: data.openResponses })}</a>
        </li>
        <li>
          <a href="/plan/print">{t("plan.print.link")}</a>
        </li>
        <li>
          <a href="/plan/plan.pdf">{t("plan.pdf.link")}</a>
        </li>
      </ul>
    </Section>
  );
}

function VisionForm({ t, csrf, data, form }: PageProps) {
  return (
    <Section id="vision-form-title" title={t("plan.vision.title")}>
      <Form action="/plan/vision" csrf={csrf}>
        <TextArea
          name="vision"
          label={t("plan.vision.field")}
          hint={t("plan.vision.hint")}
          maxlength={4000}
          rows={6}
          value={form.values.vision ?? data.plan.vision}
          error={form.errors.vision}
        />
        <button type="submit">{t("plan.vision.submit")}</button>
      </Form>
    </Section>
  );
}

type Priority = StaffPlan["startingPoints"]["priorities"][number];

/** Takes a priority of the nulmeting up as a goal with that domain and group. */
function Adopt({ t, locale, csrf, priority: p }: PageProps & { priority: Priority }) {
  return (
    <form method="post" action="/plan/goals" class="inline-form">
      <CsrfField token={csrf} />
      <input type="hidden" name="domain" value={p.domain} />
      <input type="hidden" name="fromGroup" value={p.group} />
      <input
        type="hidden"
        name="title"
        value={t("plan.priorities.goalTitle", { domain: domainName(p.domain, locale) })}
      />
      <button type="submit" class="secondary">
        {t("plan.priorities.adoptButton")}
      </button>
    </form>
  );
}

/** The nulmeting's priorities with their figures; a leader takes one up as a goal. */
function StartingPoints(props: PageProps) {
  const { t, locale, edits, data } = props;
  const { nulmeting, priorities } = data.startingPoints;
  return (
    <Section id="priorities-title" title={t("plan.priorities.title")}>
      {!nulmeting ? (
        <p>{t("plan.priorities.noNulmeting")}</p>
      ) : priorities.length === 0 ? (
        <p>{t("plan.priorities.none", { title: nulmeting.title })}</p>
      ) : (
        <>
          <p class="hint">{t("plan.priorities.intro", { title: nulmeting.title })}</p>
          <DataTable
            t={t}
            caption={t("plan.priorities.caption")}
            rows={priorities}
            columns={[
              { label: t("plan.field.domain"), cell: (p) => domainName(p.domain, locale) },
              { label: t("plan.priorities.group"), cell: (p) => t(`plan.group.${p.group}`) },
              { label: t("plan.priorities.current"), cell: (p) => oneDecimal(locale, p.current) },
              { label: t("plan.priorities.desired"), cell: (p) => oneDecimal(locale, p.desired) },
              ...(edits
                ? [{ label: t("plan.priorities.adopt"), cell: (p: Priority) => <Adopt {...props} priority={p} /> }]
                : []),
            ]}
          />
        </>
      )}
      <CapacityPanel t={t} locale={locale} data={data.startingPoints.capacity} />
    </Section>
  );
}

function GoalForms(props: PageProps) {
  const { t, locale, csrf, data, form } = props;
  const goals = ordered(data.plan.goals, domainIds);
  return (
    <Section id="goals-edit-title" title={t("plan.goals.title")}>
      {goals.length === 0 ? <p>{t("plan.goals.none")}</p> : null}
      <ul>
        {goals.map((goal) => (
          <li>
            {domainName(goal.domain, locale)}: <a href={`/plan/goals/${goal.id}`}>{goal.title}</a>
            {goal.baseline ? <span class="muted"> ({baselineText(t, locale, goal.baseline)})</span> : null}
          </li>
        ))}
      </ul>
      <h3>{t("plan.goal.addTitle")}</h3>
      <ErrorSummary t={t} errors={form.errors} />
      <Form action="/plan/goals" csrf={csrf}>
        <GoalFields {...props} values={form.values} errors={form.errors} />
        {form.errors.fromGroup ? <p class="field-error">{form.errors.fromGroup}</p> : null}
        <button type="submit">{t("plan.goal.add")}</button>
      </Form>
    </Section>
  );
}

function ActionList(props: PageProps) {
  const { t, locale, edits, data } = props;
  const actions = ordered(data.plan.actions, domainIds);
  return (
    <Section id="actions-title" title={t("plan.actions.title")}>
      {edits ? (
        <p>
          <a href="/plan/actions/new" class="button">
            {t("plan.action.new")}
          </a>
        </p>
      ) : null}
      <DataTable
        t={t}
        caption={t("plan.actions.title")}
        stack
        rows={actions}
        empty={t("plan.actions.none")}
        columns={[
          {
            label: t("plan.field.title"),
            cell: (a) => (edits ? <a href={`/plan/actions/${a.id}`}>{a.title}</a> : a.title),
          },
          { label: t("plan.field.domain"), cell: (a) => domainName(a.domain, locale) },
          { label: t("plan.field.owner"), cell: (a) => t(`plan.owner.${a.owner}`) },
          { label: t("plan.field.responsible"), cell: (a) => a.responsible },
          {
            label: t("plan.field.dueOn"),
            cell: (a) => (
              <>
                {formatDate(locale, a.dueOn)}
                {isOverdue(a, data.today) ? <strong> {t("plan.action.overdue")}</strong> : null}
              </>
            ),
          },
          { label: t("plan.field.status"), cell: (a) => t(`plan.status.${a.status}`) },
          { label: t("plan.field.ideas"), cell: (a) => a.ideaIds.length },
        ]}
      />
    </Section>
  );
}

export function PlanPage(props: PageProps) {
  const { t, locale, edits, data } = props;
  const ideas = new Map(data.ideas.map((idea) => [idea.id, idea]));
  return (
    <>
      <h1>{t("plan.title")}</h1>
      <p>{t("plan.intro")}</p>
      <ErrorSummary t={t} errors={{ _form: props.form.errors._form }} />
      <Standing {...props} />
      <ProgressPanel t={t} locale={locale} actions={data.plan.actions} today={data.today} />
      <StartingPoints {...props} />
      {edits ? (
        <>
          <VisionForm {...props} />
          <GoalForms {...props} />
          <ActionList {...props} />
        </>
      ) : (
        <>
          <ActionList {...props} />
          <PlanDocument t={t} locale={locale} plan={data.plan} today={data.today} ideas={ideas} />
        </>
      )}
    </>
  );
}
