/**
 * Rich text: Markdown that staff and parents write (news, messages, reactions), stored as its
 * source and rendered on read. Two locks, both well-kept libraries, no hand-written filtering:
 * markdown-it with `html: false` escapes any HTML typed in the source and refuses dangerous link
 * targets, and sanitize-html then keeps only an explicit allow-list of tags, attributes and URL
 * schemes, so a bug or a new feature in the parser still cannot let script or style through.
 *
 * Why render on read: the source is what the writer typed and what an edit shows them again, and a
 * change to the allow-list applies to everything already written. It is cheap enough: a 5 kB post
 * renders in well under a millisecond (figures in docs/rich-text.md).
 */
import type MarkdownIt from "markdown-it";
import type sanitizeHtml from "sanitize-html";
import { packageAtFirstUse } from "../load-package.js";

/** Attribute every link gets: no access to this page (noopener), no endorsement of the target (nofollow ugc). */
export const LINK_REL = "noopener nofollow ugc";

/** Both loaded with the first text rendered: many pages and every start need neither. */
const sanitizer = packageAtFirstUse<typeof sanitizeHtml>("sanitize-html");
const Parser = packageAtFirstUse<typeof MarkdownIt>("markdown-it");
let parser: InstanceType<typeof MarkdownIt> | undefined;

function markdown(): InstanceType<typeof MarkdownIt> {
  const Markdown = Parser();
  parser ??= new Markdown({ html: false, linkify: true, breaks: true, typographer: false })
    // An image would load from any server when a parent opens the page (a tracking pixel) and the
    // CSP blocks other origins anyway: pictures are attachments, checked and re-encoded.
    .disable(["image"]);
  return parser;
}

/**
 * A writer's heading levels move under the page's own: `#` is a section of the post (h3), never
 * the page's title (h1) or one of its sections (h2).
 */
const headings: Record<string, string> = { h1: "h3", h2: "h3", h3: "h4", h4: "h5", h5: "h5", h6: "h5" };

/** http(s), mailto, a path here ("/ideas") or a place on the page; not "//host", which leaves the site. */
const SAFE_HREF = /^(https?:|mailto:|\/(?!\/)|#)/i;

const allowList: sanitizeHtml.IOptions = {
  allowedTags: [
    ...["p", "br", "strong", "em", "s", "code", "pre", "blockquote", "hr"],
    ...["ul", "ol", "li", "a", "h3", "h4", "h5"],
    ...["table", "thead", "tbody", "tr", "th", "td"],
  ],
  allowedAttributes: { a: ["href", "rel"], ol: ["start"] },
  // Relative links (another page of Samen) have no scheme and stay; protocol-relative ones do not.
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  allowedStyles: {},
  transformTags: {
    ...Object.fromEntries(Object.entries(headings).map(([from, to]) => [from, to])),
    // A link elsewhere than the web, a mail address or a page here (a relative path) loses its
    // tag and keeps its text: sanitize-html would keep an <a> without href, a dead link.
    a: (tagName, attribs): sanitizeHtml.Tag =>
      SAFE_HREF.test(attribs.href ?? "")
        ? { tagName, attribs: { href: attribs.href ?? "", rel: LINK_REL } }
        : { tagName: "span", attribs: {} },
  },
};

/**
 * The last renderings by their source: a news page shows the same posts to every parent, and
 * rendering costs milliseconds where reading the cache costs microseconds (docs/rich-text.md).
 * The source is the key, so an edited text is rendered anew; the oldest entry goes first.
 */
const cache = new Map<string, string>();
const CACHE_ENTRIES = 1000;

/** The Markdown source as HTML that can be put in a page as it is. */
export function renderRichText(source: string): string {
  const cached = cache.get(source);
  if (cached !== undefined) return cached;
  const html = renderUncached(source);
  if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value ?? "");
  cache.set(source, html);
  return html;
}

/** Rendering without the cache, for the bench. */
export function renderUncached(source: string): string {
  return sanitizer()(markdown().render(source), allowList);
}

/** The parser, for the plain-text rendering (plain.ts), which walks its tokens. */
export function parseRichText(source: string) {
  return markdown().parse(source, {});
}
