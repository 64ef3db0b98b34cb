/** The pupils feature's manifest: groups, school years, pupils, guardians and the audit trail. */
import type { Feature } from "../../web/feature.js";
import { contribution } from "../../web/extension.js";
import { personalData } from "../account/index.js";
import { familyOfPerson, teachingOfPerson } from "./directory/export.js";
import { pupilsRoutes } from "./routes.js";

export const pupilsFeature: Feature = {
  name: "pupils",
  routes: pupilsRoutes,
  contributes: [
    contribution(personalData, {
      name: "family",
      covers: ["guardians.user_id", "pupil_guardians.guardian_id"],
      read: familyOfPerson,
    }),
    contribution(personalData, { name: "teaching", covers: ["group_staff.user_id"], read: teachingOfPerson }),
  ],
};
