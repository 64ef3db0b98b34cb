/** Linking guardians to pupils: several guardians per pupil, one guardian with several children. */
import { ofOrg } from "../../../db/of-org.js";
import { pupilGuardians } from "../../../db/schema/index.js";
import { findGuardian } from "./guardians.js";
import { activePupil } from "./pupils.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";
import { recordAuditBy } from "../../../audit/record.js";

type LinkOptions = OrgScope & { pupilId: string; guardianId: string };

/** Links a guardian to a pupil (again is harmless). */
export function linkGuardian(options: LinkOptions) {
  const { orgId } = options;
  return inOrg(options, async (tx) => {
    const pupil = await activePupil(tx, orgId, options.pupilId);
    const guardian = await findGuardian(tx, orgId, options.guardianId);
    await tx.insert(pupilGuardians).values({ orgId, pupilId: pupil.id, guardianId: guardian.id }).onConflictDoNothing();
    await recordAuditBy(tx, options, {
      action: "update",
      entity: "pupil",
      entityId: pupil.id,
      detail: "guardian-linked",
    });
  });
}

/** Removes the link between a guardian and a pupil; both stay. */
export function unlinkGuardian(options: LinkOptions) {
  const { orgId } = options;
  return inOrg(options, async (tx) => {
    const pupil = await activePupil(tx, orgId, options.pupilId);
    await tx
      .delete(pupilGuardians)
      .where(ofOrg(pupilGuardians, orgId, { pupilId: pupil.id, guardianId: options.guardianId }));
    await recordAuditBy(tx, options, {
      action: "update",
      entity: "pupil",
      entityId: pupil.id,
      detail: "guardian-unlinked",
    });
  });
}
