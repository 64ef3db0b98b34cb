/** A questionnaire text in the reader's language, or in Dutch marked as such when it has none (a school's own item without English). */
import type { Locale } from "../../../web/i18n/index.js";
import { InLanguage } from "../../../web/part-language.js";
import { pickText, type WrittenText } from "../domain/text.js";

export function Said({ text, locale }: { text: WrittenText; locale: Locale }) {
  const said = pickText(text, locale);
  return (
    <InLanguage lang={said.language} page={locale}>
      {said.text}
    </InLanguage>
  );
}
