/**
 * The second factor as other features see it: whether a person may use one, its status on the
 * account page, and who may reset a staff member's (the button on the member's page).
 */
export { mayUseSecondFactor } from "./policy.js";
export { TwoFactorStatus } from "./views/account-status.js";
export { mayResetSecondFactor, mayResetSecondFactorOf } from "./reset.js";
