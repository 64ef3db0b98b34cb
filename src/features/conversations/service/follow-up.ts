/**
 * The follow-up reminder: on the morning of the follow-up date the parents of the
 * conversation and its teacher get a mail with the agreements. The job may run more than
 * once (retries, a date changed back and forth): every address is claimed in
 * conversation_follow_up_reminders in the transaction that records its mail, so nobody gets
 * it twice; a job whose date is no longer the conversation's follow-up date does nothing.
 */
import { eq } from "drizzle-orm";
import { followUpJob } from "../follow-up-jobs.js";
import type { FollowUpJob } from "./job-data.js";
import { withOrg, type Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import {
  conversationBookings,
  conversationFollowUpReminders,
  conversationOutcomes,
  conversationSlots,
  users,
} from "../../../db/schema/index.js";
import { childrenWithGuardians, schoolNameOf, type ChildWithGuardians } from "../../pupils/index.js";
import type { Deps } from "../../../web/env.js";
import { notify, type Recipient } from "../../../mail/notify.js";
import { conversationFollowUp } from "../notifications.js";
import { localeOf, type Translate } from "../../../web/i18n/index.js";
import { localToUtc } from "../../../lib/time/zone.js";
import { formatSchoolDay } from "../../../lib/time/format.js";
import { outcomeOf, type Agreement } from "./outcomes.js";
import { bookingOfOutcome, slotOfBooking } from "./joins.js";
import { letter } from "../../../mail/letter.js";
import { teacherLabel } from "../teacher-label.js";

type NamedRecipient = Recipient & { name: string };

export { FOLLOW_UP_JOB, type FollowUpJob } from "./job-data.js";

/** When the reminder goes out: 08:00 school time on the follow-up date. */
export function followUpMoment(followUpOn: string): Date {
  return localToUtc(followUpOn, "08:00");
}

/** Queues the reminder in the transaction that set the date. */
export async function queueFollowUp(tx: Tx, jobs: Deps["jobs"], job: FollowUpJob): Promise<void> {
  await jobs.send(tx, followUpJob, job, { startAfter: followUpMoment(job.followUpOn) });
}

/** Records the reminders still due; returns how many mails were recorded. */
export async function sendFollowUpReminders(
  deps: Pick<Deps, "db" | "jobs" | "config">,
  job: FollowUpJob,
  now = new Date(),
): Promise<number> {
  if (now < followUpMoment(job.followUpOn)) return 0;
  return withOrg(deps.db, { orgId: job.orgId, userId: null }, async (tx) => {
    const claimed = await claim(tx, job);
    if (!claimed) return 0;
    await notify(tx, deps.jobs, conversationFollowUp, claimed.recipients, (recipient, t) =>
      reminderMail(deps.config.publicUrl, job, claimed, recipient, t),
    );
    return claimed.recipients.length;
  });
}

/** The agreements and the addresses not reminded yet for this date, claimed in one transaction. */
async function claim(tx: Tx, job: FollowUpJob) {
  const [row] = await tx
    .select({ booking: conversationBookings, teacher: users })
    .from(conversationOutcomes)
    .innerJoin(conversationBookings, bookingOfOutcome)
    .innerJoin(conversationSlots, slotOfBooking)
    .leftJoin(users, eq(users.id, conversationSlots.teacherId))
    .where(ofOrg(conversationOutcomes, job.orgId, { bookingId: job.bookingId, followUpOn: job.followUpOn }));
  const [pupil] = row ? await childrenWithGuardians(tx, job.orgId, [row.booking.pupilId]) : [];
  if (!row || !pupil) return null;
  const outcome = await outcomeOf(tx, job.orgId, job.bookingId);
  const parents = parentsOf(row.booking, pupil);
  // A teacher who deleted their account is reminded of nothing; the parents still are.
  const { teacher } = row;
  const all = [
    ...parents,
    ...(teacher ? [{ email: teacher.email, name: teacher.name, locale: localeOf(teacher.locale) }] : []),
  ];
  const everyone = all.filter((r, i) => all.findIndex((o) => o.email === r.email) === i);
  const fresh = await tx
    .insert(conversationFollowUpReminders)
    .values(
      everyone.map((r) => ({ orgId: job.orgId, bookingId: job.bookingId, followUpOn: job.followUpOn, email: r.email })),
    )
    .onConflictDoNothing()
    .returning({ email: conversationFollowUpReminders.email });
  return {
    pupilName: pupil.name,
    teacherName: teacher?.name ?? null,
    agreements: outcome?.agreements ?? [],
    school: await schoolNameOf(tx, job.orgId),
    recipients: everyone.filter((r) => fresh.some((f) => f.email === r.email)),
  };
}

/** The guardians in this conversation who have an address (only the booking guardian when separate). */
function parentsOf(booking: typeof conversationBookings.$inferSelect, pupil: ChildWithGuardians): NamedRecipient[] {
  return pupil.guardians
    .filter((r) => !booking.separate || r.guardianId === booking.guardianId)
    .flatMap((r) => (r.email ? [{ email: r.email, name: r.name, locale: localeOf(r.locale) }] : []));
}

function reminderMail(
  publicUrl: string,
  job: FollowUpJob,
  data: { pupilName: string; teacherName: string | null; school: string; agreements: Agreement[] },
  recipient: NamedRecipient,
  t: Translate,
) {
  const day = (date: string) => formatSchoolDay(recipient.locale, date);
  const lines = data.agreements.map(
    (a) =>
      `- ${t(`conversations.party.${a.party}`)}: ${a.what}` +
      (a.dueOn ? ` (${t("conversations.agree.dueOn", { date: day(a.dueOn) })})` : ""),
  );
  const params = {
    name: data.pupilName,
    teacher: teacherLabel(t, data.teacherName),
    agreements: lines.join("\n"),
    url: `${publicUrl}/conversations/bookings/${job.bookingId}/agreements`,
  };
  return {
    subject: t("conversations.followUp.subject", params),
    text: letter(t, { name: recipient.name, from: data.school }, t("conversations.followUp.body", params)),
  };
}
