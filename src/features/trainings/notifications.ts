/** The kind of mail trainings send (src/notifications/kinds.ts). */
import { defineKind } from "../../notifications/kinds.js";

/** Urgent: a confirmation link, a place or a cancellation must arrive; most registrants have no account to set anything. */
export const trainingRegistration = defineKind({
  name: "training.registration",
  urgent: true,
  label: "trainings.notification.registration",
  receivers: ["anyone"],
});

export const trainingKinds = [trainingRegistration];
