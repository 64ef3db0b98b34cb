/** The trajectory feature's manifest: the timeline, sessions, the parents' version and the daily deadline warnings. */
import { contribution } from "../../web/extension.js";
import type { Feature } from "../../web/feature.js";
import { calendarSources } from "../calendar/index.js";
import { measurementDependents } from "../measurements/index.js";
import { trajectoryUseOf } from "./service/measurement-use.js";
import { sessionsCalendarSource, trajectoryHome } from "./service/coming.js";
import { DEADLINE_WARNINGS_CRON } from "./job-names.js";
import { deadlineWarningsJob, trajectoryJobs } from "./jobs.js";
import { parentsNav, trajectoryNav, trajectoryRoutes } from "./routes.js";
import { trajectoryKinds } from "./notifications.js";

export const trajectoryFeature: Feature = {
  notifications: trajectoryKinds,
  name: "trajectory",
  routes: trajectoryRoutes,
  nav: [trajectoryNav, parentsNav],
  home: trajectoryHome,
  contributes: [
    contribution(calendarSources, sessionsCalendarSource),
    contribution(measurementDependents, trajectoryUseOf),
  ],
  jobs: trajectoryJobs,
  schedules: [{ job: deadlineWarningsJob, cron: DEADLINE_WARNINGS_CRON }],
};
