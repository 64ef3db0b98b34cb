/** Adding a guardian from a pupil's page: create and link in one transaction, or neither. */
import { createGuardian, type GuardianInput } from "./guardians.js";
import { linkGuardian } from "./guardian-links.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";

/** Creates a guardian and, when a pupil is given, links them to that pupil. */
export function addGuardian(options: OrgScope & GuardianInput & { pupilId: string | null }) {
  const { pupilId, ...input } = options;
  if (!pupilId) return createGuardian(input);
  return inOrg(options, async (tx) => {
    const guardian = await createGuardian({ ...input, db: tx });
    await linkGuardian({ ...options, db: tx, pupilId, guardianId: guardian.id });
    return guardian;
  });
}
