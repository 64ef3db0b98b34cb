/** The advisor's feature manifest: the workspace over every organisation an advisor guides. */
import type { Feature } from "../../web/feature.js";
import { contribution } from "../../web/extension.js";
import { personalData } from "../account/index.js";
import { notesOfPerson } from "./service/notes.js";
import { advisorNav, advisorRoutes } from "./routes.js";

export const advisorFeature: Feature = {
  name: "advisor",
  routes: advisorRoutes,
  nav: [advisorNav],
  contributes: [
    contribution(personalData, { name: "advisorNotes", covers: ["advisor_notes.advisor_id"], read: notesOfPerson }),
  ],
};
