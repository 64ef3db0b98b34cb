/** The kinds of mail buddies send (src/notifications/kinds.ts). */
import { defineKind } from "../../notifications/kinds.js";

/**
 * Urgent: the introduction is the only way the two parents learn each other's name and address,
 * which both agreed to by asking or volunteering; switched off, a pairing would never start.
 */
export const buddyIntroduction = defineKind({
  name: "buddy.introduction",
  urgent: true,
  delivery: "now",
  label: "buddies.notification.introduction",
  receivers: ["guardian"],
});

export const buddyEnded = defineKind({
  name: "buddy.ended",
  urgent: false,
  delivery: "now",
  label: "buddies.notification.ended",
  receivers: ["guardian"],
});

export const buddyKinds = [buddyIntroduction, buddyEnded];
