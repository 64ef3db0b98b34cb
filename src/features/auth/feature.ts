/** The sign-in feature's manifest; its catalog also holds the account page's texts. */
import type { Feature } from "../../web/feature.js";
import type { MessagesOf } from "../../web/i18n/index.js";
import * as auth from "./messages.js";
import { authRoutes } from "./routes.js";
import { authRetentionJob } from "../../auth/retention-jobs.js";

const messages = { auth };

declare module "../../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this feature's keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const authFeature: Feature = { name: "auth", routes: authRoutes, jobs: [authRetentionJob], messages };
