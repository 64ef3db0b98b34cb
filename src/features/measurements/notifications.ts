/** The kinds of mail measurements send (src/notifications/kinds.ts). */
import { defineKind, schoolStaff } from "../../notifications/kinds.js";

export const measurementInvitation = defineKind({
  name: "measurement.invitation",
  urgent: false,
  delivery: "now",
  label: "measurements.notification.invitation",
  receivers: ["guardian", ...schoolStaff],
});

export const measurementKinds = [measurementInvitation];
