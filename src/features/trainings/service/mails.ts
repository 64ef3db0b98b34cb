/**
 * The mails of a registration, in the registrant's language: the confirmation link, a place (with
 * the calendar invitation), the waiting list, moving up, the cancellation (which takes the
 * invitation back), and the editors' changes: a date moved (a new invitation) or called off (a CANCEL). Each is recorded with notify() in the transaction of the change.
 */
import type { Config } from "../../../config.js";
import type { Tx } from "../../../db/client.js";
import type { TrainingRegistration, TrainingSession } from "../../../db/schema/index.js";
import type { Jobs } from "../../../jobs/queue.js";
import { calendarAttachment, mailAddressOf } from "../../../lib/calendar.js";
import { formatSlot } from "../../../lib/time/format.js";
import { letter } from "../../../mail/letter.js";
import { notify } from "../../../mail/notify.js";
import { localeOf, type Translate } from "../../../web/i18n/index.js";
import { CONFIRM_HOURS, linkToken } from "../domain/link-token.js";
import { trainingRegistration } from "../notifications.js";

export interface MailDeps {
  jobs: Pick<Jobs, "send">;
  config: Pick<Config, "publicUrl" | "MAIL_FROM" | "SECRET_KEY">;
}

export type SessionWithTitle = TrainingSession & { titleNl: string; titleEn: string; slug: string };

export type Mail = "confirm" | "placed" | "waiting" | "movedUp" | "cancelled" | "changed" | "dateCancelled";

export async function mailRegistrant(
  tx: Tx,
  deps: MailDeps,
  mail: Mail,
  registration: Pick<TrainingRegistration, "id" | "name" | "email" | "locale"> &
    Partial<Pick<TrainingRegistration, "state">>,
  session: SessionWithTitle,
  extra: { position?: number; withdrawInvitation?: boolean } = {},
): Promise<void> {
  const locale = localeOf(registration.locale);
  const recipient = { email: registration.email, locale, name: registration.name };
  await notify(tx, deps.jobs, trainingRegistration, [recipient], (to, t) => {
    const title = to.locale === "en" ? session.titleEn : session.titleNl;
    const base = deps.config.publicUrl;
    const token = linkToken(deps.config.SECRET_KEY, registration.id);
    const params = {
      title,
      when: formatSlot(to.locale, session.startsAt, session.endsAt),
      where: session.place || t("trainings.session.online"),
      url: `${base}/trainings/confirm/${token}`,
      cancel: `${base}/trainings/cancel/${token}`,
      page: `${base}/trainings/${session.slug}`,
      position: extra.position ?? 0,
      hours: CONFIRM_HOURS,
    };
    const text = (body: string) => letter(t, { name: to.name, from: "Samen" }, body);
    const invitation = (cancelled: boolean) => [calendarOf(deps, session, title, registration, cancelled, t)];
    if (mail === "changed") {
      // Those with a place get the invitation again with the session's new sequence, which replaces the old one.
      const placed = registration.state === "placed";
      return {
        subject: t("trainings.mail.changed.subject", params),
        text: text(t(placed ? "trainings.mail.changed.placed" : "trainings.mail.changed.waiting", params)),
        ...(placed ? { attachments: invitation(false) } : {}),
      };
    }
    // A place comes with the calendar invitation; a cancellation withdraws it when one was sent.
    const attachments =
      mail === "placed" || mail === "movedUp"
        ? invitation(false)
        : (mail === "cancelled" || mail === "dateCancelled") && extra.withdrawInvitation
          ? invitation(true)
          : undefined;
    return {
      subject: t(`trainings.mail.${mail}.subject`, params),
      text: text(t(`trainings.mail.${mail}.text`, params)),
      ...(attachments ? { attachments } : {}),
    };
  });
}

function calendarOf(
  deps: MailDeps,
  session: SessionWithTitle,
  title: string,
  registration: Pick<TrainingRegistration, "id" | "name" | "email">,
  cancelled: boolean,
  t: Translate,
) {
  return calendarAttachment({
    uid: `training-${registration.id}@samen`,
    sequence: session.sequence + (cancelled ? 1 : 0),
    title,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    url: `${deps.config.publicUrl}/trainings/${session.slug}`,
    location: session.place || session.onlineUrl || t("trainings.session.online"),
    organiser: { name: "Samen", email: mailAddressOf(deps.config.MAIL_FROM) },
    attendee: { name: registration.name, email: registration.email },
    cancelled,
    productId: "samen/trainings",
    filename: cancelled ? "afgemeld.ics" : "training.ics",
  });
}
