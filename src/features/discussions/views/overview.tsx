/** /discussions: the groups, proposals, the form to create or propose a group, reported posts, one's own posts. */
import { ModerationQueue } from "../../../moderation/index.js";
import { ErrorSummary, Field, Form, formFields, TextArea } from "../../../web/components/forms.js";
import type { FormState } from "../../../web/validation.js";
import { MAX_DESCRIPTION, MAX_REASON } from "../schemas.js";
import type { ReportedPost } from "../service/moderation.js";
import type { GroupCard, Overview } from "../service/reads.js";
import { groupPath, postPath, type Base } from "./common.js";
import { Section } from "../../../web/components/section.js";
import { ButtonForm } from "../../../web/components/button-form.js";
import { LinkCard } from "../../../web/components/link-card.js";

export type { FormState };

type Props = Base & {
  overview: Overview;
  queue: ReportedPost[];
  form: FormState;
  decline: FormState & { groupId?: string };
};

function Groups({ t, overview }: Props) {
  if (overview.groups.length === 0) return <p>{t("discussions.groups.none")}</p>;
  return (
    <ul class="cards">
      {overview.groups.map((group) => (
        <LinkCard href={groupPath(group.id)} title={group.name}>
          {group.description ? <p>{group.description}</p> : null}
          <p class="muted">
            {t("discussions.groups.threads", { count: group.threads })}
            {group.joined ? ` · ${t("discussions.groups.joined")}` : ""}
            {group.status === "closed" ? ` · ${t("discussions.groups.closed")}` : ""}
          </p>
        </LinkCard>
      ))}
    </ul>
  );
}

function Proposal(props: Props & { group: GroupCard }) {
  const { t, csrf, group, moderates, decline } = props;
  const mineWithErrors = decline.groupId === group.id;
  const field = formFields(mineWithErrors ? decline.values : {}, mineWithErrors ? decline.errors : {});
  return (
    <li class="card">
      <h3>{group.name}</h3>
      {group.description ? <p>{group.description}</p> : null}
      <p class="muted">
        {group.status === "declined"
          ? t("discussions.proposals.declined", { reason: group.declineReason ?? "" })
          : t("discussions.proposals.waiting")}
      </p>
      {moderates && group.status === "proposed" ? (
        <>
          <ButtonForm
            action={`${groupPath(group.id)}/approve`}
            csrf={csrf}
            label={t("discussions.proposals.approve")}
          />
          <details open={mineWithErrors}>
            <summary>{t("discussions.proposals.decline")}</summary>
            <Form action={`${groupPath(group.id)}/decline`} csrf={csrf}>
              <TextArea {...field("reason")} label={t("discussions.proposals.reason")} maxlength={MAX_REASON} />
              <button type="submit" class="secondary">
                {t("discussions.proposals.declineSubmit")}
              </button>
            </Form>
          </details>
        </>
      ) : null}
    </li>
  );
}

function NewGroup({ t, csrf, staff, form }: Props) {
  const field = formFields(form.values, form.errors);
  return (
    <Section id="new-group" title={t(staff ? "discussions.newGroup.title" : "discussions.propose.title")}>
      <p>{t(staff ? "discussions.newGroup.intro" : "discussions.propose.intro")}</p>
      <Form action="/discussions/groups" csrf={csrf}>
        <ErrorSummary t={t} errors={form.errors} />
        <Field {...field("name")} label={t("discussions.newGroup.name")} required />
        <TextArea {...field("description")} label={t("discussions.newGroup.description")} maxlength={MAX_DESCRIPTION} />
        <button type="submit">{t(staff ? "discussions.newGroup.submit" : "discussions.propose.submit")}</button>
      </Form>
    </Section>
  );
}

export function OverviewPage(props: Props) {
  const { t, locale, csrf, overview, moderates, queue } = props;
  return (
    <>
      <h1>{t("discussions.title")}</h1>
      <p class="lead">{t("discussions.intro")}</p>
      <p>
        <a href="/discussions/conduct">{t("discussions.conduct.link")}</a>
      </p>
      {moderates ? (
        <ModerationQueue
          t={t}
          locale={locale}
          csrf={csrf}
          rows={queue.map((item) => ({
            ...item,
            href: postPath(item.contentId),
            keepAction: `${postPath(item.contentId)}/keep`,
          }))}
        />
      ) : null}
      <Section id="groups" title={t("discussions.groups.title")}>
        <Groups {...props} />
      </Section>
      {overview.proposals.length > 0 ? (
        <Section id="proposals" title={t("discussions.proposals.title")}>
          <ul class="cards">
            {overview.proposals.map((group) => (
              <Proposal {...props} group={group} />
            ))}
          </ul>
        </Section>
      ) : null}
      <NewGroup {...props} />
      <Section id="my-posts" title={t("discussions.mine.title")}>
        <p>{t("discussions.mine.count", { count: overview.myPosts })}</p>
        <p>
          <a href="/account/export.json" download>
            {t("discussions.mine.export")}
          </a>
        </p>
        {overview.myPosts > 0 ? (
          <p>
            <a href="/discussions/my-posts/delete">{t("discussions.mine.deleteAll")}</a>
          </p>
        ) : null}
      </Section>
    </>
  );
}
