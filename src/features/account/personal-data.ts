/**
 * A person's data export (GET /account/export.json, AVG/GDPR art. 15 and 20): their account, what
 * the platform-wide tables keep about them, and per organisation they belong to what each feature
 * holds about them; also the organisations they left but wrote in (discussions, help answers, a
 * network profile), which they may still download. The account cannot know the features built on top of it, so it asks through
 * two extension points: a feature contributes a source (`contributes: [contribution(personalData,
 * { name, covers, read })]`) that reads only this person's rows in the organisation's transaction
 * (row-level security applies as well), or, for a table without org_id, an `accountData` source.
 *
 * `covers` names the columns ("table.column") that point at a person and whose rows the source
 * exports: tests/privacy/export-coverage.test.ts fails for any such column of the live schema
 * that no source covers and that is not listed there as a deliberate exception (docs/privacy.md).
 */
import { eq, sql } from "drizzle-orm";
import { withOrg, type Db, type Tx } from "../../db/client.js";
import { orgIdsFrom } from "../../db/org-scope.js";
import { organisations as organisationsTable } from "../../db/schema/index.js";
import type { Viewer } from "../../auth/viewer.js";
import type { Translate } from "../../web/i18n/index.js";
import { contributionsTo, extensionPoint } from "../../web/extension.js";

export interface PersonalDataSource {
  /** The key its part has in the export, such as "ideas". */
  name: string;
  /** The person-naming columns whose rows this part holds, as "table.column". */
  covers: readonly string[];
  /** `t` translates in the person's language, for a note the export itself must carry. */
  read(tx: Tx, orgId: string, userId: string, t: Translate): Promise<unknown>;
}

/** A part from the platform-wide tables (no org_id): read once, outside any organisation. */
export interface AccountDataSource {
  name: string;
  covers: readonly string[];
  read(db: Db, userId: string, t: Translate): Promise<unknown>;
}

export const personalData = extensionPoint<PersonalDataSource>("account.personalData");
export const accountData = extensionPoint<AccountDataSource>("account.accountData");

/** What the export's frame itself covers: the account row and the roles per organisation. */
const frameCovers = ["memberships.user_id"];

/** Every column some part of the export covers, for the coverage test. */
export function exportedColumns(): Set<string> {
  const sources = [...contributionsTo(personalData), ...contributionsTo(accountData)];
  return new Set([...frameCovers, ...sources.flatMap((source) => source.covers)]);
}

export interface PersonalExport {
  exportedAt: string;
  account: { name: string; email: string; language: string | null } & Record<string, unknown>;
  organisations: {
    name: string;
    roles: string[];
    parent: boolean;
    /** Left: no longer a guardian or staff there, but what they wrote there is still kept. */
    former?: true;
    data: Record<string, unknown>;
  }[];
}

/**
 * The organisations the person wrote in (discussions, answers to requests for help, a network
 * profile) but no longer belongs to: migration 0047's function, which answers for app.user_id only.
 */
async function formerOrganisations(db: Db, viewer: Viewer): Promise<{ orgId: string; orgName: string }[]> {
  const current = new Set(viewer.organisations.map((org) => org.orgId));
  const written = await orgIdsFrom(db, sql`select organisations_written_in() as org_id`, viewer.userId);
  const ids = written.filter((id) => !current.has(id));
  const found: { orgId: string; orgName: string }[] = [];
  for (const orgId of ids) {
    const [org] = await withOrg(db, { orgId, userId: viewer.userId }, (tx) =>
      tx.select({ name: organisationsTable.name }).from(organisationsTable).where(eq(organisationsTable.id, orgId)),
    );
    if (org) found.push({ orgId, orgName: org.name });
  }
  return found.sort((a, b) => a.orgName.localeCompare(b.orgName, "nl"));
}

export async function personalExport(db: Db, viewer: Viewer, t: Translate, now = new Date()): Promise<PersonalExport> {
  const account: PersonalExport["account"] = { name: viewer.name, email: viewer.email, language: viewer.locale };
  for (const source of contributionsTo(accountData)) account[source.name] = await source.read(db, viewer.userId, t);
  const sources = contributionsTo(personalData);
  const partsIn = (orgId: string) =>
    withOrg(db, { orgId, userId: viewer.userId }, async (tx) => {
      const parts: Record<string, unknown> = {};
      for (const source of sources) parts[source.name] = await source.read(tx, orgId, viewer.userId, t);
      return parts;
    });
  const organisations: PersonalExport["organisations"] = [];
  for (const org of viewer.organisations)
    organisations.push({
      name: org.orgName,
      roles: org.staffRoles,
      parent: org.isGuardian,
      data: await partsIn(org.orgId),
    });
  for (const org of await formerOrganisations(db, viewer))
    organisations.push({ name: org.orgName, roles: [], parent: false, former: true, data: await partsIn(org.orgId) });
  return { exportedAt: now.toISOString(), account, organisations };
}
