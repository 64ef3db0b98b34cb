/** The second factor as other features see it: whether a person may use one, and its status on the account page. */
export { mayUseSecondFactor } from "./policy.js";
export { TwoFactorStatus } from "./views/account-status.js";
