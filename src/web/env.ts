/** The types every route sees on its Hono context. */
import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import type { Mailer } from "../mail/mailer.js";
import type { JobSender } from "../jobs/queue.js";
import type { Locale, Translate, Wording } from "./i18n/index.js";
import type { Viewer } from "../auth/viewer.js";
import type { NavLink, PublicLink } from "./nav.js";

export interface Deps {
  config: Config;
  db: Db;
  mailer: Mailer;
  logger: Logger;
  /** Queues background jobs; the workers run in the server process (src/server.ts). */
  jobs: JobSender;
}

export type AppEnv = {
  Variables: {
    deps: Deps;
    log: Logger;
    requestId: string;
    locale: Locale;
    t: Translate;
    /** The words the page speaks: a school's, or a preschool's or daycare's (src/middleware/locale.ts). */
    wording: Wording;
    csrfToken: string;
    /** The signed-in person, or null. */
    viewer: Viewer | null;
    flash: string | null;
    /** The header's links from the features, for every viewer (filtered when shown). */
    nav: readonly NavLink[];
    /** The features' pages for everyone, for the landing page. */
    publicLinks: readonly PublicLink[];
  };
};
