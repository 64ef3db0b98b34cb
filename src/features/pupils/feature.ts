/** The pupils feature's manifest: groups, school years, pupils, guardians and the audit trail. */
import type { Feature } from "../../web/feature.js";
import { contribution } from "../../web/extension.js";
import type { MessagesOf } from "../../web/i18n/index.js";
import { personalData } from "../account/index.js";
import { familyOfPerson, teachingOfPerson } from "./directory/export.js";
import * as pupils from "./messages.js";
import { pupilsRoutes } from "./routes.js";

const messages = { pupils };

declare module "../../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this feature's keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const pupilsFeature: Feature = {
  name: "pupils",
  routes: pupilsRoutes,
  messages,
  contributes: [
    contribution(personalData, {
      name: "family",
      covers: ["guardians.user_id", "pupil_guardians.guardian_id"],
      read: familyOfPerson,
    }),
    contribution(personalData, { name: "teaching", covers: ["group_staff.user_id"], read: teachingOfPerson }),
  ],
};
