/**
 * The certificate as a one-page PDF: the organisation, the date it was awarded, how long it is
 * valid, and the verification code with a QR code pointing at the public page that says whether
 * it still holds. Anyone can check a printed certificate without asking the school. A revoked
 * certificate still downloads (the school's record of what it had), but marked as revoked at the
 * top and where the validity stood, so no copy of it passes for a valid one.
 */
import { createDocument } from "../../lib/pdf/document.js";
import { ACCENT, BOLD, FONT, MARGIN, MUTED, TEXT, contentWidth, type Doc } from "../../lib/pdf/layout.js";
import { drawQrCode } from "../../lib/pdf/qr.js";
import { formatDate } from "../../lib/time/format.js";
import type { Locale, Translate } from "../../web/i18n/index.js";
import { formatCode } from "./domain/code.js";

export interface CertificatePrint {
  organisation: string;
  awardedOn: string;
  validUntil: string;
  code: string;
  /** The school day it was revoked; a revoked certificate says so instead of how long it is valid. */
  revokedOn: string | null;
  /** The public verification page, /certificaat/<code> on this server. */
  url: string;
}

const QR_SIZE = 130;
/** The error colour of the web pages (styles.css). */
const REVOKED = "#b3261e";

/** A band across the top of the page in the error colour, so a revoked copy is seen for what it is at a glance. */
function revokedMark(doc: Doc, text: string): void {
  const height = 44;
  doc.rect(MARGIN, doc.y - 30, contentWidth(doc), height).fill(REVOKED);
  doc
    .font(BOLD)
    .fontSize(24)
    .fillColor("#ffffff")
    .text(text, MARGIN, doc.y - 21, { width: contentWidth(doc), align: "center" });
  doc.y += 30;
}

export async function certificatePdf(t: Translate, locale: Locale, print: CertificatePrint): Promise<Buffer> {
  const title = t("certification.pdf.title");
  const { doc, done } = await createDocument({ locale, title: `${title} · ${print.organisation}`, author: "Samen" });
  const width = contentWidth(doc);
  const centred = { width, align: "center" as const };
  doc
    .rect(MARGIN / 2, MARGIN / 2, doc.page.width - MARGIN, doc.page.height - MARGIN)
    .lineWidth(3)
    .strokeColor(ACCENT)
    .stroke();
  doc.y = MARGIN + 60;
  if (print.revokedOn) revokedMark(doc, t("certification.pdf.revokedMark"));
  doc.font(BOLD).fontSize(28).fillColor(ACCENT).text(title, MARGIN, doc.y, centred);
  doc.moveDown(1.5).font(FONT).fontSize(13).fillColor(TEXT).text(t("certification.pdf.awardedTo"), centred);
  doc.moveDown(0.6).font(BOLD).fontSize(22).text(print.organisation, centred);
  doc
    .moveDown(1.2)
    .font(FONT)
    .fontSize(12)
    .text(t("certification.pdf.meaning"), MARGIN + 40, doc.y, {
      width: width - 80,
      align: "center",
    });
  doc.moveDown(2).fontSize(12);
  doc.text(t("certification.pdf.awardedOn", { date: formatDate(locale, print.awardedOn) }), MARGIN, doc.y, centred);
  doc.moveDown(0.4);
  if (print.revokedOn)
    doc
      .font(BOLD)
      .fillColor(REVOKED)
      .text(t("certification.pdf.revokedOn", { date: formatDate(locale, print.revokedOn) }), centred);
  else doc.text(t("certification.pdf.validUntil", { date: formatDate(locale, print.validUntil) }), centred);
  const qrTop = doc.y + 40;
  await drawQrCode(doc, print.url, { x: MARGIN + (width - QR_SIZE) / 2, y: qrTop, size: QR_SIZE });
  doc.y = qrTop + QR_SIZE + 10;
  doc.font(FONT).fontSize(10).fillColor(MUTED).text(t("certification.pdf.verify"), MARGIN, doc.y, centred);
  doc.moveDown(0.3).font(BOLD).fontSize(13).fillColor(TEXT).text(formatCode(print.code), centred);
  doc.moveDown(0.3).font(FONT).fontSize(9).fillColor(MUTED).text(print.url, centred);
  doc.end();
  return done;
}
