/** The account feature's manifest: a person's own settings (texts in the auth catalog). */
import type { Feature } from "../../web/feature.js";
import { contribution } from "../../web/extension.js";
import { accountData, personalData } from "./personal-data.js";
import { accountRoutes } from "./routes.js";
import { sharedAccountParts, sharedParts } from "./shared-parts.js";

export const accountFeature: Feature = {
  name: "account",
  routes: accountRoutes,
  contributes: [
    ...sharedParts.map((part) => contribution(personalData, part)),
    ...sharedAccountParts.map((part) => contribution(accountData, part)),
  ],
};
