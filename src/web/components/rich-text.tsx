/**
 * Rich text in a page: the Markdown source rendered and sanitised (src/lib/rich-text), put in as
 * HTML. The one place a page inserts HTML it did not build itself; nothing else may use `raw`
 * for what a person wrote.
 */
import { raw } from "hono/html";
import { renderRichText } from "../../lib/rich-text/render.js";

export function RichText({ source }: { source: string }) {
  return <div class="rich-text">{raw(renderRichText(source))}</div>;
}
