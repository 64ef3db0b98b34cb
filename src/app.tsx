/**
 * createApp(): the middleware stack, then one sub-app per feature of the list in
 * src/features/index.ts. No handlers here. Order matters: request context →
 * security headers → session → locale → CSRF → flash → routes; errors become
 * pages in the user's language.
 */
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { serveStatic } from "@hono/node-server/serve-static";
import { createMiddleware } from "hono/factory";
import type { AppEnv, Deps } from "./web/env.js";
import { loggablePath } from "./logger.js";
import { securityHeaders } from "./middleware/security-headers.js";
import { session } from "./middleware/session.js";
import { locale } from "./middleware/locale.js";
import { csrfToken } from "./middleware/csrf.js";
import { bodyLimits, publicBodyLimits } from "./middleware/body-limit.js";
import { cleanInput, cleanQueryInput } from "./middleware/clean-input.js";
import { noStore } from "./middleware/no-store.js";
import { depsForRequest } from "./middleware/public-url.js";
import { flash } from "./web/flash.js";
import { errorPage, notFoundPage } from "./web/error-pages.js";
import { withRetry } from "./web/retry.js";
import { features } from "./features/index.js";

/** The header's links, in the features' order, each shown to the viewers it names. */
const nav = features.flatMap((feature) => feature.nav ?? []);
/** The pages for everyone the landing page lists, in the features' order. */
const publicLinks = features.flatMap((feature) => feature.publicLinks ?? []);
/** Uploads with a limit of their own, by path. */
const ownBodyLimits = Object.fromEntries(features.flatMap((feature) => Object.entries(feature.bodyLimits ?? {})));
/**
 * The methods some page answers: GET (HEAD with it) and the forms' POST, as the features' routes say
 * (middleware counts as ALL and adds none). Any other is answered as not found before its body is
 * read, as no page could take it: read, it would be held in memory until the CSRF check refused it.
 */
const routedMethods = new Set([
  "HEAD",
  ...features
    .flatMap((feature) => [...(feature.publicRoutes?.routes ?? []), ...(feature.routes?.routes ?? [])])
    .map((route) => route.method)
    .filter((method) => method !== "ALL"),
]);
/** The paths the public routes take a body on (middleware, method ALL, takes none of its own). */
const publicPostPaths = features.flatMap(
  (feature) =>
    feature.publicRoutes?.routes.filter((r) => !["GET", "HEAD", "ALL"].includes(r.method)).map((r) => r.path) ?? [],
);

export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use(requestId());
  app.use(
    createMiddleware<AppEnv>(async (c, next) => {
      c.set("deps", depsForRequest(deps, c.req.url));
      c.set("nav", nav);
      c.set("publicLinks", publicLinks);
      c.set("log", deps.logger.child({ reqId: c.var.requestId }));
      const started = performance.now();
      await next();
      c.var.log.info(
        {
          method: c.req.method,
          path: loggablePath(c.req.path),
          status: c.res.status,
          ms: Math.round(performance.now() - started),
        },
        "request",
      );
    }),
  );
  app.use(securityHeaders(deps.config.production));
  app.use(async (c, next) => (routedMethods.has(c.req.method) ? next() : notFoundPage(c)));
  app.use(publicBodyLimits(publicPostPaths, ownBodyLimits), cleanQueryInput);
  for (const feature of features) if (feature.publicRoutes) app.route("/", feature.publicRoutes);
  app.use("/static/*", serveStatic({ root: "./public", rewriteRequestPath: (p) => p.replace(/^\/static/, "") }));
  // Browsers still ask for /favicon.ico where a page names no icon (a PDF, a download); every browser shows an SVG.
  app.get("/favicon.ico", serveStatic({ path: "./public/favicon.svg" }));
  app.use(noStore);
  app.use(session, locale);
  // Before the CSRF check, which reads the whole body: an oversized body is refused unread
  // (after the session and locale, so that its page has the viewer's header and language).
  app.use(bodyLimits(ownBodyLimits));
  app.use(cleanInput, csrfToken, flash);

  for (const feature of features) if (feature.routes) app.route("/", feature.routes);

  app.notFound(notFoundPage);
  app.onError(errorPage);
  return withRetry(app);
}

export type App = ReturnType<typeof createApp>;
export { HTTPException };
