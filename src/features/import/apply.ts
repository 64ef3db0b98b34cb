/**
 * Writes an import: all or nothing, in one transaction for one organisation.
 *
 * The preview the user confirmed may be stale (someone imported or edited in
 * between), so the plan is computed again inside the transaction from what the
 * database holds at that moment, and that fresh plan is written. The unique
 * indexes on pupil number and guardian e-mail refuse any duplicate that would
 * still slip through (two imports at once on PostgreSQL): the whole import then
 * rolls back.
 */
import { withOrg, type Db, type Tx } from "../../db/client.js";
import { recordAudit } from "../../audit/record.js";
import { groupKey } from "./group-names.js";
import { readExisting, type ExistingForImport, type SchoolYearRef } from "./load-existing.js";
import { planImport, type GroupDecisions, type ImportPlan } from "./plan.js";
import type { RowResult } from "./rows.js";
import {
  ensureAccounts,
  insertGroups,
  insertGuardians,
  insertLinks,
  insertPupils,
  updateGuardians,
  updatePupils,
  type BatchDone,
} from "./write.js";

export type RefusalCode = "import.refused.rejectedRows" | "import.refused.noSchoolYear" | "import.refused.newGroups";

/** The import was not started; nothing changed. `code` is a message key. */
export class ImportRefused extends Error {
  constructor(readonly code: RefusalCode) {
    super(code);
    this.name = "ImportRefused";
  }
}

export type Progress = (done: number, total: number) => void | Promise<void>;

export interface ApplyInput {
  orgId: string;
  /** Who imports, for the audit log; null from the command line. */
  userId: string | null;
  /** Every row of the file; one rejected row refuses the whole import. */
  rows: readonly RowResult[];
  /**
   * What the person decided for new group names beside the school's groups (plan.groups.ask):
   * create them, or put their pupils in an existing group. Undecided names refuse the import.
   */
  groups?: GroupDecisions;
  onProgress?: Progress;
}

export interface ImportOutcome {
  plan: ImportPlan;
  schoolYear: SchoolYearRef;
}

export function applyImport(input: ApplyInput & { db: Db }): Promise<ImportOutcome> {
  return withOrg(input.db, { orgId: input.orgId, userId: input.userId }, (tx) => applyImportInTx(tx, input));
}

/** The same inside the caller's withOrg transaction (the web flow deletes the upload in it too). */
export async function applyImportInTx(tx: Tx, input: ApplyInput): Promise<ImportOutcome> {
  if (input.rows.some((row) => !row.ok)) throw new ImportRefused("import.refused.rejectedRows");
  const existing = await readExisting(tx, input.orgId);
  const schoolYear = existing.schoolYear;
  if (!schoolYear) throw new ImportRefused("import.refused.noSchoolYear");
  const plan = await planImport({ rows: input.rows, existing, groups: input.groups });
  if (plan.groups.confirm) throw new ImportRefused("import.refused.newGroups");
  await write(tx, input, existing, schoolYear.id, plan);
  await recordAudit(tx, {
    orgId: input.orgId,
    userId: input.userId,
    action: "import",
    entity: "pupils",
    detail: JSON.stringify(plan.counts),
  });
  return { plan, schoolYear };
}

async function write(tx: Tx, input: ApplyInput, existing: ExistingForImport, yearId: string, plan: ImportPlan) {
  const { orgId } = input;
  const guardianWork = guardianWrites(existing, plan);
  const done = progress(input.onProgress, [
    plan.groups.create.length,
    plan.pupils.create.length,
    plan.pupils.update.length,
    guardianWork.needAccounts.length,
    plan.guardians.create.length,
    guardianWork.changed.length,
    plan.links.add.length,
  ]);

  const groupIds = new Map([...existing.groupsByName].map(([name, g]) => [groupKey(name), g.id]));
  for (const [name, id] of await insertGroups(tx, orgId, yearId, plan.groups.create, done))
    groupIds.set(groupKey(name), id);
  const groupOf = (name: string): string => found(groupIds.get(groupKey(name)), "group");

  const created = plan.pupils.create.map(({ pupil }) => ({ pupil, groupId: groupOf(pupil.groupName) }));
  const pupilIds = await insertPupils(tx, orgId, created, done);
  const updated = plan.pupils.update.map(({ id, pupil }) => ({ id, pupil, groupId: groupOf(pupil.groupName) }));
  await updatePupils(tx, orgId, updated, done);

  const accounts = await ensureAccounts(tx, guardianWork.needAccounts, done);
  const newGuardians = plan.guardians.create.map((g) => ({ ...g, userId: accounts.get(g.email) ?? null }));
  const guardianIds = await insertGuardians(tx, orgId, newGuardians, done);
  await updateGuardians(tx, orgId, guardianWork.changes(accounts), done);

  // Links to pupils and guardians created above carry null ids in the plan.
  const links = plan.links.add.map((link) => ({
    pupilId: found(link.pupilId ?? pupilIds.get(link.pupilNumber), "pupil"),
    guardianId: found(link.guardianId ?? guardianIds.get(link.guardianEmail), "guardian"),
  }));
  await insertLinks(tx, orgId, links, done);
}

/**
 * Which guardians need an account looked up, and which existing ones change:
 * a new name, or an account where they had none. Guardians that already have
 * an account keep it, so a second import of the same file touches no accounts.
 */
function guardianWrites(existing: ExistingForImport, plan: ImportPlan) {
  const known = new Map([...existing.guardiansByEmail].map(([email, g]) => [email.toLowerCase(), g]));
  const withoutAccount = [...plan.guardians.update, ...plan.guardians.unchanged].filter(
    ({ email }) => known.get(email)?.userId === null,
  );
  const renamed = new Map(plan.guardians.update.map((g) => [g.email, g.name]));
  const changed = [...new Set([...plan.guardians.update, ...withoutAccount].map((g) => g.email))];
  // In address order: two imports (of two schools sharing a parent) then claim accounts in the same
  // order, so on PostgreSQL one waits for the other instead of deadlocking.
  const needAccounts = [
    ...plan.guardians.create,
    ...withoutAccount.map(({ email }) => ({ email, name: known.get(email)?.name ?? email })),
  ].sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
  const changes = (accounts: ReadonlyMap<string, string>) =>
    changed.map((email) => ({
      id: found(known.get(email)?.id, "guardian"),
      name: renamed.get(email) ?? null,
      userId: accounts.get(email) ?? null,
    }));
  return { needAccounts, changed, changes };
}

function found(id: string | undefined, what: string): string {
  // The plan only names things that exist or were just created; anything else is a bug.
  if (id === undefined) throw new Error(`import: no id for a ${what} the plan refers to`);
  return id;
}

/** Counts written rows against the total and passes both on after every batch. */
function progress(onProgress: Progress | undefined, parts: number[]): BatchDone {
  const total = parts.reduce((a, b) => a + b, 0);
  let done = 0;
  return async (rows) => {
    done += rows;
    await onProgress?.(done, total);
  };
}
