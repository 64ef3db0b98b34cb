/**
 * The guide as a printable PDF, for schools that hold the conversation on paper: the
 * questions of each voice with lines to write on (one page per voice), then a page for the
 * agreements and the follow-up date. `compress: false` leaves the text readable, for tests.
 */
import PDFDocument from "pdfkit";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import { currentGuide, VOICES, type Voice } from "../domain/guide.js";

type Doc = InstanceType<typeof PDFDocument>;

const MARGIN = 56;
const LINE_GAP = 22;

export function guidePdf(t: Translate, locale: Locale, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc: Doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    compress: options.compress ?? true,
    lang: locale,
    info: { Title: t("conversations.guide.title") },
  });
  const done = collect(doc);
  VOICES.forEach((voice, i) => {
    if (i > 0) doc.addPage();
    voicePage(doc, t, locale, voice);
  });
  doc.addPage();
  agreementsPage(doc, t);
  doc.end();
  return done;
}

function header(doc: Doc, t: Translate, title: string) {
  doc.font("Helvetica-Bold").fontSize(16).fillColor("#1d1f24").text(t("conversations.guide.title"));
  doc
    .font("Helvetica")
    .fontSize(9)
    .fillColor("#4a4f59")
    .text(t("conversations.guide.version", { version: currentGuide.version }));
  doc.moveDown(0.5).font("Helvetica-Bold").fontSize(13).fillColor("#1f5f8b").text(title);
  doc.moveDown(0.5).font("Helvetica").fontSize(10).fillColor("#1d1f24");
}

/** Writing lines across the page, from the current position. */
function lines(doc: Doc, count: number) {
  const right = doc.page.width - MARGIN;
  for (let i = 0; i < count; i++) {
    const y = doc.y + LINE_GAP;
    doc.moveTo(MARGIN, y).lineTo(right, y).lineWidth(0.5).strokeColor("#c9ccd3").stroke();
    doc.y = y;
  }
  doc.moveDown(0.8);
}

function nameAndDate(doc: Doc, t: Translate) {
  doc.text(`${t("conversations.guide.pupilName")}: ____________________________`);
  doc.moveDown(0.3).text(`${t("conversations.guide.date")}: ____________________________`);
  doc.moveDown(0.8);
}

function voicePage(doc: Doc, t: Translate, locale: Locale, voice: Voice) {
  header(doc, t, t(`conversations.guide.for.${voice}`));
  doc.text(voice === "pupil" ? t("conversations.prepare.intro.pupil") : t("conversations.guide.intro"));
  doc.moveDown(0.8);
  nameAndDate(doc, t);
  for (const question of currentGuide.questions) {
    doc.font("Helvetica-Bold").fontSize(11).text(question.ask[voice][locale]);
    doc.font("Helvetica").fontSize(10);
    lines(doc, 3);
  }
}

function agreementsPage(doc: Doc, t: Translate) {
  header(doc, t, t("conversations.guide.agreements"));
  nameAndDate(doc, t);
  const columns = [t("conversations.agree.party"), t("conversations.agree.what"), t("conversations.agree.due")];
  const width = doc.page.width - 2 * MARGIN;
  const x = [MARGIN, MARGIN + width * 0.2, MARGIN + width * 0.75];
  const top = doc.y;
  doc.font("Helvetica-Bold").fontSize(10);
  columns.forEach((label, i) => doc.text(label, x[i], top, { width: width * 0.5, lineBreak: false }));
  doc.font("Helvetica").x = MARGIN;
  doc.y = top + 6;
  lines(doc, 10);
  doc.text(`${t("conversations.guide.followUp")}: ____________________________`, MARGIN);
}

function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}
