/**
 * A person's data export (GET /account/export.json, AVG/GDPR art. 15 and 20): their account and,
 * per organisation they belong to, what each feature holds about them. The account cannot know
 * the features built on top of it, so it asks through an extension point: a feature contributes a
 * source (`contributes: [contribution(personalData, { name, read })]`) that reads only this
 * person's rows in the organisation's transaction (row-level security applies as well).
 */
import { withOrg, type Db, type Tx } from "../../db/client.js";
import type { Viewer } from "../../auth/viewer.js";
import { contributionsTo, extensionPoint } from "../../web/extension.js";

export interface PersonalDataSource {
  /** The key its part has in the export, such as "ideas". */
  name: string;
  read(tx: Tx, orgId: string, userId: string): Promise<unknown>;
}

export const personalData = extensionPoint<PersonalDataSource>("account.personalData");

export interface PersonalExport {
  exportedAt: string;
  account: { name: string; email: string; language: string | null };
  organisations: { name: string; roles: string[]; parent: boolean; data: Record<string, unknown> }[];
}

export async function personalExport(db: Db, viewer: Viewer, now = new Date()): Promise<PersonalExport> {
  const sources = contributionsTo(personalData);
  const organisations: PersonalExport["organisations"] = [];
  for (const org of viewer.organisations) {
    const data = await withOrg(db, { orgId: org.orgId, userId: viewer.userId }, async (tx) => {
      const parts: Record<string, unknown> = {};
      for (const source of sources) parts[source.name] = await source.read(tx, org.orgId, viewer.userId);
      return parts;
    });
    organisations.push({ name: org.orgName, roles: org.staffRoles, parent: org.isGuardian, data });
  }
  return {
    exportedAt: now.toISOString(),
    account: { name: viewer.name, email: viewer.email, language: viewer.locale },
    organisations,
  };
}
