/** The advice desk's manifest: questions, the library, sparring requests and their texts. */
import { contribution } from "../../web/extension.js";
import type { Feature } from "../../web/feature.js";
import { personalData } from "../account/index.js";
import { adviceKinds } from "./notifications.js";
import { adviceManageNav, adviceNav, adviceRoutes, inboxNav, publicAdviceRoutes } from "./routes.js";
import { sparringOfPerson } from "./service/sparring.js";

export const adviceFeature: Feature = {
  name: "advice",
  routes: adviceRoutes,
  publicRoutes: publicAdviceRoutes,
  nav: [adviceNav, adviceManageNav, inboxNav],
  publicLinks: [{ href: "/advice", label: "advice.title", summary: "advice.landing" }],
  notifications: adviceKinds,
  contributes: [
    contribution(personalData, {
      name: "sparring",
      covers: ["sparring_requests.author_id", "sparring_messages.author_id"],
      read: sparringOfPerson,
    }),
  ],
};
