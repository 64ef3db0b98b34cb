/** The kinds of mail the parent network sends (src/notifications/kinds.ts). */
import { defineKind } from "../../notifications/kinds.js";

/** Staff ask a parent who may be found whether they can help. */
export const networkRequest = defineKind({
  name: "network.request",
  urgent: false,
  label: "network.notification.request",
  receivers: ["guardian"],
});

/** Staff write to the parents who signed up for a volunteer task. */
export const volunteerMessage = defineKind({
  name: "network.volunteerMessage",
  urgent: false,
  label: "network.notification.volunteerMessage",
  receivers: ["guardian"],
});

export const networkKinds = [networkRequest, volunteerMessage];
