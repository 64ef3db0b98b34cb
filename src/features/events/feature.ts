/**
 * The events' manifest: the school's own events under /events (the trajectory's parent evenings
 * are shown by the trajectory, which takes sign-ups through index.ts), the daily reminder job,
 * the kinds of mail and the texts.
 */
import { contribution } from "../../web/extension.js";
import type { Feature } from "../../web/feature.js";
import { signupsOfPerson, topicSupportsOfPerson, topicsOfPerson } from "./service/export.js";
import { eventRoutes, eventsNav } from "./routes.js";
import { personalData } from "../account/index.js";
import { calendarSources } from "../calendar/index.js";
import { eventsCalendarSource } from "./service/calendar-source.js";
import { EVENT_REMINDERS_CRON } from "./job-names.js";
import { eventRemindersJob } from "./jobs.js";
import { eventKinds } from "./notifications.js";
import { eventsHome } from "./home.js";

export const eventsFeature: Feature = {
  notifications: eventKinds,
  name: "events",
  routes: eventRoutes,
  nav: [eventsNav],
  home: eventsHome,
  jobs: [eventRemindersJob],
  schedules: [{ job: eventRemindersJob, cron: EVENT_REMINDERS_CRON }],
  contributes: [
    contribution(personalData, { name: "eventSignups", covers: ["event_signups.user_id"], read: signupsOfPerson }),
    contribution(personalData, {
      name: "eventTopics",
      covers: ["event_topics.user_id"],
      read: topicsOfPerson,
    }),
    contribution(personalData, {
      name: "eventTopicSupports",
      covers: ["event_topic_supports.user_id"],
      read: topicSupportsOfPerson,
    }),
    contribution(calendarSources, eventsCalendarSource),
  ],
};
