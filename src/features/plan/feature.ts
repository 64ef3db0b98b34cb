/**
 * The plan's manifest: its pages and header links, its texts, and what it tells the trajectory
 * (the day the plan was first published), the idea board (which action took an idea up) and
 * measurements (what deleting the nulmeting does to the plan).
 */
import { contribution } from "../../web/extension.js";
import type { Feature } from "../../web/feature.js";
import { responsesOfPerson } from "./service/export.js";
import { personalData } from "../account/index.js";
import { ideaUptake } from "../ideas/index.js";
import { trajectoryFacts } from "../trajectory/index.js";
import { measurementDependents } from "../measurements/index.js";
import { planUseOf } from "./service/measurement-use.js";
import { planKinds } from "./notifications.js";
import { parentsPlanNav, planNav, planRoutes } from "./routes.js";
import { planFacts, planUptake } from "./service/publication.js";

export const planFeature: Feature = {
  name: "plan",
  routes: planRoutes,
  nav: [planNav, parentsPlanNav],
  notifications: planKinds,
  contributes: [
    contribution(personalData, {
      name: "planResponses",
      covers: ["plan_responses.author_id"],
      read: responsesOfPerson,
    }),
    contribution(trajectoryFacts, planFacts),
    contribution(ideaUptake, planUptake),
    contribution(measurementDependents, planUseOf),
  ],
};
