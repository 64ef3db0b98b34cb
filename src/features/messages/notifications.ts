/** The kinds of mail messages send (src/notifications/kinds.ts). */
import { defineKind, schoolStaff } from "../../notifications/kinds.js";

/** A message from the school about your child: urgent, it cannot be switched off. */
export const messageFromSchool = defineKind({
  name: "messages.fromSchool",
  urgent: true,
  delivery: "now",
  label: "messages.notification.fromSchool",
  receivers: ["guardian"],
});

/** A parent's new message for the staff who teach their child. */
export const messageFromParent = defineKind({
  name: "messages.fromParent",
  urgent: false,
  delivery: "now",
  label: "messages.notification.fromParent",
  receivers: [...schoolStaff],
});

export const messageKinds = [messageFromSchool, messageFromParent];
