/** The kinds of mail the trajectory sends (src/notifications/kinds.ts). */
import { defineKind } from "../../notifications/kinds.js";

export const trajectoryWarning = defineKind({
  name: "trajectory.warning",
  urgent: false,
  label: "trajectory.notification.warning",
  receivers: ["school_leader", "coordinator", "advisor"],
});

export const trajectoryKinds = [trajectoryWarning];
