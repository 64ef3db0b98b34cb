/** Reading pupils: the searchable list and one pupil's page (which is audited as a view). */
import { and, asc, count, eq, ilike, isNull, or, sql } from "drizzle-orm";
import { ofOrg } from "../../../db/of-org.js";
import { groups, guardians, pupilGuardians, pupils, schoolYears } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import { fullName } from "../../../lib/names.js";
import { containsPattern, PAGE_SIZE } from "../../../lib/paging.js";
import { teachesGroup } from "./group-queries.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";
import { recordAuditBy } from "../../../audit/record.js";
import type { Access } from "./scope.js";
import { onGroupYear, onGuardianLinks, onPupilGroup } from "../directory/joins.js";

export interface PupilListOptions extends OrgScope {
  search: string;
  /** A group id, "none" for pupils without a group, or null for all. */
  groupId: string | null;
  page: number;
}

/** Pupils that are not archived, searched by name or pupil number, a page at a time. */
export function listPupils(options: PupilListOptions) {
  return inOrg(options, async (tx) => {
    const pattern = containsPattern(options.search);
    const where = and(
      eq(pupils.orgId, options.orgId),
      isNull(pupils.archivedAt),
      options.groupId === "none"
        ? isNull(pupils.groupId)
        : options.groupId
          ? eq(pupils.groupId, options.groupId)
          : undefined,
      options.search
        ? or(
            ilike(sql`concat_ws(' ', ${pupils.firstName}, ${pupils.surnamePrefix}, ${pupils.surname})`, pattern),
            ilike(pupils.pupilNumber, pattern),
          )
        : undefined,
    );
    const [total] = await tx.select({ n: count() }).from(pupils).where(where);
    const rows = await tx
      .select({ pupil: pupils, groupName: groups.name })
      .from(pupils)
      .leftJoin(groups, onPupilGroup)
      .where(where)
      .orderBy(asc(pupils.surname), asc(pupils.firstName), asc(pupils.id))
      .limit(PAGE_SIZE)
      .offset((options.page - 1) * PAGE_SIZE);
    return {
      total: Number(total?.n ?? 0),
      items: rows.map((r) => ({ ...r.pupil, name: fullName(r.pupil), groupName: r.groupName })),
    };
  });
}

/**
 * One pupil with their group and guardians. A teacher sees only pupils of their
 * own groups; anyone else is told the pupil does not exist. The view is audited.
 */
export function getPupil(options: OrgScope & { pupilId: string; access: Access }) {
  return inOrg(options, async (tx) => {
    const [row] = await tx
      .select({ pupil: pupils, groupName: groups.name, schoolYear: schoolYears.name })
      .from(pupils)
      .leftJoin(groups, onPupilGroup)
      .leftJoin(schoolYears, onGroupYear)
      .where(
        ofOrg(
          pupils,
          options.orgId,
          { id: options.pupilId },
          isNull(pupils.archivedAt),
          options.access === "manage" ? undefined : teachesGroup(options, "pupils.group_id"),
        ),
      );
    if (!row) throw new NotFoundError("pupil");
    const linked = await tx
      .select({ id: guardians.id, name: guardians.name, email: guardians.email, phone: guardians.phone })
      .from(pupilGuardians)
      .innerJoin(guardians, onGuardianLinks)
      .where(ofOrg(pupilGuardians, options.orgId, { pupilId: row.pupil.id }))
      .orderBy(asc(guardians.name));
    await recordAuditBy(tx, options, { action: "view", entity: "pupil", entityId: row.pupil.id });
    return {
      pupil: { ...row.pupil, name: fullName(row.pupil) },
      groupName: row.groupName,
      schoolYear: row.schoolYear,
      guardians: linked,
    };
  });
}
