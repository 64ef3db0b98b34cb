/** Reading guardians: the searchable list, one guardian's page (audited), and matches to link. */
import { and, asc, count, eq, ilike, isNull, or, sql } from "drizzle-orm";
import { ofOrg } from "../../../db/of-org.js";
import { rowOfOrg } from "../../../db/row-of-org.js";
import { guardians, pupilGuardians, pupils } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import { fullName } from "../../../lib/names.js";
import { containsPattern, PAGE_SIZE } from "../../../lib/paging.js";
import { teachesGroup } from "./group-queries.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";
import { recordAuditBy } from "../../../audit/record.js";
import type { Access } from "./scope.js";
import { onPupilLinks } from "../directory/joins.js";

function matching(search: string) {
  if (!search) return undefined;
  const pattern = containsPattern(search);
  return or(ilike(guardians.name, pattern), ilike(guardians.email, pattern));
}

const childCount = sql<number>`(select count(*)::int from pupil_guardians pg join pupils p on p.org_id = pg.org_id and p.id = pg.pupil_id
  where pg.org_id = guardians.org_id and pg.guardian_id = guardians.id and p.archived_at is null)`;

/** Whether a guardian can sign in: with their account, not before they are invited, or not at all without an address. */
export type SignInStatus = "account" | "noAccountYet" | "noEmail";

const signInStatus = (g: { userId: string | null; email: string | null }): SignInStatus =>
  g.userId ? "account" : g.email ? "noAccountYet" : "noEmail";

/** Guardians searched by name or e-mail, a page at a time, with how many children each has here. */
export function listGuardians(options: OrgScope & { search: string; page: number }) {
  return inOrg(options, async (tx) => {
    const where = and(eq(guardians.orgId, options.orgId), matching(options.search));
    const [total] = await tx.select({ n: count() }).from(guardians).where(where);
    const items = await tx
      .select({
        id: guardians.id,
        name: guardians.name,
        email: guardians.email,
        phone: guardians.phone,
        userId: guardians.userId,
        childCount,
      })
      .from(guardians)
      .where(where)
      .orderBy(asc(guardians.name), asc(guardians.id))
      .limit(PAGE_SIZE)
      .offset((options.page - 1) * PAGE_SIZE);
    return {
      total: Number(total?.n ?? 0),
      items: items.map(({ userId, ...g }) => ({
        ...g,
        signIn: signInStatus({ userId, email: g.email }),
        childCount: Number(g.childCount),
      })),
    };
  });
}

/** A few guardians matching a search, to link to a pupil. */
export function findGuardiansToLink(options: OrgScope & { search: string }) {
  return inOrg(options, (tx) =>
    tx
      .select({ id: guardians.id, name: guardians.name, email: guardians.email })
      .from(guardians)
      .where(and(eq(guardians.orgId, options.orgId), matching(options.search)))
      .orderBy(asc(guardians.name))
      .limit(10),
  );
}

/**
 * One guardian with their children here. A teacher sees only guardians of pupils
 * in their own groups; anyone else is told the guardian does not exist. Audited.
 */
export function getGuardian(options: OrgScope & { guardianId: string; access: Access }) {
  return inOrg(options, async (tx) => {
    const guardian = await rowOfOrg(tx, guardians, options.orgId, { id: options.guardianId }, "guardian");
    const children = await tx
      .select({
        pupil: pupils,
        mine: options.access === "manage" ? sql<boolean>`true` : teachesGroup(options, "pupils.group_id"),
      })
      .from(pupilGuardians)
      .innerJoin(pupils, onPupilLinks)
      .where(ofOrg(pupilGuardians, options.orgId, { guardianId: guardian.id }, isNull(pupils.archivedAt)))
      .orderBy(asc(pupils.firstName));
    const visible = children.filter((c) => c.mine);
    if (options.access !== "manage" && !visible.length) throw new NotFoundError("guardian");
    await recordAuditBy(tx, options, { action: "view", entity: "guardian", entityId: guardian.id });
    return {
      guardian,
      signIn: signInStatus(guardian),
      children: visible.map((c) => ({ id: c.pupil.id, name: fullName(c.pupil) })),
    };
  });
}
