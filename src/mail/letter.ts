/**
 * The frame every mail to a person has: "Beste <name>," above the text and the sender's name
 * below it, in the recipient's language. A mail whose whole text is one catalog entry writes
 * the frame itself; a mail built from parts (conversations) passes its body here.
 */
import type { Translate } from "../web/i18n/index.js";

export interface LetterFrame {
  /** The recipient's name; empty for a guardian the school knows by address only. */
  name: string;
  /** Who signs: the school's name. */
  from: string;
}

export function letter(t: Translate, frame: LetterFrame, body: string): string {
  const greeting = frame.name ? t("mail.greeting", { name: frame.name }) : t("mail.greetingParent");
  return `${greeting}\n\n${body}\n\n${t("mail.signOff", { org: frame.from })}`;
}
