/**
 * Confirmation and reminder mails for bookings, each with a calendar invitation. Both guardians
 * of a child share a booking and both get the mail; when the round lets guardians who live apart book
 * separately, only the guardian whose booking it is. Each mail is in the recipient's language and
 * recorded in the transaction of the change (notify); a booking or change also queues its
 * reminder there (service/reminders.ts).
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { conversationBookings, conversationRounds, conversationSlots, users } from "../../../db/schema/index.js";
import { batchedJobs, type JobSender } from "../../../jobs/queue.js";
import { notify, type Recipient } from "../../../mail/notify.js";
import type { NotificationKind } from "../../../notifications/kinds.js";
import { conversationBooked, conversationChanged, conversationReminder } from "../notifications.js";
import { letter } from "../../../mail/letter.js";
import { mailAddressOf } from "../../../lib/calendar.js";
import type { Config } from "../../../config.js";
import { localeOf, type MessageKey, type Translate } from "../../../web/i18n/index.js";
import { childrenWithGuardians, type ChildWithGuardians } from "../../pupils/index.js";
import { formatSlot, formatMoment, intlLocale } from "../../../lib/time/format.js";
import { invitation, type NoticeKind } from "./ics.js";
import { scheduleReminders } from "./reminder-schedule.js";
import { roundOfBooking, slotOfBooking } from "./joins.js";
import { venuesOf, type Venue } from "./venues.js";
import { teacherLabel } from "../teacher-label.js";
import type { Round } from "./find-round.js";
import type { TimedSlot } from "../domain/rules.js";

/**
 * What a change needs to tell people about it: where links point, the queue for mails and
 * reminders, and the address the school's mails come from (the invitations' organiser).
 */
export interface Messenger {
  publicUrl: string;
  jobs: JobSender;
  noReplyAddress: string;
}

/** The messenger of a running app or job. */
export function messengerOf(config: Pick<Config, "publicUrl" | "MAIL_FROM">, jobs: JobSender): Messenger {
  return { publicUrl: config.publicUrl, jobs, noReplyAddress: mailAddressOf(config.MAIL_FROM) };
}

/** A guardian with an address, and their name for the greeting. */
export type NamedRecipient = Recipient & { name: string };

export interface BookingNotice {
  orgId: string;
  bookingId: string;
  sequence: number;
  roundId: string;
  roundName: string;
  changeDeadline: Date;
  pupilName: string;
  /** Null for a teacher who deleted their account (teacherLabel). */
  teacherName: string | null;
  startsAt: Date;
  endsAt: Date;
  /** When the guardians get their reminder; null when the round sends none. */
  remindAt: Date | null;
  venue: Venue;
  recipients: NamedRecipient[];
}

/** The notices for these bookings, read in the caller's transaction (before a cancellation deletes them). */
export async function loadNotices(tx: Tx, orgId: string, bookingIds: string[]): Promise<BookingNotice[]> {
  if (bookingIds.length === 0) return [];
  const rows = await tx
    .select({ booking: conversationBookings, round: conversationRounds, slot: conversationSlots })
    .from(conversationBookings)
    .innerJoin(conversationRounds, roundOfBooking)
    .innerJoin(conversationSlots, slotOfBooking)
    .where(and(eq(conversationBookings.orgId, orgId), inArray(conversationBookings.id, bookingIds)));
  const teacherNames = await namesOf(tx, [...new Set(rows.flatMap((r) => r.slot.teacherId ?? []))]);
  return noticesOf(
    tx,
    orgId,
    rows.map((r) => ({ ...r, teacherName: teacherNames.get(r.slot.teacherId ?? "") ?? null })),
  );
}

/** A booking with its round, its slot and the slot's teacher: what a notice says of it. */
export interface NoticeSource {
  booking: typeof conversationBookings.$inferSelect;
  round: Pick<Round, "id" | "name" | "changeDeadline" | "reminderHours">;
  slot: TimedSlot;
  /** Null for a teacher who deleted their account (teacherLabel). */
  teacherName: string | null;
}

/**
 * The notices for bookings whose round, slot and teacher the caller has read already (a new
 * booking: its checks read them, and the school's name); the children, their guardians and the
 * venues read here.
 */
export async function noticesOf(
  tx: Tx,
  orgId: string,
  sources: readonly NoticeSource[],
  school?: string,
): Promise<BookingNotice[]> {
  const pupilIds = [...new Set(sources.map((r) => r.booking.pupilId))];
  const children = await childrenWithGuardians(tx, orgId, pupilIds);
  const venues = await venuesOf(tx, orgId, pupilIds, school);
  const childOf = new Map(children.map((c) => [c.pupilId, c]));
  return sources.flatMap((source) => {
    const child = childOf.get(source.booking.pupilId);
    const venue = venues.get(source.booking.pupilId) ?? { school: "", location: "" };
    return child ? [noticeOf(source, child, venue)] : [];
  });
}

function noticeOf(
  { booking, round, slot, teacherName }: NoticeSource,
  child: ChildWithGuardians,
  venue: Venue,
): BookingNotice {
  return {
    orgId: booking.orgId,
    bookingId: booking.id,
    sequence: booking.sequence,
    roundId: round.id,
    roundName: round.name,
    changeDeadline: round.changeDeadline,
    pupilName: child.name,
    teacherName,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    remindAt: round.reminderHours > 0 ? new Date(slot.startsAt.getTime() - round.reminderHours * 3_600_000) : null,
    venue,
    recipients: child.guardians
      .filter((p) => !booking.separate || p.guardianId === booking.guardianId)
      .flatMap((p) => (p.email ? [{ email: p.email, name: p.name, locale: localeOf(p.locale) }] : [])),
  };
}

async function namesOf(tx: Tx, userIds: string[]) {
  if (userIds.length === 0) return new Map<string, string>();
  const rows = await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Records the mails (and, for a booking or change, queues the reminders) in the change's transaction. */
export async function notifyBookings(
  tx: Tx,
  messenger: Messenger,
  kind: NoticeKind,
  notices: BookingNotice[],
): Promise<void> {
  // The reminders and the mails' delivery jobs in one insert at the end.
  const jobs = batchedJobs(messenger.jobs);
  // A new version of the booking (its sequence raised) needs its own reminder: the old job finds it outdated.
  if (kind === "booked" || kind === "changed" || kind === "handedOver") await scheduleReminders(tx, { jobs }, notices);
  // Bookings made together (siblings booked in one go, a family placed by the fair allocation)
  // are confirmed in one mail per person and round, not one per child.
  const batches = kind === "booked" ? byRound(notices) : notices.map((n) => [n]);
  for (const batch of batches) {
    await notify(tx, jobs, NOTIFICATION_KINDS[kind], recipientsOf(batch), (recipient, t) => {
      const own = batch.filter((n) => n.recipients.some((r) => sameAddress(r, recipient)));
      const reader = { messenger, recipient, t };
      return own.length === 1 ? noticeMail(reader, kind, own[0]!) : bookedMail(reader, own);
    });
  }
  await jobs.flush(tx);
}

function byRound(notices: readonly BookingNotice[]): BookingNotice[][] {
  const rounds = new Map<string, BookingNotice[]>();
  for (const notice of notices) rounds.set(notice.roundId, [...(rounds.get(notice.roundId) ?? []), notice]);
  return [...rounds.values()];
}

const sameAddress = (a: NamedRecipient, b: NamedRecipient) => a.email.toLowerCase() === b.email.toLowerCase();

/** Every recipient of the notices once, so that nobody gets the same mail twice. */
function recipientsOf(notices: readonly BookingNotice[]): NamedRecipient[] {
  const all = notices.flatMap((n) => n.recipients);
  return all.filter((r, i) => all.findIndex((other) => sameAddress(r, other)) === i);
}

/** A moved or cancelled conversation, or one whose teacher changed or left, is one urgent kind: nobody may miss it. */
const NOTIFICATION_KINDS = {
  booked: conversationBooked,
  changed: conversationChanged,
  cancelled: conversationChanged,
  reminder: conversationReminder,
  handedOver: conversationChanged,
  teacherLeft: conversationChanged,
} as const satisfies Record<NoticeKind, NotificationKind>;

const TEXTS = {
  booked: { subject: "conversations.mail.bookedSubject", body: "conversations.mail.booked" },
  changed: { subject: "conversations.mail.changedSubject", body: "conversations.mail.booked" },
  cancelled: { subject: "conversations.mail.cancelledSubject", body: "conversations.mail.cancelled" },
  reminder: { subject: "conversations.mail.reminderSubject", body: "conversations.mail.reminder" },
  handedOver: { subject: "conversations.mail.handedOverSubject", body: "conversations.mail.handedOver" },
  teacherLeft: { subject: "conversations.mail.teacherLeftSubject", body: "conversations.mail.teacherLeft" },
} as const satisfies Record<NoticeKind, { subject: MessageKey; body: MessageKey }>;

/** Who a mail is written for, in their language, and where its links point. */
interface Reader {
  messenger: Messenger;
  recipient: NamedRecipient;
  t: Translate;
}

/** What a mail says of one booking, in the reader's language. */
function mailParams({ messenger, recipient, t }: Reader, notice: BookingNotice) {
  return {
    name: notice.pupilName,
    teacher: teacherLabel(t, notice.teacherName),
    round: notice.roundName,
    time: formatSlot(recipient.locale, notice.startsAt, notice.endsAt),
    deadline: formatMoment(recipient.locale, notice.changeDeadline),
    url: `${messenger.publicUrl}/conversations/rounds/${notice.roundId}/book`,
  };
}

/** The booking's calendar invitation for the reader. */
function invitationFor(reader: Reader, kind: NoticeKind, notice: BookingNotice) {
  const params = mailParams(reader, notice);
  const title = reader.t("conversations.ics.title", params);
  const { noReplyAddress } = reader.messenger;
  return invitation(kind, { ...notice, title, url: params.url, noReplyAddress, attendee: reader.recipient });
}

function noticeMail(reader: Reader, kind: NoticeKind, notice: BookingNotice) {
  const { t, recipient } = reader;
  const params = mailParams(reader, notice);
  const { subject, body } = TEXTS[kind];
  return {
    subject: t(subject, params),
    text: letter(t, { name: recipient.name, from: notice.venue.school }, t(body, params)),
    // The teacher has gone: nothing to put in a calendar until the school names who comes instead.
    ...(kind === "teacherLeft" ? {} : { attachments: [invitationFor(reader, kind, notice)] }),
  };
}

/** One confirmation of several bookings of one round: each child's time, and an invitation for each. */
function bookedMail(reader: Reader, notices: readonly BookingNotice[]) {
  const { t, recipient } = reader;
  const ordered = [...notices].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const entries = ordered.map((n) => mailParams(reader, n));
  const names = new Intl.ListFormat(intlLocale(recipient.locale), { type: "conjunction" }).format(
    entries.map((e) => e.name),
  );
  const list = entries.map((e) => t("conversations.mail.bookedEntry", e)).join("\n\n");
  const params = { ...entries[0]!, names, list };
  const from = ordered[0]!.venue.school;
  return {
    subject: t("conversations.mail.bookedTogetherSubject", params),
    text: letter(t, { name: recipient.name, from }, t("conversations.mail.bookedTogether", params)),
    attachments: ordered.map((n) => invitationFor(reader, "booked", n)),
  };
}
