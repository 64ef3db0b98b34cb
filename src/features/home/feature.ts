/** The home feature's manifest: the landing page and each person's home. */
import type { Feature } from "../../web/feature.js";
import type { MessagesOf } from "../../web/i18n/index.js";
import * as home from "./messages.js";
import { homeRoutes } from "./routes.js";

const messages = { home };

declare module "../../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this feature's keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const homeFeature: Feature = { name: "home", routes: homeRoutes, messages };
