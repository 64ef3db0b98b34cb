/** The trainings' manifest: the catalogue, registrations with a waiting list, the editors' pages, the clean-up job. */
import type { Feature } from "../../web/feature.js";
import { TRAINING_CLEANUP_CRON } from "./job-names.js";
import { trainingCleanupJob } from "./jobs.js";
import { trainingKinds } from "./notifications.js";
import { trainingRoutes, trainingsNav } from "./routes.js";

export const trainingsFeature: Feature = {
  name: "trainings",
  routes: trainingRoutes,
  nav: [trainingsNav],
  publicLinks: [{ href: "/trainings", label: "trainings.title", summary: "trainings.landing" }],
  notifications: trainingKinds,
  jobs: [trainingCleanupJob],
  schedules: [{ job: trainingCleanupJob, cron: TRAINING_CLEANUP_CRON }],
};
