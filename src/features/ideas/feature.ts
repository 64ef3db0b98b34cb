/** The idea board's manifest: the board's pages, its header link and its texts. */
import { contribution } from "../../web/extension.js";
import type { Feature } from "../../web/feature.js";
import { ideasOfPerson } from "./service/export.js";
import { personalData } from "../account/index.js";
import { auditReferences } from "../pupils/index.js";
import { ideasForAudit } from "./service/audit.js";
import { ideaRoutes, ideasNav } from "./routes.js";

export const ideasFeature: Feature = {
  name: "ideas",
  routes: ideaRoutes,
  nav: [ideasNav],
  contributes: [
    contribution(auditReferences, ideasForAudit),
    contribution(personalData, {
      name: "ideas",
      covers: ["ideas.author_id", "idea_reactions.author_id", "idea_supports.user_id"],
      read: ideasOfPerson,
    }),
  ],
};
