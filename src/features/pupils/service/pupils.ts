/** Creating, changing, moving and archiving pupils; every change is audited in its transaction. */
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { pupils } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import { checkDateOfBirth } from "../rules.js";
import { InputError } from "../../../web/input-error.js";
import { openGroup } from "./lookups.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";
import { inOrgUniquely } from "./scope.js";
import { recordAuditBy } from "../../../audit/record.js";

export interface PupilInput {
  firstName: string;
  surnamePrefix: string | null;
  surname: string;
  /** yyyy-mm-dd */
  dateOfBirth: string | null;
  pupilNumber: string | null;
  groupId: string | null;
}

/** Adds a pupil; the pupil number is unique in the organisation. */
export function createPupil(options: OrgScope & PupilInput) {
  const input = checkPupil(options);
  return inOrgUniquely(options, "pupilNumber", "pupils.error.numberTaken", async (tx) => {
    await assertPupilFits(tx, options.orgId, input, null);
    const [pupil] = await tx
      .insert(pupils)
      .values({ orgId: options.orgId, ...input })
      .returning();
    await recordAuditBy(tx, options, { action: "create", entity: "pupil", entityId: pupil!.id });
    return pupil!;
  });
}

/** Changes a pupil's details; a change of group is audited as a move too. */
export function updatePupil(options: OrgScope & PupilInput & { pupilId: string }) {
  const input = checkPupil(options);
  return inOrgUniquely(options, "pupilNumber", "pupils.error.numberTaken", async (tx) => {
    const before = await activePupil(tx, options.orgId, options.pupilId);
    const group = await assertPupilFits(tx, options.orgId, input, before.id);
    const changed = (Object.keys(input) as (keyof PupilInput)[]).filter((k) => input[k] !== before[k]);
    if (!changed.length) return;
    await tx.update(pupils).set(input).where(pupilKey(options.orgId, before.id));
    await recordAuditBy(tx, options, {
      action: "update",
      entity: "pupil",
      entityId: before.id,
      detail: changed.join(", "),
    });
    if (changed.includes("groupId")) await auditMove(tx, options, before.id, group ? groupLabel(group) : undefined);
  });
}

/** Moves a pupil to another group of a school year that is not archived. */
export function movePupil(options: OrgScope & { pupilId: string; groupId: string }) {
  return inOrg(options, async (tx) => {
    const pupil = await activePupil(tx, options.orgId, options.pupilId);
    const group = await openGroup(tx, options.orgId, options.groupId);
    if (pupil.groupId === group.id) return;
    await tx.update(pupils).set({ groupId: group.id }).where(pupilKey(options.orgId, pupil.id));
    await auditMove(tx, options, pupil.id, groupLabel(group));
  });
}

/** Archives a pupil: hidden from every list, kept for the retention period. */
export function archivePupil(options: OrgScope & { pupilId: string }) {
  return inOrg(options, async (tx) => {
    const pupil = await activePupil(tx, options.orgId, options.pupilId);
    await tx
      .update(pupils)
      .set({ archivedAt: sql`now()` })
      .where(pupilKey(options.orgId, pupil.id));
    await recordAuditBy(tx, options, { action: "archive", entity: "pupil", entityId: pupil.id });
  });
}

/** A pupil that is not archived, else not found. */
export async function activePupil(tx: Tx, orgId: string, pupilId: string) {
  const [pupil] = await tx
    .select()
    .from(pupils)
    .where(and(pupilKey(orgId, pupilId), isNull(pupils.archivedAt)));
  if (!pupil) throw new NotFoundError("pupil");
  return pupil;
}

function pupilKey(orgId: string, pupilId: string) {
  return and(eq(pupils.orgId, orgId), eq(pupils.id, pupilId));
}

function auditMove(tx: Tx, scope: OrgScope, pupilId: string, detail?: string) {
  return recordAuditBy(tx, scope, {
    action: "move",
    entity: "pupil",
    entityId: pupilId,
    ...(detail ? { detail } : {}),
  });
}

/** The same rules the form applies, for callers that are not forms (import, CLI, demo). */
function checkPupil(options: PupilInput): PupilInput {
  const clean = (v: string | null) => v?.replace(/\s+/g, " ").trim() || null;
  const input = {
    firstName: clean(options.firstName) ?? "",
    surnamePrefix: clean(options.surnamePrefix),
    surname: clean(options.surname) ?? "",
    dateOfBirth: options.dateOfBirth,
    pupilNumber: clean(options.pupilNumber),
    groupId: options.groupId,
  };
  if (!input.firstName) throw new InputError("firstName", "error.required");
  if (!input.surname) throw new InputError("surname", "error.required");
  if (input.dateOfBirth) {
    const check = checkDateOfBirth(input.dateOfBirth);
    if (!check.ok) throw new InputError("dateOfBirth", check.key);
  }
  return input;
}

/** Checks the group and the pupil number; returns the group the pupil will be in. */
async function assertPupilFits(tx: Tx, orgId: string, input: PupilInput, exceptId: string | null) {
  const group = input.groupId ? await openGroup(tx, orgId, input.groupId) : null;
  if (!input.pupilNumber) return group;
  // Archived pupils keep their number for the retention period, so they count too.
  const [clash] = await tx
    .select({ id: pupils.id })
    .from(pupils)
    .where(ofOrg(pupils, orgId, { pupilNumber: input.pupilNumber }, exceptId ? ne(pupils.id, exceptId) : undefined));
  if (clash) throw new InputError("pupilNumber", "pupils.error.numberTaken");
  return group;
}

const groupLabel = (group: { name: string; yearName: string }) => `${group.name} (${group.yearName})`;
