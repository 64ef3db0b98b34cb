/**
 * The public side, for anyone, signed in or not. /certificaat/<code> says whether a certificate is
 * valid, expired or revoked (or unknown), rate-limited per client address in memory; it is
 * answered before the session (the manifest's publicRoutes), with a page that sets no cookie,
 * because it must stay about as cheap as a health check. /certificaten lists the certified
 * organisations that chose to be on it, as an ordinary page with the visitor's header.
 */
import { Hono } from "hono";
import type { Config } from "../../../config.js";
import { clientIp } from "../../../web/client-ip.js";
import type { AppEnv } from "../../../web/env.js";
import { renderPage, renderPublicPage } from "../../../web/layout.js";
import { memoryRateLimit } from "../../../web/memory-rate-limit.js";
import { listedCertificates, verifyCode } from "../service/verify.js";
import { ListPage, VerifyPage } from "../views/public.js";

/** One limiter per app (tests start several in one process), sized by its configuration. */
const limiters = new WeakMap<Config, ReturnType<typeof memoryRateLimit>>();

function limiterOf(config: Config) {
  let limiter = limiters.get(config);
  if (!limiter) {
    limiter = memoryRateLimit({ limit: config.VERIFY_RATE_LIMIT, windowSeconds: 60 });
    limiters.set(config, limiter);
  }
  return limiter;
}

export const verificationRoutes = new Hono<AppEnv>().get("/certificaat/:code", async (c) => {
  limiterOf(c.var.deps.config)(clientIp(c), "certificate verification");
  const verdict = await verifyCode(c.var.deps.db, c.req.param("code"));
  return renderPublicPage(c, (t, locale) => ({
    title: t("certification.public.title"),
    children: <VerifyPage t={t} locale={locale} verdict={verdict} />,
  }));
});

export const listRoutes = new Hono<AppEnv>().get("/certificaten", async (c) => {
  const page = <ListPage t={c.var.t} locale={c.var.locale} listed={await listedCertificates(c.var.deps.db)} />;
  return renderPage(c, { title: c.var.t("certification.list.title"), children: page });
});
