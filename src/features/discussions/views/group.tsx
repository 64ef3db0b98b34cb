/** A group: what it is about, joining or leaving, its threads, and the form to start one. */
import { formatDay } from "../../../lib/time/format.js";
import { ErrorSummary, Field, Form, formFields, TextArea } from "../../../web/components/forms.js";
import { MAX_BODY } from "../schemas.js";
import type { GroupPage } from "../service/reads.js";
import { ConductBox, groupPath, Refusal, signed, threadPath, type Base } from "./common.js";
import type { FormState } from "./overview.js";
import { PageHead } from "../../../web/components/page-head.js";
import { Section } from "../../../web/components/section.js";
import { LinkCard } from "../../../web/components/link-card.js";

type Props = Base & { page: GroupPage; form: FormState };

function NewThread({ t, csrf, page, form }: Props) {
  const { group } = page;
  if (group.status !== "open" || !page.joined || !page.agreed) {
    return (
      <>
        <Refusal errors={form.errors} />
        {group.status !== "open" ? (
          <p>{t("discussions.group.closedNotice")}</p>
        ) : !page.joined ? (
          <p>{t("discussions.group.joinToWrite")}</p>
        ) : (
          <ConductBox t={t} csrf={csrf} back={groupPath(group.id)} />
        )}
      </>
    );
  }
  const field = formFields(form.values, form.errors);
  return (
    <Section id="new-thread" title={t("discussions.thread.new")}>
      <Form action={`${groupPath(group.id)}/threads`} csrf={csrf}>
        <ErrorSummary t={t} errors={form.errors} />
        <Field {...field("title")} label={t("discussions.thread.title")} required />
        <TextArea
          {...field("body")}
          label={t("discussions.post.body")}
          hint={t("discussions.post.hint")}
          maxlength={MAX_BODY}
          rows={6}
        />
        <button type="submit">{t("discussions.thread.submit")}</button>
      </Form>
    </Section>
  );
}

export function GroupPageView(props: Props) {
  const { t, locale, csrf, page } = props;
  const { group } = page;
  return (
    <>
      <PageHead back={{ href: "/discussions", label: t("discussions.back") }} title={group.name} />
      {group.description ? <p class="lead">{group.description}</p> : null}
      {group.status === "open" ? (
        <Form action={`${groupPath(group.id)}/${page.joined ? "leave" : "join"}`} csrf={csrf}>
          <p>{t(page.joined ? "discussions.group.member" : "discussions.group.notMember")}</p>
          <button type="submit" class={page.joined ? "secondary" : undefined}>
            {t(page.joined ? "discussions.group.leave" : "discussions.group.join")}
          </button>
        </Form>
      ) : null}
      <Section id="threads" title={t("discussions.group.threads")}>
        {page.threads.length === 0 ? (
          <p>{t("discussions.group.noThreads")}</p>
        ) : (
          <ul class="cards">
            {page.threads.map((thread) => (
              <LinkCard href={threadPath(thread.id)} title={thread.title ?? t("discussions.thread.untitled")}>
                <p class="muted">
                  {t("discussions.group.threadLine", {
                    author: signed(t, thread.signature),
                    count: thread.posts,
                    date: formatDay(locale, thread.lastPostAt),
                  })}
                </p>
              </LinkCard>
            ))}
          </ul>
        )}
      </Section>
      <NewThread {...props} />
    </>
  );
}
