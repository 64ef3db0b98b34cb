/**
 * The second factor as other features see it: whether a person may use one, its status on the
 * account page, who may reset a staff member's (the button on the member's page), and the kind of
 * mail that tells a person about a change to their account's security.
 */
export { mayUseSecondFactor } from "./policy.js";
export { TwoFactorStatus } from "./views/account-status.js";
export { mayResetSecondFactor, mayResetSecondFactorOf } from "./reset.js";
export { accountSecurity } from "./notifications.js";
