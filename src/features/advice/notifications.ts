/** The kinds of mail the advice desk sends (src/notifications/kinds.ts). */
import { defineKind } from "../../notifications/kinds.js";

export const sparringRequested = defineKind({
  name: "advice.sparringRequest",
  urgent: false,
  delivery: "now",
  label: "advice.notification.request",
  receivers: ["advisor"],
});

export const sparringAnswered = defineKind({
  name: "advice.sparringReply",
  urgent: false,
  delivery: "now",
  label: "advice.notification.reply",
  receivers: ["school_leader", "coordinator"],
});

export const adviceKinds = [sparringRequested, sparringAnswered];
