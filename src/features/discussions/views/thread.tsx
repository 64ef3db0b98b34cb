/** A thread: its posts in order, following it, the reply form (or the code of conduct, or why one cannot write). */
import { formatMoment } from "../../../lib/time/format.js";
import { ErrorSummary, Form, formFields, TextArea } from "../../../web/components/forms.js";
import { RichText } from "../../../web/components/rich-text.js";
import { MAX_BODY } from "../schemas.js";
import type { PostView, ThreadPage } from "../service/reads.js";
import { ConductBox, groupPath, postPath, Refusal, signed, threadPath, type Base } from "./common.js";
import type { FormState } from "./overview.js";
import { PageHead } from "../../../web/components/page-head.js";
import { Section } from "../../../web/components/section.js";

type Props = Base & { page: ThreadPage; form: FormState };

/** The text of a post as the viewer may read it, with why it is hidden for its writer and moderators. */
export function PostBody({ t, post }: { t: Base["t"]; post: PostView }) {
  if (post.deleted) return <p class="muted">{t("discussions.post.deleted")}</p>;
  return (
    <>
      {post.hiddenReason !== null ? (
        <p class="notice">{t("discussions.post.hiddenReason", { reason: post.hiddenReason })}</p>
      ) : null}
      {post.body !== null ? <RichText source={post.body} /> : <p class="muted">{t("discussions.post.hidden")}</p>}
    </>
  );
}

function Post({ t, locale, post, moderates }: Base & { post: PostView }) {
  const canReport = !post.mine && !post.deleted && post.body !== null && post.hiddenReason === null;
  return (
    <li class="card" id={`post-${post.id}`}>
      <p class="muted">
        {signed(t, post.signature)} · {formatMoment(locale, post.createdAt)}
      </p>
      <PostBody t={t} post={post} />
      <p class="actions">
        {canReport ? <a href={postPath(post.id)}>{t("discussions.post.report")}</a> : null}
        {post.mine && !post.deleted ? <a href={`${postPath(post.id)}/delete`}>{t("discussions.post.delete")}</a> : null}
        {moderates && !post.deleted ? <a href={postPath(post.id)}>{t("discussions.post.moderate")}</a> : null}
      </p>
    </li>
  );
}

function CannotWrite({ t, csrf, page }: Props) {
  const { group, thread } = page;
  if (group.status !== "open") return <p>{t("discussions.group.closedNotice")}</p>;
  if (!page.joined) {
    return (
      <p>
        {t("discussions.thread.joinToReply")} <a href={groupPath(group.id)}>{group.name}</a>
      </p>
    );
  }
  return <ConductBox t={t} csrf={csrf} back={threadPath(thread.id)} />;
}

function Reply(props: Props) {
  const { t, csrf, page, form } = props;
  const { group, thread } = page;
  if (group.status !== "open" || !page.joined || !page.agreed) {
    return (
      <>
        <Refusal errors={form.errors} />
        <CannotWrite {...props} />
      </>
    );
  }
  const field = formFields(form.values, form.errors);
  return (
    <Form action={`${threadPath(thread.id)}/replies`} csrf={csrf}>
      <ErrorSummary t={t} errors={form.errors} />
      <TextArea
        {...field("body")}
        label={t("discussions.reply.body")}
        hint={t("discussions.post.hint")}
        maxlength={MAX_BODY}
        rows={5}
      />
      <button type="submit">{t("discussions.reply.submit")}</button>
    </Form>
  );
}

export function ThreadPageView(props: Props) {
  const { t, csrf, page } = props;
  const { thread, group } = page;
  return (
    <>
      <PageHead
        back={{ href: groupPath(group.id), label: t("discussions.backTo", { group: group.name }) }}
        title={thread.title ?? t("discussions.thread.untitled")}
      />
      <Form action={`${threadPath(thread.id)}/${page.following ? "unfollow" : "follow"}`} csrf={csrf}>
        <p>{t(page.following ? "discussions.follow.on" : "discussions.follow.off")}</p>
        <button type="submit" class="secondary">
          {t(page.following ? "discussions.follow.stop" : "discussions.follow.start")}
        </button>
      </Form>
      <section aria-labelledby="posts">
        <h2 id="posts" class="visually-hidden">
          {t("discussions.thread.posts")}
        </h2>
        <ul class="cards">
          {page.posts.map((post) => (
            <Post {...props} post={post} />
          ))}
        </ul>
      </section>
      <Section id="reply" title={t("discussions.reply.title")}>
        <Reply {...props} />
      </Section>
    </>
  );
}
