/** The end-of-year step: all pupils of a group to a group of another school year, at once. */
import { isNull } from "drizzle-orm";
import { ofOrg } from "../../../db/of-org.js";
import { rowOfOrg } from "../../../db/row-of-org.js";
import { groups, pupils } from "../../../db/schema/index.js";
import { InputError } from "../../../web/input-error.js";
import { openGroup } from "./lookups.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";
import { auditEach } from "./scope.js";

/** Moves every pupil of one group to a group of another open school year; returns how many moved. */
export function moveGroupPupils(options: OrgScope & { fromGroupId: string; toGroupId: string }): Promise<number> {
  const { orgId } = options;
  return inOrg(options, async (tx) => {
    const from = await rowOfOrg(tx, groups, orgId, { id: options.fromGroupId }, "group");
    const to = await openGroup(tx, orgId, options.toGroupId);
    if (to.schoolYearId === from.schoolYearId) throw new InputError("groupId", "pupils.groups.error.sameYear");
    const moved = await tx
      .update(pupils)
      .set({ groupId: to.id })
      .where(ofOrg(pupils, orgId, { groupId: from.id }, isNull(pupils.archivedAt)))
      .returning({ id: pupils.id });
    const detail = `${from.name} → ${to.name} (${to.yearName})`;
    await auditEach(tx, options, { action: "move", entity: "pupil", entityIds: moved.map((p) => p.id), detail });
    return moved.length;
  });
}
