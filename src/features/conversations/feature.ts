/** The conversations feature's manifest: rounds, booking, preparation, requests and their reminders. */
import { contribution } from "../../web/extension.js";
import type { Feature } from "../../web/feature.js";
import { accountDeletionSteps, personalData } from "../account/index.js";
import { calendarSources } from "../calendar/index.js";
import { auditReferences } from "../pupils/index.js";
import { slotsForAudit } from "./service/audit.js";
import { releaseTimesOfRemovedTeacher, tellFamiliesTeacherLeft } from "./service/former-teacher.js";
import { staffRemovalSteps } from "../organisation/index.js";
import { conversationsOfPerson } from "./service/export.js";
import { roundsCalendarSource } from "./service/calendar-source.js";
import { followUpJob } from "./follow-up-jobs.js";
import { conversationsHome } from "./home.js";
import { reminderJob } from "./reminder-jobs.js";
import { conversationRoutes, conversationsNav } from "./routes.js";
import { conversationKinds } from "./notifications.js";

export const conversationsFeature: Feature = {
  notifications: conversationKinds,
  name: "conversations",
  routes: conversationRoutes,
  nav: [conversationsNav],
  home: conversationsHome,
  jobs: [followUpJob, reminderJob],
  contributes: [
    contribution(calendarSources, roundsCalendarSource),
    contribution(auditReferences, slotsForAudit),
    contribution(accountDeletionSteps, tellFamiliesTeacherLeft),
    contribution(staffRemovalSteps, releaseTimesOfRemovedTeacher),
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
};
