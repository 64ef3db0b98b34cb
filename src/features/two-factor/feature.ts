/** The second factor's manifest: set-up on the account page and the second sign-in step. */
import type { Feature } from "../../web/feature.js";
import type { MessagesOf } from "../../web/i18n/index.js";
import * as twoFactor from "./messages.js";
import { twoFactorRoutes } from "./routes.js";
import { twoFactorKinds } from "./notifications.js";

const messages = { twoFactor };

declare module "../../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this feature's keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const twoFactorFeature: Feature = {
  notifications: twoFactorKinds,
  name: "two-factor",
  routes: twoFactorRoutes,
  messages,
};
