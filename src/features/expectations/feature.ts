/** The mutual expectations' manifest: the year's document, its header link, the parent's home item and the texts. */
import { contribution } from "../../web/extension.js";
import type { Feature } from "../../web/feature.js";
import { expectationsOfPerson } from "./service/export.js";
import { personalData } from "../account/index.js";
import { expectationsHome, expectationsNav, expectationsRoutes } from "./routes.js";
import { expectationKinds } from "./notifications.js";

export const expectationsFeature: Feature = {
  notifications: expectationKinds,
  name: "expectations",
  routes: expectationsRoutes,
  nav: [expectationsNav],
  home: expectationsHome,
  contributes: [
    contribution(personalData, {
      name: "expectations",
      covers: ["expectation_confirmations.user_id", "expectation_responses.author_id"],
      read: expectationsOfPerson,
    }),
  ],
};
