/** The school's sparring page and thread, and the advisor's inbox and thread. */
import { DataTable } from "../../../web/components/data-table.js";
import { ErrorSummary, Form, formFields, Select, TextArea } from "../../../web/components/forms.js";
import type { PageProps as Base } from "../../../web/page-props.js";
import { emptyForm, type FormState } from "../../../web/validation.js";
import { formMoment } from "./format.js";
import type { InboxRow } from "../service/inbox.js";
import type { RequestRow, SparringStatus, Thread } from "../service/sparring.js";
import { SPARRING_TEXT_MAX } from "../../../db/schema/index.js";
import { Problem } from "../../../web/components/problem.js";
import { PageHead } from "../../../web/components/page-head.js";
import { Section } from "../../../web/components/section.js";

export { type FormState, emptyForm as noForm };

const statusKey = (status: SparringStatus) => `advice.sparring.status.${status}` as const;

export function SchoolSparringPage(
  props: Base & { requests: RequestRow[]; hasAdvisor: boolean; form: FormState; problem?: string | undefined },
) {
  const { t, locale, csrf, requests, form } = props;
  const field = formFields(form.values, form.errors);
  return (
    <>
      <h1>{t("advice.sparring.title")}</h1>
      <p>{t("advice.sparring.intro")}</p>
      <p>
        <a href="/advice">{t("advice.sparring.library")}</a>
      </p>
      <Problem message={props.problem} />
      <Section id="new-request" title={t("advice.sparring.new")}>
        {props.hasAdvisor ? (
          <Form action="/advice/sparring" csrf={csrf}>
            <ErrorSummary t={t} errors={form.errors} />
            <TextArea
              {...field("question")}
              label={t("advice.sparring.field.question")}
              hint={t("advice.sparring.field.question.hint")}
              maxlength={SPARRING_TEXT_MAX}
              rows={5}
            />
            <TextArea
              {...field("preferredTimes")}
              label={t("advice.sparring.field.preferredTimes")}
              hint={t("advice.sparring.field.preferredTimes.hint")}
              maxlength={SPARRING_TEXT_MAX}
            />
            <button type="submit">{t("advice.sparring.submit")}</button>
          </Form>
        ) : (
          <p>{t("advice.sparring.noAdvisor")}</p>
        )}
      </Section>
      <Section id="requests" title={t("advice.sparring.mine")}>
        <RequestsTable t={t} locale={locale} rows={requests} />
      </Section>
    </>
  );
}

type ListedRequest = Pick<RequestRow, "id" | "question" | "status" | "createdAt"> & { orgName?: string };

/**
 * Sparring requests as a table: the school's own, each linked to its thread, or the advisor's
 * inbox, each linked to the advisor's thread and named with its organisation.
 */
function RequestsTable({
  t,
  locale,
  rows,
  inbox = false,
}: Pick<Base, "t" | "locale"> & { rows: ListedRequest[]; inbox?: boolean }) {
  const organisation = { label: t("advice.inbox.organisation"), cell: (r: ListedRequest) => r.orgName };
  return (
    <DataTable
      t={t}
      caption={t(inbox ? "advice.inbox.title" : "advice.sparring.mine")}
      rows={rows}
      empty={t(inbox ? "advice.inbox.none" : "advice.sparring.none")}
      columns={[
        {
          label: t("advice.sparring.question"),
          cell: (r) => <a href={`/advice/${inbox ? "inbox" : "sparring"}/${r.id}`}>{excerpt(r.question)}</a>,
        },
        ...(inbox ? [organisation] : []),
        { label: t("advice.inbox.asked"), cell: (r) => formMoment(locale, r.createdAt) },
        { label: t("advice.sparring.statusLabel"), cell: (r) => t(statusKey(r.status)) },
      ]}
    />
  );
}

function excerpt(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

export interface ThreadProps extends Base {
  thread: Thread;
  /** Where the reply form posts; the advisor's page also sets the status. */
  action: string;
  back: string;
  asAdvisor: boolean;
  form: FormState;
}

export function ThreadPage(props: ThreadProps) {
  const { t, locale, csrf, thread, form } = props;
  const { request } = thread;
  const field = formFields(form.values, form.errors);
  return (
    <>
      <PageHead
        back={{ href: props.back, label: props.asAdvisor ? t("advice.inbox.back") : t("advice.sparring.back") }}
        title={t("advice.sparring.title")}
      />
      {props.asAdvisor ? <p>{thread.orgName}</p> : null}
      <p>
        {t("advice.sparring.askedOn", {
          date: formMoment(locale, request.createdAt),
          name: request.authorName ?? t("advice.sparring.unknownAuthor"),
        })}
      </p>
      <p>
        <strong>{t("advice.sparring.status", { status: t(statusKey(request.status)) })}</strong>
      </p>
      <h2>{t("advice.sparring.question")}</h2>
      <p class="written-text">{request.question}</p>
      <h2>{t("advice.sparring.preferredTimes")}</h2>
      <p class="written-text">{request.preferredTimes}</p>
      {props.asAdvisor ? (
        <Form action={`${props.action}/status`} csrf={csrf}>
          <Select
            name="status"
            label={t("advice.inbox.setStatus")}
            value={request.status}
            options={(["new", "planned", "done"] as const).map((s) => ({ value: s, label: t(statusKey(s)) }))}
          />
          <button type="submit" class="secondary">
            {t("advice.inbox.setStatus")}
          </button>
        </Form>
      ) : null}
      <Section id="thread" title={t("advice.sparring.thread")}>
        {thread.messages.length ? (
          <ol>
            {thread.messages.map((m) => (
              <li class="card">
                <p class="hint">
                  {m.fromAdvisor
                    ? t("advice.sparring.fromAdvisor", { name: m.authorName ?? t("advice.sparring.unknownAuthor") })
                    : (m.authorName ?? t("advice.sparring.unknownAuthor"))}{" "}
                  · {formMoment(locale, m.createdAt)}
                </p>
                <p class="written-text">{m.body}</p>
              </li>
            ))}
          </ol>
        ) : (
          <p>{t("advice.sparring.noMessages")}</p>
        )}
        <Form action={props.action} csrf={csrf}>
          <ErrorSummary t={t} errors={form.errors} />
          <TextArea {...field("body")} label={t("advice.sparring.reply")} maxlength={SPARRING_TEXT_MAX} rows={4} />
          <button type="submit">{t("advice.sparring.replySubmit")}</button>
        </Form>
      </Section>
    </>
  );
}

export function InboxPage({ t, locale, rows }: Omit<Base, "csrf"> & { rows: InboxRow[] }) {
  return (
    <>
      <h1>{t("advice.inbox.title")}</h1>
      <p>{t("advice.inbox.intro")}</p>
      <RequestsTable t={t} locale={locale} rows={rows} inbox />
    </>
  );
}
