/** The trainings' manifest: the catalogue, registrations with a waiting list, the editors' pages, the clean-up job. */
import type { Feature } from "../../web/feature.js";
import type { MessagesOf } from "../../web/i18n/index.js";
import { TRAINING_CLEANUP_CRON } from "./job-names.js";
import { trainingCleanupJob } from "./jobs.js";
import * as trainings from "./messages.js";
import { trainingKinds } from "./notifications.js";
import { trainingRoutes, trainingsNav } from "./routes.js";

const messages = { trainings };

declare module "../../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this feature's keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const trainingsFeature: Feature = {
  name: "trainings",
  routes: trainingRoutes,
  nav: [trainingsNav],
  publicLinks: [{ href: "/trainings", label: "trainings.title", summary: "trainings.landing" }],
  messages,
  notifications: trainingKinds,
  jobs: [trainingCleanupJob],
  schedules: [{ job: trainingCleanupJob, cron: TRAINING_CLEANUP_CRON }],
};
