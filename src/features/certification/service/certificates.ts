/**
 * The school's certificates: listed on its certification page, downloaded as a PDF, revoked by
 * the advisor or the platform administrator with a reason (audited), and shown on the public
 * list only when the school leader or coordinator chooses so (audited too).
 */
import { desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { forgetCode } from "./verify.js";
import { recordAuditBy } from "../../../audit/record.js";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { rowOfOrg } from "../../../db/row-of-org.js";
import { inOrg, type OrgScope, type ViewerScope } from "../../../db/org-scope.js";
import { certificates, users } from "../../../db/schema/index.js";
import { schoolNameOf } from "../../pupils/index.js";
import { schoolDate } from "../../../lib/time/school-date.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";

export interface CertificateRow {
  id: string;
  trajectoryId: string;
  code: string;
  awardedOn: string;
  validUntil: string;
  awardedBy: string | null;
  listed: boolean;
  revokedAt: Date | null;
  revokedBy: string | null;
  revokedReason: string | null;
}

const revoker = alias(users, "revoker");

/** The organisation's certificates, newest first, with who awarded and revoked them. */
export function certificatesOf(tx: Tx, orgId: string): Promise<CertificateRow[]> {
  return tx
    .select({
      id: certificates.id,
      trajectoryId: certificates.trajectoryId,
      code: certificates.code,
      awardedOn: certificates.awardedOn,
      validUntil: certificates.validUntil,
      awardedBy: users.name,
      listed: certificates.listed,
      revokedAt: certificates.revokedAt,
      revokedBy: revoker.name,
      revokedReason: certificates.revokedReason,
    })
    .from(certificates)
    .leftJoin(users, eq(users.id, certificates.awardedBy))
    .leftJoin(revoker, eq(revoker.id, certificates.revokedBy))
    .where(eq(certificates.orgId, orgId))
    .orderBy(desc(certificates.awardedAt), desc(certificates.id));
}

async function requireCertificate(tx: Tx, orgId: string, certificateId: string) {
  return rowOfOrg(tx, certificates, orgId, { id: certificateId }, "certificate");
}

/** What the PDF prints: the organisation, the dates (the school day it was revoked, if it was) and the code. */
export function certificateForPrint(scope: OrgScope & { certificateId: string }) {
  return inOrg(scope, async (tx) => {
    const row = await requireCertificate(tx, scope.orgId, scope.certificateId);
    const school = await schoolNameOf(tx, scope.orgId);
    return { organisation: school, ...row, revokedOn: row.revokedAt ? schoolDate(row.revokedAt) : null };
  });
}

type RevokeRefusal = Refused<"alreadyRevoked">;

/** Revokes; once committed, this process's verification page forgets what it kept of the code. */
export async function revokeCertificate(
  scope: ViewerScope & { certificateId: string; reason: string },
): Promise<Outcome<object, RevokeRefusal>> {
  const outcome = await revokeInDatabase(scope);
  if (outcome.ok) forgetCode(outcome.code);
  return outcome;
}

function revokeInDatabase(
  scope: ViewerScope & { certificateId: string; reason: string },
): Promise<Outcome<{ code: string }, RevokeRefusal>> {
  return inOrg(scope, async (tx): Promise<Outcome<{ code: string }, RevokeRefusal>> => {
    const row = await requireCertificate(tx, scope.orgId, scope.certificateId);
    if (row.revokedAt) return refuse("alreadyRevoked", "certification.refusal.alreadyRevoked", "conflict");
    await tx
      .update(certificates)
      .set({ revokedAt: new Date(), revokedBy: scope.userId, revokedReason: scope.reason })
      .where(ofOrg(certificates, scope.orgId, { id: row.id }));
    await recordAuditBy(tx, scope, { action: "revoke", entity: "certificate", entityId: row.id, detail: scope.reason });
    return { ok: true, code: row.code };
  });
}

/** On or off the public list of certified organisations. */
export function setListed(scope: ViewerScope & { certificateId: string; listed: boolean }): Promise<void> {
  return inOrg(scope, async (tx) => {
    const row = await requireCertificate(tx, scope.orgId, scope.certificateId);
    if (row.listed === scope.listed) return;
    await tx
      .update(certificates)
      .set({ listed: scope.listed })
      .where(ofOrg(certificates, scope.orgId, { id: row.id }));
    await recordAuditBy(tx, scope, {
      action: "update",
      entity: "certificate",
      entityId: row.id,
      detail: scope.listed ? "listed" : "unlisted",
    });
  });
}
