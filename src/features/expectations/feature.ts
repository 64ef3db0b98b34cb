/** The mutual expectations' manifest: the year's document, its header link, the parent's home item and the texts. */
import { contribution } from "../../web/extension.js";
import type { Feature } from "../../web/feature.js";
import { expectationsOfPerson } from "./service/export.js";
import { personalData } from "../account/index.js";
import type { MessagesOf } from "../../web/i18n/index.js";
import * as expectations from "./messages.js";
import { expectationsHome, expectationsNav, expectationsRoutes } from "./routes.js";
import { expectationKinds } from "./notifications.js";

const messages = { expectations };

declare module "../../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this feature's keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const expectationsFeature: Feature = {
  notifications: expectationKinds,
  name: "expectations",
  routes: expectationsRoutes,
  nav: [expectationsNav],
  home: expectationsHome,
  messages,
  contributes: [
    contribution(personalData, {
      name: "expectations",
      covers: ["expectation_confirmations.user_id", "expectation_responses.author_id"],
      read: expectationsOfPerson,
    }),
  ],
};
