/**
 * Creating and changing guardians. A guardian with an e-mail address is linked to
 * the account (users) with that address, created when needed, so they can sign in.
 */
import { and, eq, ne, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { rowOfOrg } from "../../../db/row-of-org.js";
import { guardians, users } from "../../../db/schema/index.js";
import { InputError } from "../../../web/input-error.js";
import type { OrgScope } from "../../../db/org-scope.js";
import { inOrgUniquely } from "./scope.js";
import { recordAuditBy } from "../../../audit/record.js";

export interface GuardianInput {
  name: string;
  email: string | null;
  phone: string | null;
}

/** Adds a guardian; the e-mail address (if any) is unique in the organisation, in any case. */
export function createGuardian(options: OrgScope & GuardianInput) {
  const input = checkGuardian(options);
  return inOrgUniquely(options, "email", "pupils.guardians.error.emailTaken", async (tx) => {
    await assertEmailFree(tx, options.orgId, input.email, null);
    const userId = input.email ? await accountFor(tx, input.email, input.name) : null;
    const [guardian] = await tx
      .insert(guardians)
      .values({ orgId: options.orgId, userId, ...input })
      .returning();
    await recordAuditBy(tx, options, { action: "create", entity: "guardian", entityId: guardian!.id });
    return guardian!;
  });
}

/** Changes a guardian; a new e-mail address moves the link to that address's account. */
export function updateGuardian(options: OrgScope & GuardianInput & { guardianId: string }) {
  const input = checkGuardian(options);
  return inOrgUniquely(options, "email", "pupils.guardians.error.emailTaken", async (tx) => {
    const before = await findGuardian(tx, options.orgId, options.guardianId);
    await assertEmailFree(tx, options.orgId, input.email, before.id);
    const changed: string[] = (Object.keys(input) as (keyof GuardianInput)[]).filter((k) => input[k] !== before[k]);
    const emailChanged = input.email?.toLowerCase() !== before.email?.toLowerCase();
    // A guardian with an address but no account (deleted, or loaded without one) gets one on saving too.
    const linksAccount = input.email !== null && (emailChanged || before.userId === null);
    if (linksAccount && !emailChanged) changed.push("userId");
    if (!changed.length) return;
    const userId = linksAccount ? await accountFor(tx, input.email!, input.name) : input.email ? before.userId : null;
    await tx
      .update(guardians)
      .set({ ...input, userId })
      .where(ofOrg(guardians, options.orgId, { id: before.id }));
    await recordAuditBy(tx, options, {
      action: "update",
      entity: "guardian",
      entityId: before.id,
      detail: changed.join(", "),
    });
  });
}

export async function findGuardian(tx: Tx, orgId: string, guardianId: string) {
  return rowOfOrg(tx, guardians, orgId, { id: guardianId }, "guardian");
}

/**
 * The guardian's account: for one with an address but no account (theirs deleted, or loaded
 * without one), the account with that address is linked now, created when there is none.
 */
export async function accountOf(tx: Tx, orgId: string, guardian: typeof guardians.$inferSelect & { email: string }) {
  if (guardian.userId) return guardian.userId;
  const userId = await accountFor(tx, guardian.email, guardian.name);
  await tx
    .update(guardians)
    .set({ userId })
    .where(ofOrg(guardians, orgId, { id: guardian.id }));
  return userId;
}

/** The id of the account with this e-mail address, created (named after the guardian) when there is none. */
async function accountFor(tx: Tx, email: string, name: string): Promise<string> {
  // users is global and unique on lower(email); a concurrent insert of the same address is not an error.
  await tx.insert(users).values({ email, name }).onConflictDoNothing();
  const [user] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return user!.id;
}

async function assertEmailFree(tx: Tx, orgId: string, email: string | null, exceptId: string | null) {
  if (!email) return;
  const [clash] = await tx
    .select({ id: guardians.id })
    .from(guardians)
    .where(
      and(
        eq(guardians.orgId, orgId),
        eq(sql`lower(${guardians.email})`, email.toLowerCase()),
        exceptId ? ne(guardians.id, exceptId) : undefined,
      ),
    );
  if (clash) throw new InputError("email", "pupils.guardians.error.emailTaken");
}

/** The same rules the form applies, for callers that are not forms. */
function checkGuardian(options: GuardianInput): GuardianInput {
  const name = options.name.replace(/\s+/g, " ").trim();
  if (!name) throw new InputError("name", "error.required");
  const email = options.email?.trim().toLowerCase() || null;
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new InputError("email", "error.email");
  return { name, email, phone: options.phone?.trim() || null };
}
