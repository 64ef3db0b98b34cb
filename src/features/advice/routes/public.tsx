/**
 * The public pages of the advice desk, answered before the session (the manifest's publicRoutes):
 * the overview with its search, each question and guide, the conversation guide, and their PDFs.
 * They set no cookie and send Cache-Control and an ETag, so a proxy or the browser can keep them.
 * "Was this helpful?" posts here too, without a CSRF token: it only adds one to an anonymous
 * counter, is limited per client address and per address and question (rate_limits, so a browser
 * that forgets its answers cannot pile them up), and refuses a post from another site's page. A
 * signed-in reader counts once per question by their account (its session is read for this post
 * only); for anyone else the answer sets the one cookie of these pages, naming the questions this
 * browser answered and how, signed (helpful-cookie.ts), so that a reader who answers again changes
 * their answer instead of counting twice.
 */
import { Hono, type Context } from "hono";
import { etag } from "hono/etag";
import { clientIp } from "../../../web/client-ip.js";
import type { AppEnv } from "../../../web/env.js";
import { ForbiddenError, NotFoundError, readableForm } from "../../../web/errors.js";
import { renderPublicPage } from "../../../web/layout.js";
import { enforceLimits, type Limit } from "../../../auth/rate-limit.js";
import { session } from "../../../middleware/session.js";
import { chooseLocale, LANGUAGE_COOKIE, translator, type Locale } from "../../../web/i18n/index.js";
import { getCookie } from "hono/cookie";
import { guidePdf } from "../../conversations/index.js";
import { helpfulForm } from "../schemas.js";
import { adviceGuidePdf } from "../service/guide-pdf.js";
import { countHelpful, helpfulVoter, publishedItem, publishedItems, searchItems } from "../service/items.js";
import { answersOf, rememberAnswer } from "../helpful-cookie.js";
import { ConversationGuidePage, FaqPage, GUIDE_PATH, GuidePage, HubPage } from "../views/public.js";

/** Answers to "was this helpful?" per client address in ten minutes: enough for a reader, too few to skew the counts. */
export const HELPFUL_PER_WINDOW = 20;
/** Answers to one question per client address in a day: a school's network shares one address. */
export const HELPFUL_PER_QUESTION = 10;

function helpfulLimits(ip: string, slug: string): Limit[] {
  return [
    { key: `helpful:ip:${ip}`, limit: HELPFUL_PER_WINDOW, windowSeconds: 600 },
    { key: `helpful:ip-question:${ip}|${slug}`, limit: HELPFUL_PER_QUESTION, windowSeconds: 86_400 },
  ];
}

const CACHE = "public, max-age=60";

function localeOf(c: Context<AppEnv>): Locale {
  return chooseLocale(getCookie(c, LANGUAGE_COOKIE), c.req.header("accept-language"));
}

/** A public page that a proxy may keep for a minute (per language: Vary). */
async function cacheable(response: Response | Promise<Response>): Promise<Response> {
  const res = await response;
  res.headers.set("Cache-Control", CACHE);
  res.headers.set("Vary", "Accept-Language, Cookie");
  return res;
}

function pdf(c: Context<AppEnv>, bytes: Buffer, filename: string) {
  c.header("Content-Type", "application/pdf");
  c.header("Content-Disposition", `attachment; filename="${filename}"`);
  c.header("Cache-Control", CACHE);
  c.header("Vary", "Accept-Language, Cookie");
  return c.body(new Uint8Array(bytes));
}

/** A question's page: after an answer with thanks, after an answer that was neither yes nor no asking for one. */
async function faqPage(c: Context<AppEnv>, slug: string, state: "ask" | "thanks" | "choose", status: 200 | 422 = 200) {
  const locale = localeOf(c);
  const item = await publishedItem(c.var.deps.db, locale, "faq", slug);
  if (!item) throw new NotFoundError("question");
  return renderPublicPage(
    c,
    (t) => ({ title: item.title, children: <FaqPage t={t} locale={locale} item={item} state={state} /> }),
    status,
  );
}

function slugOf(c: Context<AppEnv>): string {
  const slug = c.req.param("adviceSlug") ?? "";
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 80) throw new NotFoundError("advice item");
  return slug;
}

export const publicAdviceRoutes = new Hono<AppEnv>()
  .use("/advice", etag())
  .use("/advice/*", etag())
  .get("/advice", async (c) => {
    const db = c.var.deps.db;
    const locale = localeOf(c);
    const q = (c.req.query("q") ?? "").trim().slice(0, 200);
    const [faqs, guides, found] = await Promise.all([
      publishedItems(db, locale, "faq"),
      publishedItems(db, locale, "guide"),
      q ? searchItems(db, locale, q) : Promise.resolve(null),
    ]);
    return cacheable(
      renderPublicPage(c, (t) => ({
        title: t("advice.title"),
        children: <HubPage t={t} locale={locale} q={q} found={found} faqs={faqs} guides={guides} />,
      })),
    );
  })
  .get(GUIDE_PATH, (c) =>
    cacheable(
      renderPublicPage(c, (t, locale) => ({
        title: t("advice.guide.title"),
        children: <ConversationGuidePage t={t} locale={locale} />,
      })),
    ),
  )
  .get(`${GUIDE_PATH}.pdf`, async (c) => {
    const locale = localeOf(c);
    return pdf(c, await guidePdf(translator(locale), locale), `gesprekswijzer-${locale}.pdf`);
  })
  .get("/advice/faq/:adviceSlug", (c) =>
    cacheable(faqPage(c, slugOf(c), c.req.query("thanks") === "1" ? "thanks" : "ask")),
  )
  .use("/advice/faq/:adviceSlug/helpful", session)
  .post("/advice/faq/:adviceSlug/helpful", async (c) => {
    const origin = c.req.header("origin");
    if (
      origin !== undefined &&
      origin !== new URL(c.var.deps.config.publicUrl).origin &&
      origin !== new URL(c.req.url).origin
    )
      throw new ForbiddenError("another site's form");
    const slug = slugOf(c);
    // Read before the input cleaning, which names a body it cannot read: here that is said too (400, not 500).
    const form = helpfulForm.safeParse(await readableForm(c.req.parseBody()));
    if (!form.success) return faqPage(c, slug, "choose", 422);
    const { db, config } = c.var.deps;
    await enforceLimits(db, helpfulLimits(clientIp(c), slug), "helpful answers");
    const helpful = form.data.answer === "yes";
    const answers = answersOf(c);
    const viewer = c.var.viewer;
    const voter = viewer ? helpfulVoter(config.SECRET_KEY, viewer.userId) : null;
    if (!(await countHelpful(db, { slug, helpful, previous: answers.get(slug) ?? null, voter })))
      throw new NotFoundError("question");
    rememberAnswer(c, answers, slug, helpful);
    c.header("Cache-Control", "no-store");
    return c.redirect(`/advice/faq/${slug}?thanks=1`, 303);
  })
  .get("/advice/library/:adviceSlug", async (c) => {
    const locale = localeOf(c);
    const item = await publishedItem(c.var.deps.db, locale, "guide", slugOf(c));
    if (!item) throw new NotFoundError("guide");
    return cacheable(
      renderPublicPage(c, (t) => ({ title: item.title, children: <GuidePage t={t} locale={locale} item={item} /> })),
    );
  })
  .get("/advice/library/:adviceSlug/pdf", async (c) => {
    const locale = localeOf(c);
    const item = await publishedItem(c.var.deps.db, locale, "guide", slugOf(c));
    if (!item) throw new NotFoundError("guide");
    return pdf(c, await adviceGuidePdf(translator(locale), locale, item), `${item.slug}.pdf`);
  });
