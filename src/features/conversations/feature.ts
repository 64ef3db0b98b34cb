/** The conversations feature's manifest: rounds, booking, preparation, requests and their reminders. */
import { contribution } from "../../web/extension.js";
import type { Feature } from "../../web/feature.js";
import { personalData } from "../account/index.js";
import { calendarSources } from "../calendar/index.js";
import { conversationsOfPerson } from "./service/export.js";
import { roundsCalendarSource } from "./service/calendar-source.js";
import type { MessagesOf } from "../../web/i18n/index.js";
import { followUpJob } from "./follow-up-jobs.js";
import { conversationsHome } from "./home.js";
import * as refusals from "./messages.js";
import * as planning from "./planning-messages.js";
import * as preparation from "./preparation-messages.js";
import { reminderJob } from "./reminder-jobs.js";
import * as requests from "./request-messages.js";
import { conversationRoutes, conversationsNav } from "./routes.js";
import * as screens from "./ui-messages.js";
import { conversationKinds } from "./notifications.js";

const messages = { refusals, screens, planning, preparation, requests };

declare module "../../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this feature's keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const conversationsFeature: Feature = {
  notifications: conversationKinds,
  name: "conversations",
  routes: conversationRoutes,
  nav: [conversationsNav],
  home: conversationsHome,
  jobs: [followUpJob, reminderJob],
  contributes: [
    contribution(calendarSources, roundsCalendarSource),
    contribution(personalData, {
      name: "conversations",
      covers: [
        "conversation_bookings.guardian_id",
        "conversation_preparations.updated_by",
        "conversation_agreement_remarks.guardian_id",
        "conversation_preferences.guardian_id",
        "conversation_other_times.guardian_id",
        "conversation_requests.asked_by_user",
        "conversation_availability.teacher_id",
        "conversation_private_notes.teacher_id",
      ],
      read: conversationsOfPerson,
    }),
  ],
  messages,
};
