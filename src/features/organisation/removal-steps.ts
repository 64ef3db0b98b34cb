/**
 * What other features do when the school removes a staff member: the conversations feature frees
 * the teacher's times still ahead and tells the families booked in them, as when a teacher deletes
 * their own account (account/deletion.ts). A step runs in the removal's transaction, in the
 * organisation's scope, while the memberships still name the person: it commits with the removal
 * or not at all, so it happens once.
 */
import type { Tx } from "../../db/client.js";
import type { Deps } from "../../web/env.js";
import { contributionsTo, extensionPoint } from "../../web/extension.js";

/** The staff member leaving the organisation: who, when, and what a step needs to send mail. */
export interface StaffRemoval {
  userId: string;
  now: Date;
  deps: Pick<Deps, "config" | "jobs">;
}

export type StaffRemovalStep = (tx: Tx, orgId: string, removal: StaffRemoval) => Promise<void>;

export const staffRemovalSteps = extensionPoint<StaffRemovalStep>("organisation.staffRemovalSteps");

export async function runStaffRemovalSteps(tx: Tx, orgId: string, removal: StaffRemoval): Promise<void> {
  for (const step of contributionsTo(staffRemovalSteps)) await step(tx, orgId, removal);
}
