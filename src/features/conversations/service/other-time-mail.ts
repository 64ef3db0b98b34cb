/** The teacher's answer to a request for another time, mailed to the guardian who asked. */
import { isLocale, translator } from "../../../web/i18n/index.js";
import { formatSlot } from "../../../lib/time/format.js";
import type { Messenger } from "./notices.js";

export type AnswerMail = {
  to: string;
  locale: string | null;
  message: string;
  time: { startsAt: Date; endsAt: Date } | null;
};

/** Sends after the commit; a failed mail is logged and does not undo the answer. */
export async function sendAnswerMail(messenger: Messenger, mail: AnswerMail) {
  const locale = isLocale(mail.locale) ? mail.locale : "nl";
  const t = translator(locale);
  const time = mail.time ? formatSlot(locale, mail.time.startsAt, mail.time.endsAt) : "";
  try {
    await messenger.mailer.send({
      to: mail.to,
      subject: t("conversations.otherTime.mail.subject"),
      text: t(time ? "conversations.otherTime.mail.withTime" : "conversations.otherTime.mail.message", {
        message: mail.message,
        time,
      }),
    });
  } catch (error) {
    messenger.logger.error({ err: error }, "other time answer not sent");
  }
}
