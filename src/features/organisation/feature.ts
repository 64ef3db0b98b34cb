/** The organisation feature's manifest: settings, locations, staff, advisors and the platform admin. */
import type { Feature } from "../../web/feature.js";
import type { MessagesOf } from "../../web/i18n/index.js";
import * as organisation from "./messages.js";
import { organisationRoutes } from "./routes.js";

const messages = { organisation };

declare module "../../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this feature's keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const organisationFeature: Feature = { name: "organisation", routes: organisationRoutes, messages };
