/**
 * What delivery adds to a recorded mail: the footer with the unsubscribe link (or, for an
 * urgent kind, why it always comes) and, for an account, the link to its settings page, the List-Unsubscribe
 * headers for one-click unsubscribing (RFC 8058), and an HTML version of the same text, escaped,
 * in the recipient's language. Added at delivery rather than at recording, so no feature needs
 * the secret key or the address of the site, and the stored body stays the feature's own text.
 */
import { kindNamed } from "../notifications/kinds.js";
import { DIGEST, unsubscribeToken } from "../notifications/unsubscribe-token.js";
import { localeOf, translator, type Locale, type Translate } from "../web/i18n/index.js";

export interface MailLinks {
  publicUrl: string;
  secretKey: string;
}

export interface RecordedMail {
  subject: string;
  text: string;
  kind: string | null;
  userId: string | null;
  locale: string | null;
}

export interface ComposedMail {
  text: string;
  html: string;
  headers: Record<string, string>;
}

export const SETTINGS_PATH = "/account/notifications";

export function unsubscribeUrl(links: MailLinks, userId: string, kind: string): string {
  return `${links.publicUrl}/unsubscribe/${unsubscribeToken(links.secretKey, { userId, kind })}`;
}

/** The footer and headers for this mail; none for a mail that is no notification (a sign-in link). */
function footerOf(mail: RecordedMail, links: MailLinks | undefined, t: Translate) {
  if (!mail.kind || !links) return { lines: [], headers: {} };
  const urgent = kindNamed(mail.kind)?.urgent ? [t("mail.footer.urgent")] : [];
  // The settings page needs an account: an address without one (a training's registrant, a panel member) has none.
  if (!mail.userId) return { lines: urgent, headers: {} };
  const settings = t("mail.footer.settings", { url: `${links.publicUrl}${SETTINGS_PATH}` });
  if (urgent.length > 0) return { lines: [...urgent, settings], headers: {} };
  const url = unsubscribeUrl(links, mail.userId, mail.kind);
  const line = t(mail.kind === DIGEST ? "mail.footer.digest" : "mail.footer.unsubscribe", { url });
  const headers = { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
  return { lines: [line, settings], headers };
}

export function composeMail(mail: RecordedMail, links?: MailLinks): ComposedMail {
  const locale: Locale = localeOf(mail.locale);
  const footer = footerOf(mail, links, translator(locale));
  const text = footer.lines.length > 0 ? `${mail.text}\n\n-- \n${footer.lines.join("\n")}` : mail.text;
  return { text, html: htmlOf(mail.subject, mail.text, footer.lines, locale), headers: footer.headers };
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A link's end: a mail client's sentence punctuation after a URL is not part of it. */
const URL_IN_TEXT = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g;

/** Escaped, with its web addresses as links and its lines kept. */
function paragraph(text: string): string {
  const linked = escapeHtml(text).replace(URL_IN_TEXT, (url) => `<a href="${url}">${url}</a>`);
  return `<p>${linked.split("\n").join("<br>\n")}</p>`;
}

/** The same text as simple HTML: paragraphs where the text has blank lines, the footer apart. */
function htmlOf(subject: string, text: string, footer: readonly string[], locale: Locale): string {
  const body = text
    .split(/\n{2,}/)
    .map(paragraph)
    .join("\n");
  const foot = footer.length > 0 ? `\n<hr>\n<footer>${footer.map(paragraph).join("\n")}</footer>` : "";
  return (
    `<!doctype html>\n<html lang="${locale}">\n<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n` +
    `<body>\n${body}${foot}\n</body>\n</html>\n`
  );
}
