/** The advice desk's manifest: questions, the library, sparring requests and their texts. */
import { contribution } from "../../web/extension.js";
import type { Feature } from "../../web/feature.js";
import type { MessagesOf } from "../../web/i18n/index.js";
import { personalData } from "../account/index.js";
import * as advice from "./messages.js";
import { adviceKinds } from "./notifications.js";
import { adviceManageNav, adviceNav, adviceRoutes, inboxNav, publicAdviceRoutes } from "./routes.js";
import { sparringOfPerson } from "./service/sparring.js";
import * as sparring from "./sparring-messages.js";

const messages = { advice, sparring };

declare module "../../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this feature's keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const adviceFeature: Feature = {
  name: "advice",
  routes: adviceRoutes,
  publicRoutes: publicAdviceRoutes,
  nav: [adviceNav, adviceManageNav, inboxNav],
  publicLinks: [{ href: "/advice", label: "advice.title", summary: "advice.landing" }],
  messages,
  notifications: adviceKinds,
  contributes: [
    contribution(personalData, {
      name: "sparring",
      covers: ["sparring_requests.author_id", "sparring_messages.author_id"],
      read: sparringOfPerson,
    }),
  ],
};
