/** What other features may use of the organisation feature: a person's invitations waiting for their answer. */
export { invitationsReceived, type ReceivedInvitation } from "./invitations.js";
export { staffRemovalSteps, type StaffRemoval, type StaffRemovalStep } from "./removal-steps.js";
