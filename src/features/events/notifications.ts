/** The kinds of mail events send (src/notifications/kinds.ts). */
import { defineKind } from "../../notifications/kinds.js";

export const eventReminder = defineKind({
  name: "event.reminder",
  urgent: false,
  delivery: "now",
  label: "events.notification.reminder",
});

/** Urgent: someone who switched it off would come to a closed door. */
export const eventCancelled = defineKind({
  name: "event.cancelled",
  urgent: true,
  delivery: "now",
  label: "events.notification.cancelled",
});

export const eventKinds = [eventReminder, eventCancelled];
