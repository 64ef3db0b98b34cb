/** The teacher's answer to a request for another time, mailed to the guardian who asked. */
import type { Tx } from "../../../db/client.js";
import { notify } from "../../../mail/notify.js";
import { conversationRequest } from "../notifications.js";
import { localeOf } from "../../../web/i18n/index.js";
import { formatSlot } from "../../../lib/time/format.js";
import type { Messenger } from "./notices.js";
import { letter } from "../../../mail/letter.js";

export type AnswerMail = {
  to: string;
  name: string;
  /** The school's name, which signs the mail. */
  school: string;
  locale: string | null;
  message: string;
  time: { startsAt: Date; endsAt: Date } | null;
};

/** Records the mail in the answer's transaction. */
export function notifyAnswer(tx: Tx, messenger: Messenger, mail: AnswerMail): Promise<void> {
  const recipient = { email: mail.to, locale: localeOf(mail.locale) };
  return notify(tx, messenger.jobs, conversationRequest, [recipient], ({ locale }, t) => {
    const time = mail.time ? formatSlot(locale, mail.time.startsAt, mail.time.endsAt) : "";
    return {
      subject: t("conversations.otherTime.mail.subject"),
      text: letter(
        t,
        { name: mail.name, from: mail.school },
        t(time ? "conversations.otherTime.mail.withTime" : "conversations.otherTime.mail.message", {
          message: mail.message,
          time,
        }),
      ),
    };
  });
}
