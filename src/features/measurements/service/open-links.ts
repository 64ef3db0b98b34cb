/**
 * Closing or renewing a class's open link. The printed code is the weak spot of the open link: anyone
 * who holds it (a photo of the letter, a code left on a tablet) can answer, up to the places of the
 * class (open-link-room.ts). So whoever runs the measurement can close a link that is not needed
 * (every parent of the class has an e-mail address) or was shared too widely, and give the class a
 * new one. Either way the personal links the old one gave and that have not been sent stop working,
 * with what was saved in them: otherwise someone could start many before the link is closed and send
 * them afterwards. What was sent stays. Nothing here is about a person.
 */
import { newToken } from "../../../auth/tokens.js";
import { recordAudit } from "../../../audit/record.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";
import { measurementAudiences, measurementInvitations, measurements } from "../../../db/schema/index.js";
import { NotFoundError } from "../../../web/errors.js";
import { refuse, type Outcome } from "../../../web/outcome.js";

export type OpenLinkChange = "close" | "renew";

export function changeOpenLink(
  scope: OrgScope,
  measurementId: string,
  audienceId: string,
  change: OpenLinkChange,
): Promise<Outcome> {
  const { orgId } = scope;
  return inOrg(scope, async (tx) => {
    const [measurement] = await tx
      .select({ status: measurements.status })
      .from(measurements)
      .where(ofOrg(measurements, orgId, { id: measurementId }));
    if (!measurement) throw new NotFoundError("measurement");
    if (measurement.status === "closed") {
      return refuse("closed", "measure.links.change.closed", "conflict");
    }
    // Locked as a send through the link locks it, so no send slips between the count and the change.
    const [audience] = await tx
      .select({ group: measurementAudiences.respondentGroup })
      .from(measurementAudiences)
      .where(ofOrg(measurementAudiences, orgId, { id: audienceId, measurementId }))
      .for("update");
    if (!audience || audience.group === "team") return refuse("noLink", "measure.links.change.none", "invalid");
    await tx
      .update(measurementAudiences)
      .set({ openToken: change === "renew" ? newToken() : null })
      .where(ofOrg(measurementAudiences, orgId, { id: audienceId }));
    await tx
      .delete(measurementInvitations)
      .where(ofOrg(measurementInvitations, orgId, { audienceId, kind: "open_link", responded: false }));
    await recordAudit(tx, {
      orgId,
      userId: scope.userId,
      action: change === "renew" ? "reset" : "close",
      entity: "measurement",
      entityId: measurementId,
      detail: "open link",
    });
    return { ok: true };
  });
}
