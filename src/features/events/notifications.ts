/** The kinds of mail events send (src/notifications/kinds.ts). */
import { defineKind } from "../../notifications/kinds.js";

export const eventReminder = defineKind({
  name: "event.reminder",
  urgent: false,
  delivery: "now",
  label: "events.notification.reminder",
  receivers: ["guardian"],
});

/** Urgent: someone who switched it off would come to a closed door. */
export const eventCancelled = defineKind({
  name: "event.cancelled",
  urgent: true,
  delivery: "now",
  label: "events.notification.cancelled",
  receivers: ["guardian"],
});

/** Urgent: a place came free for them; if they cannot come after all, the next in line should get it. */
export const eventMovedUp = defineKind({
  name: "event.movedUp",
  urgent: true,
  delivery: "now",
  label: "events.notification.movedUp",
  receivers: ["guardian"],
});

/** The summary staff write afterwards, sent to those invited. */
export const eventSummary = defineKind({
  name: "event.summary",
  urgent: false,
  delivery: "now",
  label: "events.notification.summary",
  receivers: ["guardian"],
});

export const eventKinds = [eventReminder, eventCancelled, eventMovedUp, eventSummary];
