/**
 * Cancelling an event (the owner decides when: a skipped parent evening): everyone signed up gets
 * a mail with an iTIP CANCEL of the invitation their reminder carried (same UID, a higher
 * SEQUENCE), so a calendar that has the evening removes it; then the sign-ups are deleted. All in
 * the owner's transaction, with the event's row locked, so a sign-up arriving at the same moment
 * is counted before (and mailed) or refused after. Cancelling twice mails nobody twice. An event
 * that has started is refused (domain/cancelling.ts), whoever owns it.
 */
import { eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { eventSignups, events, users } from "../../../db/schema/index.js";
import { formatSlot } from "../../../lib/time/format.js";
import { letter } from "../../../mail/letter.js";
import { asRecipient, notify } from "../../../mail/notify.js";
import { eventCancelled } from "../notifications.js";
import type { Deps } from "../../../web/env.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { invitationOf } from "./invitation.js";
import { schoolNameOf } from "../../pupils/index.js";
import { lockedEvent } from "./events.js";
import { tooLateToCancel } from "../domain/cancelling.js";

export type CancelDeps = Pick<Deps, "jobs" | "config">;

/**
 * How many people were mailed, and whether it was cancelled already (then nobody is mailed:
 * a second press must not read as "nobody had signed up").
 */
export interface Cancelled {
  mailed: number;
  alreadyCancelled: boolean;
}

export async function cancelEvent(
  tx: Tx,
  deps: CancelDeps,
  key: { orgId: string; eventId: string; now?: Date },
): Promise<Outcome<Cancelled, Refused<"started">>> {
  const now = key.now ?? new Date();
  const event = await lockedEvent(tx, key.orgId, key.eventId);
  if (tooLateToCancel({ startsAt: event.startsAt, cancelled: event.cancelledAt !== null }, now))
    return refuse("started", "events.refusal.cancelStarted", "conflict");
  if (event.cancelledAt) return { ok: true, mailed: 0, alreadyCancelled: true };
  const signedUp = await tx
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(eventSignups)
    .innerJoin(users, eq(users.id, eventSignups.userId))
    .where(ofOrg(eventSignups, key.orgId, { eventId: key.eventId }));
  const recipients = signedUp.map(asRecipient);
  const cancelled = { ...event, sequence: event.sequence + 1 };
  await tx
    .update(events)
    .set({ cancelledAt: now, sequence: cancelled.sequence, cancelMailed: recipients.length })
    .where(ofOrg(events, key.orgId, { id: key.eventId }));
  const school = await schoolNameOf(tx, key.orgId);
  await notify(tx, deps.jobs, eventCancelled, recipients, (to, t) => {
    const params = { title: event.title, time: formatSlot(to.locale, event.startsAt, event.endsAt) };
    return {
      subject: t("events.mail.cancelled.subject", params),
      text: letter(t, { name: to.name, from: school }, t("events.mail.cancelled.text", params)),
      attachments: [invitationOf(deps.config, cancelled, school, to, true)],
    };
  });
  await tx.delete(eventSignups).where(ofOrg(eventSignups, key.orgId, { eventId: key.eventId }));
  return { ok: true, mailed: recipients.length, alreadyCancelled: false };
}
