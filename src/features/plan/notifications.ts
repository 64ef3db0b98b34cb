/** The kinds of mail the plan sends (src/notifications/kinds.ts). */
import { defineKind } from "../../notifications/kinds.js";

export const planPublished = defineKind({
  name: "plan.published",
  urgent: false,
  label: "plan.notification.published",
  receivers: ["guardian"],
});

export const planKinds = [planPublished];
