/** The kinds of mail the second factor sends: a reset nobody asked for must not go unnoticed, so urgent. */
import { defineKind } from "../../notifications/kinds.js";

export const accountSecurity = defineKind({
  name: "account.security",
  urgent: true,
  label: "twoFactor.notification.security",
  receivers: ["anyone"],
});

export const twoFactorKinds = [accountSecurity];
