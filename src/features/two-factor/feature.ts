/** The second factor's manifest: set-up on the account page and the second sign-in step. */
import type { Feature } from "../../web/feature.js";
import { contribution } from "../../web/extension.js";
import { accountData } from "../account/index.js";
import { secondFactorsOf } from "./export.js";
import { twoFactorRoutes } from "./routes.js";
import { twoFactorKinds } from "./notifications.js";

export const twoFactorFeature: Feature = {
  notifications: twoFactorKinds,
  name: "two-factor",
  routes: twoFactorRoutes,
  contributes: [
    contribution(accountData, {
      name: "secondFactors",
      covers: ["passkeys.user_id", "recovery_codes.user_id"],
      read: secondFactorsOf,
    }),
  ],
};
