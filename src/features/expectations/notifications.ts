/** The kinds of mail mutual expectations send (src/notifications/kinds.ts). */
import { defineKind } from "../../notifications/kinds.js";

export const expectationsAnswered = defineKind({
  name: "expectations.answered",
  urgent: false,
  delivery: "now",
  label: "expectations.notification.answered",
  receivers: ["guardian"],
});

export const expectationKinds = [expectationsAnswered];
