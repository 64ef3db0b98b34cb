/** The jobs of this feature, listed in its manifest; tests call the service directly. */
import { defineSweep } from "../../jobs/definition.js";
import { INVITATION_SWEEP_JOB } from "./job-names.js";
import { purgeExpiredInvitations } from "./invitations.js";

export const invitationSweepJob = defineSweep(
  INVITATION_SWEEP_JOB,
  async (deps) => ({ purged: await purgeExpiredInvitations(deps.db) }),
  "expired staff invitations deleted",
);
