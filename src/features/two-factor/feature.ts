/** The second factor's manifest: set-up on the account page and the second sign-in step. */
import type { Feature } from "../../web/feature.js";
import { contribution } from "../../web/extension.js";
import { accountData } from "../account/index.js";
import { secondFactorsOf } from "./export.js";
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
  contributes: [
    contribution(accountData, {
      name: "secondFactors",
      covers: ["passkeys.user_id", "recovery_codes.user_id"],
      read: secondFactorsOf,
    }),
  ],
};
