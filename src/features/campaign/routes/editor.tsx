/** The platform editors' page for the campaign (/campagne/redactie) and the administrator's list of editors (/admin/editors). */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { formErrorsOf, refusalStatus } from "../../../web/form-refusal.js";
import { allow, viewerOf } from "../../../web/guards.js";
import { locales, type Locale } from "../../../web/i18n/index.js";
import { renderPage } from "../../../web/layout.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import { pageProps, pathId } from "../../../web/route-context.js";
import { parseForm, validate, type FormErrors, type FormValues } from "../../../web/validation.js";
import { mayEditCampaign } from "../policy.js";
import { editorForm, newsForm, rejectForm, textForm } from "../schemas.js";
import {
  campaignNewsItem,
  campaignNewsItems,
  campaignText,
  deleteNews,
  postNews,
  saveCampaignText,
} from "../service/content.js";
import { appointEditor, platformEditors, removeEditor } from "../service/editors.js";
import { decideStory, storyQueue } from "../service/stories.js";
import { campaignChanged } from "../page-cache.js";
import { EditorPage, EditorsPage, type EditorPageProps } from "../views/editor.js";
import { campaignDeps } from "./visitor.js";
import { renderConfirmPage } from "../../../web/confirm-page.js";
import { NotFoundError } from "../../../web/errors.js";
import { formDateTime } from "../views/format.js";

const editors = allow(mayEditCampaign);
const admin = allow((viewer) => viewer.isPlatformAdmin);

async function editorPage(c: Context<AppEnv>, form?: EditorPageProps["form"], status: 200 | 409 | 422 = 200) {
  const db = c.var.deps.db;
  const [nl, en, news, queue] = await Promise.all([
    campaignText(db, "nl"),
    campaignText(db, "en"),
    campaignNewsItems(db, 50),
    storyQueue(db),
  ]);
  const page = (
    <EditorPage {...pageProps(c)} texts={{ nl, en }} news={news} queue={queue} {...(form ? { form } : {})} />
  );
  return renderPage(c, { title: c.var.t("campaign.editor.title"), children: page }, status);
}

async function rawForm(c: Context<AppEnv>): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  return Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === "string"));
}

export const editorRoutes = new Hono<AppEnv>()
  .use("/campagne/redactie", editors)
  .use("/campagne/redactie/*", editors)
  .get("/campagne/redactie", (c) => editorPage(c))
  .post("/campagne/redactie/tekst", async (c) => {
    const raw = await rawForm(c);
    const locale = (locales as readonly string[]).includes(raw.locale ?? "") ? (raw.locale as Locale) : "nl";
    const input = { locale: raw.locale, body: raw[`body-${locale}`] ?? "" };
    const form = validate(c, textForm, input, { body: input.body });
    if (!form.ok) return editorPage(c, { name: `text-${locale}`, values: form.values, errors: form.errors }, 422);
    await saveCampaignText(c.var.deps.db, { ...form.data, userId: viewerOf(c).userId });
    return redirectWithFlash(c, "/campagne/redactie", "campaign.editor.saved");
  })
  .post("/campagne/redactie/nieuws", async (c) => {
    const form = await parseForm(c, newsForm);
    if (!form.ok) return editorPage(c, { name: "news", values: form.values, errors: form.errors }, 422);
    const done = await oncePerForm(c, async (db) => {
      await postNews(db, { ...form.data, userId: viewerOf(c).userId });
      return "/campagne/redactie";
    });
    // After the commit: a public page rendered before it is not kept without the item.
    campaignChanged();
    return redirectWithFlash(c, done, "campaign.editor.newsPosted");
  })
  // Asked first, on a page of its own (it works without JavaScript): the item leaves the public page for good.
  .get("/campagne/redactie/nieuws/:item/verwijderen", async (c) => {
    const { t, locale } = c.var;
    const item = await campaignNewsItem(c.var.deps.db, pathId(c, "item"));
    if (!item) throw new NotFoundError("campaign news item");
    return renderConfirmPage(c, {
      action: `/campagne/redactie/nieuws/${item.id}/verwijderen`,
      what: [item.title, formDateTime(locale, item.publishedAt)],
      consequence: t("campaign.editor.newsDelete.consequence"),
      submit: t("campaign.editor.newsDelete.submit"),
      back: { href: "/campagne/redactie", label: t("campaign.editor.newsDelete.back") },
    });
  })
  .post("/campagne/redactie/nieuws/:item/verwijderen", async (c) => {
    await deleteNews(c.var.deps.db, pathId(c, "item"));
    return redirectWithFlash(c, "/campagne/redactie", "campaign.editor.newsDeleted");
  })
  .post("/campagne/redactie/verhalen/:id/plaatsen", async (c) => {
    const id = pathId(c, "id");
    const outcome = await decideStory(campaignDeps(c), { id, userId: viewerOf(c).userId, decision: "approve" });
    if (!outcome.ok) return editorPage(c, undefined, refusalStatus(outcome) === 409 ? 409 : 422);
    return redirectWithFlash(c, "/campagne/redactie", "campaign.queue.approved");
  })
  .post("/campagne/redactie/verhalen/:id/afwijzen", async (c) => {
    const id = pathId(c, "id");
    const raw = await rawForm(c);
    const reason = raw[`reason-${id}`] ?? "";
    const form = validate(c, rejectForm, { reason }, { reason });
    const name = `reject-${id}` as const;
    if (!form.ok) return editorPage(c, { name, values: form.values, errors: form.errors }, 422);
    const outcome = await decideStory(campaignDeps(c), {
      id,
      userId: viewerOf(c).userId,
      decision: "reject",
      reason: form.data.reason,
    });
    if (!outcome.ok) return editorPage(c, undefined, 409);
    return redirectWithFlash(c, "/campagne/redactie", "campaign.queue.rejected");
  });

async function editorsPage(c: Context<AppEnv>, values: FormValues, errors: FormErrors, status: 200 | 422 = 200) {
  const list = await platformEditors(c.var.deps.db);
  const page = <EditorsPage t={c.var.t} csrf={c.var.csrfToken} editors={list} values={values} errors={errors} />;
  return renderPage(c, { title: c.var.t("campaign.editors.title"), children: page }, status);
}

export const editorsAdminRoutes = new Hono<AppEnv>()
  .use("/admin/editors", admin)
  .use("/admin/editors/*", admin)
  .get("/admin/editors", (c) => editorsPage(c, {}, {}))
  .post("/admin/editors", async (c) => {
    const form = await parseForm(c, editorForm);
    if (!form.ok) return editorsPage(c, form.values, form.errors, 422);
    const outcome = await appointEditor(c.var.deps.db, form.data.email, viewerOf(c).userId);
    if (!outcome.ok) return editorsPage(c, form.values, formErrorsOf(c, outcome), 422);
    return redirectWithFlash(c, "/admin/editors", "campaign.editors.added");
  })
  .post("/admin/editors/:id/remove", async (c) => {
    await removeEditor(c.var.deps.db, pathId(c, "id"), viewerOf(c).userId);
    return redirectWithFlash(c, "/admin/editors", "campaign.editors.removed");
  });
