/**
 * The staff's timeline: where the school stands, the deadline warnings, every step with what
 * happened, the sessions of both lines with the team's capacity for change beside them, and for
 * leaders the forms to link a measurement and to end the trajectory.
 */
import { formatDate, formatDay } from "../../../lib/time/format.js";
import { ErrorSummary, Form, formFields, Select } from "../../../web/components/forms.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import type { ActiveTimeline } from "../service/timeline.js";
import { CapacityPanel } from "./capacity.js";
import type { StaffBase } from "./props.js";
import { SessionLines } from "./sessions.js";
import { StepList } from "./steps.js";
import { Section } from "../../../web/components/section.js";
import { sessionWords } from "../domain/template.js";

export interface LinkFormState {
  values: FormValues;
  errors: FormErrors;
}

function Warning({ t, locale, data }: StaffBase & { data: ActiveTimeline }) {
  const reached = data.state.warnings.at(-1);
  if (!reached) return null;
  const date = formatDate(locale, data.state.finalDueOn);
  return (
    <p class="notice" role="status">
      {t(`trajectory.warning.${reached}`, { date })}
    </p>
  );
}

function NextUp({ t, locale, data }: StaffBase & { data: ActiveTimeline }) {
  const upcoming = data.sessions
    .filter((s) => s.status === "planned" && s.heldOn !== null && s.heldOn >= data.today)
    .sort((a, b) => (a.heldOn ?? "").localeCompare(b.heldOn ?? ""))
    .slice(0, 3);
  return (
    <Section id="next-title" title={t("trajectory.next.title")}>
      {data.state.overdueSessions ? (
        <p class="field-error">{t("trajectory.next.overdueSessions", { n: data.state.overdueSessions })}</p>
      ) : null}
      {upcoming.length === 0 ? (
        <p>{t("trajectory.next.none")}</p>
      ) : (
        <ul>
          {upcoming.map((s) => (
            <li>
              {formatDate(locale, s.heldOn)}: {sessionWords(t, s).topic} ({t(`trajectory.line.${s.line}`)})
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function LinkForm(props: StaffBase & { data: ActiveTimeline; form: LinkFormState }) {
  const { t, csrf, data, form } = props;
  if (!data.linkable.length && !form.errors.measurementId) return null;
  const options = [
    { value: "", label: t("trajectory.link.choose") },
    ...data.linkable.map((m) => ({ value: m.id, label: `${m.title} (${t(`trajectory.kind.${m.kind}`)})` })),
  ];
  return (
    <Section id="link-title" title={t("trajectory.link.title")}>
      <ErrorSummary t={t} errors={form.errors} />
      <Form action="/trajectory/measurements" csrf={csrf}>
        <Select
          {...formFields(form.values, form.errors)("measurementId")}
          label={t("trajectory.link.field")}
          hint={t("trajectory.link.hint")}
          options={options}
        />
        <button type="submit">{t("trajectory.link.submit")}</button>
      </Form>
    </Section>
  );
}

function EndForm({ t, csrf, trajectoryId }: StaffBase & { trajectoryId: string }) {
  return (
    <details>
      <summary>{t("trajectory.end.title")}</summary>
      <p>{t("trajectory.end.explain")}</p>
      <Form action={`/trajectory/${trajectoryId}/end`} csrf={csrf}>
        <button type="submit">{t("trajectory.end.submit")}</button>
      </Form>
    </details>
  );
}

/** What the advisor shared with the school; nothing when they shared nothing. */
function AdvisorNotes({ t, locale, data }: StaffBase & { data: ActiveTimeline }) {
  if (!data.advisorNotes.length) return null;
  return (
    <Section id="advisor-notes-title" title={t("trajectory.advisorNotes.title")}>
      <ul>
        {data.advisorNotes.map((note) => (
          <li>
            <p class="muted">
              {t(note.sessionTopic ? "trajectory.advisorNotes.aboutSession" : "trajectory.advisorNotes.about", {
                name: note.advisorName,
                date: formatDay(locale, note.updatedAt),
                topic: note.sessionTopic ?? "",
              })}
            </p>
            <p class="written-text">{note.body}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function TimelinePage(props: StaffBase & { data: ActiveTimeline; link: LinkFormState }) {
  const { t, locale, data, leads } = props;
  const started = formatDate(locale, data.facts.startedOn);
  return (
    <>
      <h1>{t("trajectory.title")}</h1>
      <p class="lead">
        {data.advisorName
          ? t("trajectory.startedWithAdvisor", { date: started, advisor: data.advisorName })
          : t("trajectory.started", { date: started })}
      </p>
      {props.link.errors._form ? (
        <p class="notice" role="alert">
          {props.link.errors._form}
        </p>
      ) : null}
      <Warning {...props} />
      <Section id="phase-title" title={t("trajectory.phase.title")}>
        <p>
          <strong>{t(`trajectory.phase.${data.state.phase}`)}</strong>
        </p>
        <p>{t(`trajectory.phase.${data.state.phase}.about`)}</p>
        <p>
          <a href="/trajectory/for-parents">{t("trajectory.parentVersion")}</a>
        </p>
      </Section>
      <NextUp {...props} />
      <AdvisorNotes {...props} />
      <Section id="steps-title" title={t("trajectory.steps.title")}>
        <StepList {...props} />
      </Section>
      <Section id="sessions-title" title={t("trajectory.sessions.title")}>
        <CapacityPanel t={t} locale={locale} data={data.capacity} />
        <SessionLines {...props} />
      </Section>
      {leads ? <LinkForm {...props} form={props.link} /> : null}
      {leads ? <EndForm {...props} trajectoryId={data.trajectory.id} /> : null}
    </>
  );
}
