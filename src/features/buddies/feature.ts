/** The buddies' manifest: their pages, header links, mail kinds, texts and export. */
import { contribution } from "../../web/extension.js";
import type { Feature } from "../../web/feature.js";
import type { MessagesOf } from "../../web/i18n/index.js";
import { personalData } from "../account/index.js";
import * as buddies from "./messages.js";
import { buddyKinds } from "./notifications.js";
import { buddiesNav, buddiesRoutes, coordinateNav } from "./routes.js";
import { buddiesOfPerson } from "./service/export.js";

const messages = { buddies };

declare module "../../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this feature's keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const buddiesFeature: Feature = {
  name: "buddies",
  routes: buddiesRoutes,
  nav: [buddiesNav, coordinateNav],
  messages,
  notifications: buddyKinds,
  contributes: [
    contribution(personalData, {
      name: "buddies",
      covers: ["buddy_requests.user_id", "buddy_offers.user_id"],
      read: buddiesOfPerson,
    }),
  ],
};
