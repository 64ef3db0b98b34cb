/** The trajectory feature's manifest: the timeline, sessions, the parents' version and the daily deadline warnings. */
import { contribution } from "../../web/extension.js";
import type { Feature } from "../../web/feature.js";
import { calendarSources } from "../calendar/index.js";
import { sessionsCalendarSource, trajectoryHome } from "./service/coming.js";
import type { MessagesOf } from "../../web/i18n/index.js";
import { DEADLINE_WARNINGS_CRON } from "./job-names.js";
import { deadlineWarningsJob, trajectoryJobs } from "./jobs.js";
import * as trajectory from "./messages.js";
import * as parents from "./parent-messages.js";
import { parentsNav, trajectoryNav, trajectoryRoutes } from "./routes.js";
import * as sessions from "./session-messages.js";
import { trajectoryKinds } from "./notifications.js";

const messages = { trajectory, sessions, parents };

declare module "../../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this feature's keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const trajectoryFeature: Feature = {
  notifications: trajectoryKinds,
  name: "trajectory",
  routes: trajectoryRoutes,
  nav: [trajectoryNav, parentsNav],
  home: trajectoryHome,
  contributes: [contribution(calendarSources, sessionsCalendarSource)],
  jobs: trajectoryJobs,
  schedules: [{ job: deadlineWarningsJob, cron: DEADLINE_WARNINGS_CRON }],
  messages,
};
