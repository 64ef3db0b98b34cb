/** The advisor's feature manifest: the workspace over every organisation an advisor guides. */
import type { Feature } from "../../web/feature.js";
import { contribution } from "../../web/extension.js";
import { personalData } from "../account/index.js";
import { notesOfPerson } from "./service/notes.js";
import type { MessagesOf } from "../../web/i18n/index.js";
import * as advisor from "./messages.js";
import { advisorNav, advisorRoutes } from "./routes.js";

const messages = { advisor };

declare module "../../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this feature's keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const advisorFeature: Feature = {
  name: "advisor",
  routes: advisorRoutes,
  nav: [advisorNav],
  messages,
  contributes: [
    contribution(personalData, { name: "advisorNotes", covers: ["advisor_notes.advisor_id"], read: notesOfPerson }),
  ],
};
