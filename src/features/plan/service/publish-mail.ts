/**
 * The mail that tells parents the plan is published, with the link to it: recorded in the
 * transaction that publishes (notify(), a transactional outbox), in each parent's language. The
 * first publication always mails; a later one only when the publisher asked to (a typo fixed
 * should not reach every family), see publishPlan.
 */
import type { Tx } from "../../../db/client.js";
import { letter } from "../../../mail/letter.js";
import { asRecipient, notify, type MailDeps } from "../../../mail/notify.js";
import { planPublished } from "../notifications.js";
import { parentAccountsOf, schoolNameOf } from "../../pupils/index.js";

/** Mails every parent of the organisation; returns how many mails were recorded. */
export async function mailParentsOfPublication(
  tx: Tx,
  deps: MailDeps,
  publication: { orgId: string; version: number; first: boolean },
): Promise<number> {
  const parents = await parentAccountsOf(tx, publication.orgId);
  if (!parents.length) return 0;
  const school = await schoolNameOf(tx, publication.orgId);
  const link = `${deps.publicUrl}/plan/for-parents`;
  const recipients = parents.map(asRecipient);
  const kind = publication.first ? "published" : "updated";
  await notify(tx, deps.jobs, planPublished, recipients, (to, t) => ({
    subject: t(`plan.mail.${kind}.subject`, { org: school }),
    text: letter(
      t,
      { name: to.name, from: school },
      t(`plan.mail.${kind}.text`, { link, version: publication.version }),
    ),
  }));
  return recipients.length;
}
