/** The kinds of mail the panel sends (src/notifications/kinds.ts). */
import { defineKind } from "../../notifications/kinds.js";

/** The link that confirms a sign-up: the sign-up counts for nothing without it. */
export const panelConfirmation = defineKind({
  name: "panel.confirmation",
  urgent: true,
  label: "panel.notification.confirmation",
  receivers: ["anyone"],
});

/** The link that signs a member in to their data. */
export const panelSignIn = defineKind({
  name: "panel.signIn",
  urgent: true,
  label: "panel.notification.signIn",
  receivers: ["anyone"],
});

/** An invitation to a panel survey, and its reminders. */
export const panelInvitation = defineKind({
  name: "panel.invitation",
  urgent: false,
  label: "panel.notification.invitation",
  receivers: ["anyone"],
});

export const panelKinds = [panelConfirmation, panelSignIn, panelInvitation];
