/** /advice/manage: platform editors write, change, unpublish and delete questions and guides. */
import { Hono, type Context } from "hono";
import type { AdviceItem } from "../../../db/schema/index.js";
import type { AppEnv } from "../../../web/env.js";
import { NotFoundError } from "../../../web/errors.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { refusalStatus, formErrorsOf } from "../../../web/form-refusal.js";
import { allow, viewerOf } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { parseForm } from "../../../web/validation.js";
import { mayEditAdvice } from "../policy.js";
import { itemForm } from "../schemas.js";
import { allItems, deleteItem, itemBySlug, saveItem } from "../service/items.js";
import { ItemFormPage, ManageList } from "../views/manage.js";
import type { FormState } from "../views/sparring.js";

function valuesOf(item: AdviceItem): Record<string, string> {
  return {
    kind: item.kind,
    slug: item.slug,
    topic: item.topic,
    titleNl: item.titleNl,
    titleEn: item.titleEn,
    bodyNl: item.bodyNl,
    bodyEn: item.bodyEn,
    position: String(item.position),
    published: item.published ? "on" : "",
  };
}

async function existing(c: Context<AppEnv>): Promise<AdviceItem> {
  const item = await itemBySlug(c.var.deps.db, c.req.param("adviceSlug") ?? "");
  if (!item) throw new NotFoundError("advice item");
  return item;
}

function formPage(c: Context<AppEnv>, slug: string | null, form: FormState, status: 200 | 403 | 409 | 422 = 200) {
  const title = slug
    ? c.var.t("advice.manage.editTitle", { title: form.values.titleNl ?? slug })
    : c.var.t("advice.manage.newTitle");
  const page = <ItemFormPage t={c.var.t} csrf={c.var.csrfToken} slug={slug} title={title} form={form} />;
  return renderPage(c, { title, children: page }, status);
}

async function save(c: Context<AppEnv>, slug: string | null) {
  const form = await parseForm(c, itemForm);
  if (!form.ok) return formPage(c, slug, form, 422);
  const saved = await saveItem(c.var.deps.db, slug, form.data, viewerOf(c).userId);
  if (!saved.ok)
    return formPage(c, slug, { values: form.values, errors: formErrorsOf(c, saved) }, refusalStatus(saved));
  return redirectWithFlash(c, "/advice/manage", "advice.manage.saved");
}

export const manageRoutes = new Hono<AppEnv>()
  .use("*", allow(mayEditAdvice))
  .get("/", async (c) => {
    const page = <ManageList t={c.var.t} items={await allItems(c.var.deps.db)} />;
    return renderPage(c, { title: c.var.t("advice.manage.title"), children: page });
  })
  .get("/new", (c) => formPage(c, null, { values: { kind: "faq", published: "on", position: "0" }, errors: {} }))
  .post("/", (c) => save(c, null))
  .get("/:adviceSlug", async (c) => {
    const item = await existing(c);
    return formPage(c, item.slug, { values: valuesOf(item), errors: {} });
  })
  .post("/:adviceSlug", async (c) => save(c, (await existing(c)).slug))
  .post("/:adviceSlug/delete", async (c) => {
    await deleteItem(c.var.deps.db, (await existing(c)).slug, viewerOf(c).userId);
    return redirectWithFlash(c, "/advice/manage", "advice.manage.deleted");
  });
