/** The buddies' manifest: their pages, header links, mail kinds, texts and export. */
import { contribution } from "../../web/extension.js";
import type { Feature } from "../../web/feature.js";
import { personalData } from "../account/index.js";
import { buddyKinds } from "./notifications.js";
import { buddiesNav, buddiesRoutes, coordinateNav } from "./routes.js";
import { buddiesOfPerson } from "./service/export.js";

export const buddiesFeature: Feature = {
  name: "buddies",
  routes: buddiesRoutes,
  nav: [buddiesNav, coordinateNav],
  notifications: buddyKinds,
  contributes: [
    contribution(personalData, {
      name: "buddies",
      covers: ["buddy_requests.user_id", "buddy_offers.user_id"],
      read: buddiesOfPerson,
    }),
  ],
};
