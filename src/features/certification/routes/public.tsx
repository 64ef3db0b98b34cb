/**
 * The public side, for anyone, signed in or not. /certificaat/<code> says whether a certificate is
 * valid, expired or revoked (or unknown), rate-limited per client address in memory; it is
 * answered before the session (the manifest's publicRoutes), with a page that sets no cookie,
 * because it must stay about as cheap as a health check. /certificaat?code=… is where the form
 * for typing a code (on the list and on an unknown code's page) is sent: it leads to that page,
 * with the code as the look-up reads it, so the check counts under the same limit; sent empty, or
 * without a code, it is the form. /certificaten lists the certified organisations that chose to be
 * on it, as an ordinary page with the visitor's header.
 */
import { Hono } from "hono";
import type { Config } from "../../../config.js";
import { clientIp } from "../../../web/client-ip.js";
import type { AppEnv } from "../../../web/env.js";
import type { Locale } from "../../../web/i18n/index.js";
import { answerPublicHtml, publicPageHtml, renderPage, renderPublicPage } from "../../../web/layout.js";
import { memoryRateLimitPer } from "../../../web/memory-rate-limit.js";
import { codeShownAgain, normaliseCode } from "../domain/code.js";
import { listedCertificates, verifyCode, type Verdict } from "../service/verify.js";
import { CheckPage, ListPage, VerifyPage } from "../views/public.js";

/** One limiter per app (tests start several in one process), sized by its configuration. */
const limiterOf = memoryRateLimitPer((config: Config) => ({ limit: config.VERIFY_RATE_LIMIT, windowSeconds: 60 }));

/**
 * The page as rendered, by code (as the form shows it again, codeShownAgain), language and
 * verdict: the page says nothing else, so answering the same code again costs no rendering (the
 * bench asks the page to answer at half the rate of a health check; rendering every time made it
 * a third). Kept by code, not by verdict alone, so an
 * unknown code's first answer is rendered like a revoked one's: the time tells nothing about
 * which codes exist. A changed verdict (revoked, expired, renamed) is another key. Bounded: the
 * oldest go first (~5 KB each; made-up codes are rate-limited).
 */
const MAX_PAGES = 1_000;
const pages = new Map<string, string>();

function verdictPage(code: string, locale: Locale, verdict: Verdict): string {
  const key = `${code} ${locale} ${JSON.stringify(verdict)}`;
  let html = pages.get(key);
  if (html === undefined) {
    html = publicPageHtml(locale, (t) => ({
      title: t("certification.public.title"),
      children: <VerifyPage t={t} locale={locale} verdict={verdict} code={code} />,
    }));
    if (pages.size >= MAX_PAGES) pages.delete(pages.keys().next().value!);
    pages.set(key, html);
  }
  return html;
}

export const verificationRoutes = new Hono<AppEnv>()
  .get("/certificaat", (c) => {
    const typed = c.req.query("code");
    const code = typed?.trim() ?? "";
    if (code) return c.redirect(`/certificaat/${encodeURIComponent(normaliseCode(code) ?? code)}`, 303);
    const error = typed === undefined ? undefined : "certification.check.empty";
    return renderPublicPage(
      c,
      (t) => ({ title: t("certification.public.title"), children: <CheckPage t={t} error={error && t(error)} /> }),
      error ? 422 : 200,
    );
  })
  .get("/certificaat/:code", async (c) => {
    limiterOf(c.var.deps.config)(clientIp(c), "certificate verification");
    const code = c.req.param("code");
    const verdict = await verifyCode(c.var.deps.db, code);
    // By the code as the form shows it again: a code in print's groups, a short slip as typed, and
    // anything longer one empty key, so a long made-up path never becomes a long key.
    return answerPublicHtml(c, (locale) => verdictPage(codeShownAgain(code), locale, verdict));
  });

export const listRoutes = new Hono<AppEnv>().get("/certificaten", async (c) => {
  const page = <ListPage t={c.var.t} locale={c.var.locale} listed={await listedCertificates(c.var.deps.db)} />;
  return renderPage(c, { title: c.var.t("certification.list.title"), children: page });
});
