/**
 * Rich text in a page: the Markdown source rendered and sanitised (src/lib/rich-text), put in as
 * HTML. The one place a page inserts HTML it did not build itself; nothing else may use `raw`
 * for what a person wrote.
 */
import { raw } from "hono/html";
import { renderRichText } from "../../lib/rich-text/render.js";

/** `lang` when the text's language is known and not the page's (src/web/part-language.ts). */
export function RichText({ source, lang }: { source: string; lang?: string | undefined }) {
  return (
    <div class="rich-text" lang={lang}>
      {raw(renderRichText(source))}
    </div>
  );
}
