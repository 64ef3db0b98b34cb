/** The idea board's manifest: the board's pages, its header link and its texts. */
import { contribution } from "../../web/extension.js";
import type { Feature } from "../../web/feature.js";
import { ideasOfPerson } from "./service/export.js";
import { personalData } from "../account/index.js";
import type { MessagesOf } from "../../web/i18n/index.js";
import * as ideas from "./messages.js";
import { ideaRoutes, ideasNav } from "./routes.js";

const messages = { ideas };

declare module "../../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this feature's keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const ideasFeature: Feature = {
  name: "ideas",
  routes: ideaRoutes,
  nav: [ideasNav],
  messages,
  contributes: [
    contribution(personalData, {
      name: "ideas",
      covers: ["ideas.author_id", "idea_reactions.author_id", "idea_supports.user_id"],
      read: ideasOfPerson,
    }),
  ],
};
