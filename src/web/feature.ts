/**
 * A feature's manifest: what it brings to the app. src/features/index.ts lists every
 * feature; app.tsx mounts their routes and collects their header links, server.ts starts
 * their jobs' workers. Shared code never imports a feature: features plug in here.
 * A feature's message catalogs are not in its manifest but in src/features/catalogs.ts, the one
 * list the app and the command line both register (the command line loads no feature's code).
 */
import type { Hono, MiddlewareHandler } from "hono";
import type { JobDefinition } from "../jobs/definition.js";
import type { AppEnv } from "./env.js";
import type { Contribution } from "./extension.js";
import type { HomeContributor } from "./home.js";
import type { NavLink, PublicLink } from "./nav.js";
import type { NotificationKind } from "../notifications/kinds.js";

export interface Feature {
  /** The feature's folder name. */
  readonly name: string;
  /** Pages behind the session, locale, CSRF check and flash, mounted in the list's order. */
  readonly routes?: Hono<AppEnv>;
  /** Pages that need no session (health checks), mounted before it. */
  readonly publicRoutes?: Hono<AppEnv>;
  /** Body limits of their own per path, for uploads larger than a form (MAX_FORM_BYTES). */
  readonly bodyLimits?: Readonly<Record<string, MiddlewareHandler>>;
  /** Links in the header, in order. */
  readonly nav?: readonly NavLink[];
  /** Its pages for everyone, listed on the landing page so a visitor can find them. */
  readonly publicLinks?: readonly PublicLink[];
  /** The workers this feature's queues need. */
  readonly jobs?: readonly JobDefinition[];
  /** Jobs (also listed in `jobs`) that run on a schedule: cron in school time. */
  readonly schedules?: readonly { job: JobDefinition; cron: string }[];
  /** What the feature puts on a person's home page (src/web/home.ts). */
  readonly home?: HomeContributor;
  /** The kinds of notification its mails are (src/notifications/kinds.ts), for the settings page. */
  readonly notifications?: readonly NotificationKind[];
  /** Answers to other features' extension points (extension.ts), installed at start. */
  readonly contributes?: readonly Contribution[];
}
