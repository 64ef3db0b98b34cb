/** The pupils feature's manifest: groups, school years, pupils, guardians and the audit trail. */
import type { Feature } from "../../web/feature.js";
import type { MessagesOf } from "../../web/i18n/index.js";
import * as pupils from "./messages.js";
import { pupilsRoutes } from "./routes.js";

const messages = { pupils };

declare module "../../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this feature's keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const pupilsFeature: Feature = { name: "pupils", routes: pupilsRoutes, messages };
