/** Conversations on request: the list of a parent's or teacher's requests, and the form to ask for one. */
import { childInGroup } from "../../../web/group-name.js";
import { Problem } from "../../../web/components/problem.js";
import { ErrorSummary, Form, formFields, Select, TextArea } from "../../../web/components/forms.js";
import type { Translate } from "../../../web/i18n/index.js";
import { requestTopics } from "../domain/requests.js";
import { formatSlot } from "../../../lib/time/format.js";
import type { AskChoices, ChildChoice } from "../service/request-choices.js";
import type { ListedRequest } from "../service/requests.js";
import type { FormState, ViewProps } from "./common.js";
import { PageHead } from "../../../web/components/page-head.js";
import { LinkCard } from "../../../web/components/link-card.js";
import { ActionLink } from "../../../web/components/action-link.js";

export function RequestsPage({ t, locale, rows }: ViewProps & { rows: ListedRequest[] }) {
  return (
    <>
      <PageHead
        back={{ href: "/conversations", label: t("conversations.title") }}
        title={t("conversations.requests.title")}
        intro={t("conversations.requests.intro")}
      />
      <ActionLink href="/conversations/requests/new" label={t("conversations.requests.new")} />
      {rows.length === 0 ? (
        <p>{t("conversations.requests.none")}</p>
      ) : (
        <ul class="cards">
          {rows.map(({ request, childName, teacherName, asTeacher }) => (
            <LinkCard
              href={`/conversations/requests/${request.id}`}
              title={t("conversations.requests.about", {
                name: childName,
                topic: t(`conversations.topic.${request.topic}`),
              })}
              level={2}
            >
              <p>
                {asTeacher
                  ? t("conversations.requests.withParents")
                  : t("conversations.requests.with", { teacher: teacherName })}{" "}
                · {t(`conversations.requests.status.${request.status}`)}
                {request.startsAt && request.endsAt ? ` · ${formatSlot(locale, request.startsAt, request.endsAt)}` : ""}
              </p>
            </LinkCard>
          ))}
        </ul>
      )}
    </>
  );
}

interface AskProps extends ViewProps, FormState {
  choices: AskChoices;
  /** A refusal of the whole form (someone else's child). */
  problem?: string | undefined;
}

export function AskPage({ t, csrf, choices, values = {}, errors = {}, problem }: AskProps) {
  const children = [...choices.asParent, ...choices.asTeacher];
  const needsTeacher = choices.asParent.some((c) => c.teachers.length > 1);
  const field = formFields(values, errors);
  return (
    <section class="narrow">
      <PageHead
        back={{ href: "/conversations/requests", label: t("conversations.requests.title") }}
        title={t("conversations.requests.new")}
        intro={t("conversations.requests.newIntro")}
      />
      <Problem message={problem} />
      <ErrorSummary t={t} errors={errors} />
      {children.length === 0 ? (
        <p>{t("conversations.requests.noChildren")}</p>
      ) : (
        <Form action="/conversations/requests" csrf={csrf}>
          <Select
            {...field("pupilId")}
            label={t("conversations.requests.child")}
            options={children.map((c) => ({ value: c.pupilId, label: childInGroup(t, c.name, c.groupName) }))}
          />
          {needsTeacher || errors.teacherId ? (
            <TeacherChoice t={t} choices={choices.asParent} {...field("teacherId")} />
          ) : null}
          <Select
            {...field("topic")}
            label={t("conversations.requests.topic")}
            options={[
              // No topic chosen for the parent: they say what it is about.
              { value: "", label: t("conversations.requests.chooseTopic") },
              ...requestTopics.map((topic) => ({ value: topic, label: t(`conversations.topic.${topic}`) })),
            ]}
          />
          <TextArea
            {...field("note")}
            label={t("conversations.requests.note")}
            hint={t("conversations.requests.noteHint")}
            maxlength={2000}
            rows={4}
          />
          <button type="submit">{t("conversations.requests.submit")}</button>
        </Form>
      )}
    </section>
  );
}

/**
 * For a child with several teachers: whom the parent wants to talk to (blank: the first), the
 * teachers under each child's name so a parent of several children sees whose teacher is whose.
 */
function TeacherChoice(props: {
  t: Translate;
  choices: ChildChoice[];
  value?: string | undefined;
  error?: string | undefined;
}) {
  const { t, choices } = props;
  return (
    <Select
      name="teacherId"
      label={t("conversations.requests.teacher")}
      value={props.value}
      error={props.error}
      options={[{ value: "", label: t("conversations.requests.anyTeacher") }]}
      follows="pupilId"
      groups={choices
        .filter((c) => c.teachers.length > 0)
        .map((c) => ({
          label: childInGroup(t, c.name, c.groupName),
          when: c.pupilId,
          options: c.teachers.map((x) => ({ value: x.id, label: x.name })),
        }))}
    />
  );
}
