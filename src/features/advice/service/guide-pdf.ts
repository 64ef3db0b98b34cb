/** A guide of the library as a PDF: its title and its text, from the Markdown as plain paragraphs. */
import { createDocument, footer } from "../../../lib/pdf/document.js";
import { heading, paragraph } from "../../../lib/pdf/layout.js";
import { richTextAsPlain } from "../../../lib/rich-text/plain.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { ItemView } from "./items.js";

export async function adviceGuidePdf(
  t: Translate,
  locale: Locale,
  item: ItemView,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const { doc, done } = await createDocument({
    locale,
    title: item.title,
    compress: options.compress,
    bufferPages: true,
  });
  heading(doc, item.title);
  for (const block of richTextAsPlain(item.body).split(/\n{2,}/)) paragraph(doc, block.trim());
  footer(doc, (page) => `${item.title} · ${t("app.name")} · ${page}`);
  doc.end();
  return done;
}
