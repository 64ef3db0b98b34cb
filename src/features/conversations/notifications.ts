/**
 * The kinds of mail conversations send (src/notifications/kinds.ts). A moved or cancelled
 * conversation is urgent: a parent who switched it off would come at the wrong time.
 */
import { defineKind, schoolStaff } from "../../notifications/kinds.js";

export const conversationBooked = defineKind({
  name: "conversation.booked",
  urgent: false,
  delivery: "now",
  label: "conversations.notification.booked",
  receivers: ["guardian"],
});
export const conversationChanged = defineKind({
  name: "conversation.changed",
  urgent: true,
  delivery: "now",
  label: "conversations.notification.changed",
  receivers: ["guardian"],
});
export const conversationReminder = defineKind({
  name: "conversation.reminder",
  urgent: false,
  delivery: "now",
  label: "conversations.notification.reminder",
  receivers: ["guardian"],
});
export const conversationInvitation = defineKind({
  name: "conversation.invitation",
  urgent: false,
  delivery: "now",
  label: "conversations.notification.invitation",
  receivers: ["guardian"],
});
export const conversationRequest = defineKind({
  name: "conversation.request",
  urgent: false,
  delivery: "now",
  label: "conversations.notification.request",
  receivers: ["guardian", ...schoolStaff],
});
export const conversationFollowUp = defineKind({
  name: "conversation.followUp",
  urgent: false,
  delivery: "now",
  label: "conversations.notification.followUp",
  receivers: ["guardian", ...schoolStaff],
});

export const conversationKinds = [
  conversationBooked,
  conversationChanged,
  conversationReminder,
  conversationInvitation,
  conversationRequest,
  conversationFollowUp,
];
