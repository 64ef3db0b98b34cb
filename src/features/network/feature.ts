/**
 * The parent network's manifest (docs/network.md): the profile, the parents' directory, staff's
 * search and requests for help, volunteer tasks (also in a parent's calendar and feed), their
 * texts and the network's part of a person's data export.
 */
import { contribution } from "../../web/extension.js";
import type { Feature } from "../../web/feature.js";
import { personalData } from "../account/index.js";
import { calendarSources } from "../calendar/index.js";
import { networkKinds } from "./notifications.js";
import { networkHome, networkNav, networkRoutes } from "./routes.js";
import { tasksCalendarSource } from "./service/calendar-source.js";
import { networkOfPerson } from "./service/export.js";

export const networkFeature: Feature = {
  name: "network",
  routes: networkRoutes,
  nav: [networkNav],
  home: networkHome,
  notifications: networkKinds,
  contributes: [
    contribution(personalData, {
      name: "network",
      covers: ["network_profiles.user_id", "network_request_answers.user_id"],
      read: networkOfPerson,
    }),
    contribution(calendarSources, tasksCalendarSource),
  ],
};
