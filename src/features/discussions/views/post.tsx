/**
 * One post: reporting it (not one's own), and for the moderators (who hide rather than report)
 * hiding it with a reason or showing it again.
 */
import { formatMoment } from "../../../lib/time/format.js";
import { ReportForm } from "../../../moderation/index.js";
import { ErrorSummary, Form, formFields, TextArea } from "../../../web/components/forms.js";
import { MAX_REASON } from "../schemas.js";
import type { PostPage } from "../service/reads.js";
import { postPath, signed, threadPath, type Base } from "./common.js";
import type { FormState } from "./overview.js";
import { PostBody } from "./thread.js";
import { Section } from "../../../web/components/section.js";
import { ButtonForm } from "../../../web/components/button-form.js";

type Props = Base & { page: PostPage; report: FormState; hide: FormState };

function Moderation({ t, csrf, page, hide }: Props) {
  const { post } = page;
  if (post.deleted) return null;
  if (post.hiddenFromOthers) {
    return (
      <ButtonForm
        action={`${postPath(post.id)}/restore`}
        csrf={csrf}
        class="secondary"
        label={t("discussions.moderate.restore")}
      />
    );
  }
  const field = formFields(hide.values, hide.errors);
  return (
    <Form action={`${postPath(post.id)}/hide`} csrf={csrf}>
      <ErrorSummary t={t} errors={hide.errors} />
      <TextArea
        {...field("reason")}
        label={t("discussions.moderate.reason")}
        hint={t("discussions.moderate.reasonHint")}
        maxlength={MAX_REASON}
      />
      <button type="submit">{t("discussions.moderate.hide")}</button>
    </Form>
  );
}

export function PostPageView(props: Props) {
  const { t, locale, csrf, page, moderates, report } = props;
  const { post, thread } = page;
  const reportable = !post.deleted && !post.hiddenFromOthers && (!post.mine || Object.keys(report.errors).length > 0);
  return (
    <>
      <p>
        <a href={`${threadPath(thread.id)}#post-${post.id}`}>
          {t("discussions.backTo", { group: thread.title ?? t("discussions.thread.untitled") })}
        </a>
      </p>
      <h1>{t("discussions.post.title")}</h1>
      <article class="card">
        <p class="muted">
          {signed(t, post.signature)} · {formatMoment(locale, post.createdAt)}
        </p>
        <PostBody t={t} post={post} />
      </article>
      {reportable && !moderates ? (
        <ReportForm t={t} csrf={csrf} action={`${postPath(post.id)}/report`} {...report} />
      ) : null}
      {moderates ? (
        <Section id="moderate" title={t("discussions.moderate.title")}>
          <Moderation {...props} />
        </Section>
      ) : null}
    </>
  );
}
