/**
 * The parent network's manifest (docs/network.md): the profile, the parents' directory, staff's
 * search and requests for help, volunteer tasks (also in a parent's calendar and feed), their
 * texts and the network's part of a person's data export.
 */
import { contribution } from "../../web/extension.js";
import type { Feature } from "../../web/feature.js";
import { personalData } from "../account/index.js";
import { calendarSources } from "../calendar/index.js";
import type { MessagesOf } from "../../web/i18n/index.js";
import * as network from "./messages.js";
import { networkKinds } from "./notifications.js";
import { networkHome, networkNav, networkRoutes } from "./routes.js";
import { tasksCalendarSource } from "./service/calendar-source.js";
import { networkOfPerson } from "./service/export.js";

const messages = { network };

declare module "../../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this feature's keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const networkFeature: Feature = {
  name: "network",
  routes: networkRoutes,
  nav: [networkNav],
  home: networkHome,
  notifications: networkKinds,
  messages,
  contributes: [
    contribution(personalData, {
      name: "network",
      covers: ["network_profiles.user_id", "network_request_answers.user_id"],
      read: networkOfPerson,
    }),
    contribution(calendarSources, tasksCalendarSource),
  ],
};
