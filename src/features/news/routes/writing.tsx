/**
 * /news/new, /news/:postId/edit, pin, reactions-open and translation: staff writing news. A
 * teacher writes to their own groups and edits their own posts; a manager anything. Bad input
 * (an empty post, a file that is no photo or PDF) comes back with the form, 422, nothing stored.
 */
import { Hono, type Context } from "hono";
import { readAttachmentUploads, type PreparedAttachment } from "../../../attachments/index.js";
import { utcToLocal } from "../../../lib/time/zone.js";
import type { AppEnv } from "../../../web/env.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { formErrorsOf, orInputRefusal, refusalStatus } from "../../../web/form-refusal.js";
import { allow } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import { isId, pageProps, pathId, scopeOf } from "../../../web/route-context.js";
import { parseForm, type FormErrors, type FormValues } from "../../../web/validation.js";
import type { AttachmentInfo } from "../../../attachments/index.js";
import { mayPostNews } from "../policy.js";
import { postForm, switchForm, translationForm, translationLocales, type PostInput } from "../schemas.js";
import { postForEditing } from "../service/reads.js";
import {
  createPost,
  groupChoices,
  saveTranslation,
  setPinned,
  setReactionsOpen,
  updatePost,
} from "../service/writing.js";
import { PostFormPage } from "../views/post-form.js";
import { renderConfirmPage } from "../../../web/confirm-page.js";
import { ForbiddenError } from "../../../web/errors.js";
import { viewerOf } from "../../../web/guards.js";
import { formatMoment } from "../../../lib/time/format.js";
import { deletePost } from "../service/deleting.js";
import { translationsOf } from "../service/translations.js";
import { TranslationPage } from "../views/other-pages.js";
import { postPath } from "../views/props.js";
import { postPage } from "./pages.js";
import { valuesOf, writerOf } from "./context.js";

const posters = allow(mayPostNews);

interface FormPage {
  action: string;
  heading: string;
  values: FormValues;
  groupIds: readonly string[];
  errors: FormErrors;
  attachments: AttachmentInfo[];
  published: boolean;
}

async function formPage(c: Context<AppEnv>, form: FormPage, status: 200 | 403 | 409 | 422 = 200) {
  const writer = writerOf(c);
  const groups = await groupChoices({ ...scopeOf(c), writer });
  const page = <PostFormPage {...pageProps(c)} groups={groups} manager={writer.manager} {...form} />;
  return renderPage(c, { title: form.heading, children: page }, status);
}

/** The form's text fields and files, or the form again with what is wrong (422). */
async function readPostForm(
  c: Context<AppEnv>,
): Promise<
  { ok: true; input: PostInput; files: PreparedAttachment[] } | { ok: false; values: FormValues; errors: FormErrors }
> {
  const form = await parseForm(c, postForm);
  const uploads = await readAttachmentUploads(c, "files");
  const errors: FormErrors = form.ok ? {} : { ...form.errors };
  if (!uploads.ok) errors.files = c.var.t(uploads.key, uploads.params);
  if (!form.ok || !uploads.ok) return { ok: false, values: form.values, errors };
  return { ok: true, input: form.data, files: uploads.files };
}

const newForm = (c: Context<AppEnv>): FormPage => ({
  action: "/news/new",
  heading: c.var.t("news.new.title"),
  values: { reactionsOpen: "on", publish: "now" },
  groupIds: [],
  errors: {},
  attachments: [],
  published: false,
});

export const writingRoutes = new Hono<AppEnv>()
  .get("/new", posters, (c) => formPage(c, newForm(c)))
  .post("/new", posters, async (c) => {
    const read = await readPostForm(c);
    const groupIds = await valuesOf(c, "groupIds");
    if (!read.ok) return formPage(c, { ...newForm(c), values: read.values, groupIds, errors: read.errors }, 422);
    const done = await orInputRefusal(
      oncePerForm(c, async (db) => {
        const made = await createPost({
          ...scopeOf(c),
          db,
          writer: writerOf(c),
          jobs: c.var.deps.jobs,
          input: read.input,
          files: read.files,
        });
        return made.ok ? postPath(made.postId) : made;
      }),
    );
    if (typeof done !== "string") {
      const page = {
        ...newForm(c),
        values: await parseForm(c, postForm).then((f) => f.values),
        groupIds,
        errors: formErrorsOf(c, done),
      };
      return formPage(c, page, refusalStatus(done));
    }
    return redirectWithFlash(c, done, "news.created");
  })
  .get("/:postId/edit", posters, async (c) => {
    const { post, groupIds, attachments } = await postForEditing({ ...scopeOf(c), postId: pathId(c, "postId") });
    const local = post.publishAt ? utcToLocal(post.publishAt) : null;
    const values: FormValues = {
      title: post.title,
      body: post.body,
      audience: post.audience,
      publish: post.publishAt ? (post.publishAt > new Date() ? "later" : "now") : "draft",
      // yyyy-mm-dd, as the date field reads it; a date typed dd-mm-jjjj is taken too (parseDate).
      date: local?.date ?? "",
      time: local?.time ?? "",
      pinned: post.pinned ? "on" : "",
      reactionsOpen: post.reactionsOpen ? "on" : "",
    };
    const published = post.publishAt !== null && post.publishAt <= new Date();
    const heading = c.var.t("news.edit.title");
    return formPage(c, {
      action: `${postPath(post.id)}/edit`,
      heading,
      values,
      groupIds,
      errors: {},
      attachments,
      published,
    });
  })
  .post("/:postId/edit", posters, async (c) => {
    const postId = pathId(c, "postId");
    const read = await readPostForm(c);
    const groupIds = await valuesOf(c, "groupIds");
    const again = async (values: FormValues, errors: FormErrors, status: 403 | 409 | 422) => {
      const { post, attachments } = await postForEditing({ ...scopeOf(c), postId });
      const published = post.publishAt !== null && post.publishAt <= new Date();
      const page = {
        action: `${postPath(postId)}/edit`,
        heading: c.var.t("news.edit.title"),
        values,
        groupIds,
        errors,
        attachments,
        published,
      };
      return formPage(c, page, status);
    };
    if (!read.ok) return again(read.values, read.errors, 422);
    const removeAttachmentIds = (await valuesOf(c, "remove")).filter(isId);
    const updated = await orInputRefusal(
      updatePost({
        ...scopeOf(c),
        postId,
        writer: writerOf(c),
        jobs: c.var.deps.jobs,
        input: read.input,
        files: read.files,
        removeAttachmentIds,
      }),
    );
    if (!updated.ok)
      return again((await parseForm(c, postForm)).values, formErrorsOf(c, updated), refusalStatus(updated));
    return redirectWithFlash(c, postPath(postId), "news.saved");
  })
  .get("/:postId/delete", posters, async (c) => {
    const { t, locale } = c.var;
    const { post } = await postForEditing({ ...scopeOf(c), postId: pathId(c, "postId") });
    if (!writerOf(c).manager && post.authorId !== viewerOf(c).userId) throw new ForbiddenError("news post");
    return renderConfirmPage(c, {
      action: `${postPath(post.id)}/delete`,
      what: [post.title, ...(post.publishAt ? [formatMoment(locale, post.publishAt)] : [])],
      consequence: t("news.delete.consequence"),
      submit: t("news.delete.submit"),
      back: { href: postPath(post.id), label: t("news.delete.back") },
    });
  })
  .post("/:postId/delete", posters, async (c) => {
    const postId = pathId(c, "postId");
    const done = await deletePost({ ...scopeOf(c), postId, writer: writerOf(c) });
    if (!done.ok) return postPage(c, postId, { problem: c.var.t(done.key) }, refusalStatus(done));
    return redirectWithFlash(c, "/news", "news.deleted");
  })
  .post("/:postId/pin", posters, async (c) => {
    const postId = pathId(c, "postId");
    const form = await parseForm(c, switchForm);
    const done = await setPinned({ ...scopeOf(c), postId, writer: writerOf(c), pinned: form.ok && form.data.on });
    if (!done.ok) return postPage(c, postId, { problem: c.var.t(done.key) }, refusalStatus(done));
    return redirectWithFlash(c, postPath(postId), form.ok && form.data.on ? "news.pinnedFlash" : "news.unpinnedFlash");
  })
  .post("/:postId/reactions-open", posters, async (c) => {
    const postId = pathId(c, "postId");
    const form = await parseForm(c, switchForm);
    const open = form.ok && form.data.on;
    const done = await setReactionsOpen({ ...scopeOf(c), postId, writer: writerOf(c), open });
    if (!done.ok) return postPage(c, postId, { problem: c.var.t(done.key) }, refusalStatus(done));
    return redirectWithFlash(c, postPath(postId), open ? "news.reactionsOnFlash" : "news.reactionsOffFlash");
  })
  .get("/:postId/translation", posters, async (c) => {
    const postId = pathId(c, "postId");
    const target = translationLocales.find((l) => l === c.req.query("locale")) ?? translationLocales[0];
    return translationPage(c, postId, target, null);
  })
  .post("/:postId/translation", posters, async (c) => {
    const postId = pathId(c, "postId");
    const form = await parseForm(c, translationForm);
    const target = translationLocales.find((l) => l === form.values.locale) ?? translationLocales[0];
    if (!form.ok) return translationPage(c, postId, target, { values: form.values, errors: form.errors }, 422);
    const saved = await saveTranslation({ ...scopeOf(c), postId, writer: writerOf(c), ...form.data });
    if (!saved.ok)
      return translationPage(
        c,
        postId,
        target,
        { values: form.values, errors: formErrorsOf(c, saved) },
        refusalStatus(saved),
      );
    return redirectWithFlash(c, postPath(postId), "news.translation.saved");
  });

async function translationPage(
  c: Context<AppEnv>,
  postId: string,
  target: (typeof translationLocales)[number],
  form: { values: FormValues; errors: FormErrors } | null,
  status: 200 | 403 | 409 | 422 = 200,
) {
  const { post } = await postForEditing({ ...scopeOf(c), postId });
  const existing = await translationOf(c, postId, target);
  const values = form?.values ?? { title: existing?.title ?? "", body: existing?.body ?? "" };
  const language = c.var.t(`news.language.${target}`);
  const page = (
    <TranslationPage
      {...pageProps(c)}
      postId={postId}
      language={language}
      target={target}
      original={{ title: post.title, body: post.body }}
      values={values}
      errors={form?.errors ?? {}}
    />
  );
  return renderPage(c, { title: c.var.t("news.translation.title", { language }), children: page }, status);
}

async function translationOf(c: Context<AppEnv>, postId: string, locale: string) {
  return (await translationsOf({ ...scopeOf(c), postId })).find((row) => row.locale === locale) ?? null;
}
