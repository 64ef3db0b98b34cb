/**
 * createApp(): the middleware stack, then one sub-app per feature. No handlers
 * here. Order matters: request context → security headers → session → locale →
 * CSRF → flash → routes; errors become pages in the user's language.
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
import { bodyLimits } from "./middleware/body-limit.js";
import { cleanInput } from "./middleware/clean-input.js";
import { flash } from "./web/flash.js";
import { errorPage, notFoundPage } from "./web/error-pages.js";
import { healthRoutes } from "./features/health/routes.js";
import { authRoutes } from "./features/auth/routes.js";
import { homeRoutes } from "./features/home/routes.js";
import { accountRoutes } from "./features/account/routes.js";
import { devRoutes } from "./features/dev/routes.js";
import { organisationRoutes } from "./features/organisation/routes.js";
import { twoFactorRoutes } from "./features/two-factor/routes.js";
import { importRoutes, importUploadLimit } from "./features/import/routes.js";
import { pupilsRoutes } from "./features/pupils/routes.js";
import { measurementRoutes, measurementsNav } from "./features/measurements/routes.js";
import { conversationRoutes, conversationsNav } from "./features/conversations/routes.js";

/** The header's links, in order, each shown to the viewers it names. */
const nav = [measurementsNav, conversationsNav];

export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use(requestId());
  app.use(
    createMiddleware<AppEnv>(async (c, next) => {
      c.set("deps", deps);
      c.set("nav", nav);
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
  app.route("/", healthRoutes);
  app.use("/static/*", serveStatic({ root: "./public", rewriteRequestPath: (p) => p.replace(/^\/static/, "") }));
  // Before the CSRF check, which reads the whole body: an oversized body is refused unread.
  app.use(bodyLimits({ "/organisation/import": importUploadLimit }));
  app.use(cleanInput);
  app.use(session, locale, csrfToken, flash);

  app.route("/", homeRoutes);
  app.route("/", authRoutes);
  app.route("/", accountRoutes);
  app.route("/", twoFactorRoutes);
  app.route("/", organisationRoutes);
  app.route("/", pupilsRoutes);
  app.route("/", importRoutes);
  app.route("/", measurementRoutes);
  app.route("/", conversationRoutes);
  app.route("/", devRoutes);

  app.notFound(notFoundPage);
  app.onError(errorPage);
  return app;
}

export type App = ReturnType<typeof createApp>;
export { HTTPException };
