/**
 * The guide as a printable PDF, for schools that hold the conversation on paper: the
 * questions of each voice with lines to write on (one page per voice), then a page for the
 * agreements and the follow-up date.
 */
import { createDocument } from "../../../lib/pdf/document.js";
import { ACCENT, BOLD, FONT, MARGIN, MUTED, TEXT, writingLines, type Doc } from "../../../lib/pdf/layout.js";
import type { Locale, Translate, Wording } from "../../../web/i18n/index.js";
import { askedIn, currentGuide, VOICES, type Voice } from "../domain/guide.js";

/** The guide in `t`'s language and words; `wording` the same words for its questions (a daycare's or a school's). */
export async function guidePdf(
  t: Translate,
  locale: Locale,
  options: { wording?: Wording; compress?: boolean } = {},
): Promise<Buffer> {
  const { doc, done } = await createDocument({
    locale,
    title: t("conversations.guide.title"),
    compress: options.compress,
  });
  VOICES.forEach((voice, i) => {
    if (i > 0) doc.addPage();
    voicePage(doc, t, locale, options.wording ?? "school", voice);
  });
  doc.addPage();
  agreementsPage(doc, t);
  doc.end();
  return done;
}

function header(doc: Doc, t: Translate, title: string) {
  doc.font(BOLD).fontSize(16).fillColor(TEXT).text(t("conversations.guide.title"));
  doc
    .font(FONT)
    .fontSize(9)
    .fillColor(MUTED)
    .text(t("conversations.guide.version", { version: currentGuide.version }));
  doc.moveDown(0.5).font(BOLD).fontSize(13).fillColor(ACCENT).text(title);
  doc.moveDown(0.5).font(FONT).fontSize(10).fillColor(TEXT);
}

function nameAndDate(doc: Doc, t: Translate) {
  doc.text(`${t("conversations.guide.pupilName")}: ____________________________`);
  doc.moveDown(0.3).text(`${t("conversations.guide.date")}: ____________________________`);
  doc.moveDown(0.8);
}

function voicePage(doc: Doc, t: Translate, locale: Locale, wording: Wording, voice: Voice) {
  header(doc, t, t(`conversations.guide.for.${voice}`));
  doc.text(voice === "pupil" ? t("conversations.prepare.intro.pupil") : t("conversations.guide.intro"));
  doc.moveDown(0.8);
  nameAndDate(doc, t);
  for (const question of currentGuide.questions) {
    doc
      .font(BOLD)
      .fontSize(11)
      .text(askedIn(question, voice, locale, wording));
    doc.font(FONT).fontSize(10);
    writingLines(doc, 3);
  }
}

function agreementsPage(doc: Doc, t: Translate) {
  header(doc, t, t("conversations.guide.agreements"));
  nameAndDate(doc, t);
  const columns = [t("conversations.agree.party"), t("conversations.agree.what"), t("conversations.agree.due")];
  const width = doc.page.width - 2 * MARGIN;
  const x = [MARGIN, MARGIN + width * 0.2, MARGIN + width * 0.75];
  const top = doc.y;
  doc.font(BOLD).fontSize(10);
  columns.forEach((label, i) => doc.text(label, x[i], top, { width: width * 0.5, lineBreak: false }));
  doc.font(FONT).x = MARGIN;
  doc.y = top + 6;
  writingLines(doc, 10);
  doc.text(`${t("conversations.guide.followUp")}: ____________________________`, MARGIN);
}
