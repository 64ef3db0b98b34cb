/**
 * The forms a person can reach: pages found by following links from a start page (GET only), and
 * every form on them with the fields a browser would send. For attack tests that post every
 * form with one field changed.
 */
import type { TestClient } from "../helpers/app.js";

export interface Field {
  name: string;
  value: string;
  /** Whether a person types into it (text inputs, text areas), rather than picks or carries it. */
  typed: boolean;
}

export interface Form {
  method: "get" | "post";
  action: string;
  /** The page the form was found on, for messages. */
  page: string;
  fields: Field[];
}

const ID = /\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=\/|$)|\/m\/[A-Za-z0-9_-]{43}/gi;
const FILE = /\.(pdf|csv|xlsx|ics)$|\/(export|download)/;
const UNTYPED = new Set(["hidden", "checkbox", "radio", "submit", "button", "file", "image", "reset"]);

/** The kind of a path: ids and tokens replaced, so /pupils/<a> and /pupils/<b> count once. */
export const kindOf = (path: string) => path.replace(ID, "/:id");

/** The forms on the pages reachable from `start`, one per kind of action and set of fields not `known` yet. */
export async function reachableForms(
  client: TestClient,
  start: string,
  skip: RegExp,
  known = new Set<string>(),
  limit = 120,
): Promise<Form[]> {
  const queue = [start];
  const seen = new Set([kindOf(start)]);
  const forms: Form[] = [];
  for (let visited = 0; queue.length && visited < limit; visited++) {
    const path = queue.shift() ?? start;
    const response = await client.get(path);
    const moved = response.headers.get("location");
    if (moved?.startsWith("/") && !seen.has(kindOf(moved))) {
      seen.add(kindOf(moved));
      queue.push(moved);
    }
    if (!(response.headers.get("content-type") ?? "").includes("text/html")) continue;
    const html = await response.text();
    for (const form of formsOn(html, path)) {
      const key = `${form.method} ${kindOf(form.action)} ${form.fields.map((f) => f.name).join(",")}`;
      if (skip.test(form.action) || known.has(key)) continue;
      known.add(key);
      forms.push(form);
    }
    for (const next of linksOn(html)) {
      if (FILE.test(next) || skip.test(next) || seen.has(kindOf(next))) continue;
      seen.add(kindOf(next));
      queue.push(next);
    }
  }
  return forms;
}

function linksOn(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\bhref="(\/[^"]*)"/g)].map((m) => decode(m[1]!).split(/[?#]/)[0]!);
}

export function formsOn(html: string, page: string): Form[] {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].map(([, attributes = "", body = ""]) => ({
    method: attribute(attributes, "method")?.toLowerCase() === "post" ? "post" : "get",
    action: attribute(attributes, "action") ?? page,
    page,
    fields: fieldsOf(body),
  }));
}

function fieldsOf(body: string): Field[] {
  const fields: Field[] = [];
  const radios = new Map<string, Field>();
  for (const [tag] of body.matchAll(/<input\b[^>]*>/g)) {
    const name = attribute(tag, "name");
    const type = attribute(tag, "type") ?? "text";
    // The client sends its own CSRF token and, as for a form shown anew, a new one-time token.
    if (!name || name === "_csrf" || name === "_once" || type === "file" || type === "submit") continue;
    const checked = /\bchecked\b/.test(tag);
    const field = { name, value: attribute(tag, "value") ?? "", typed: !UNTYPED.has(type) };
    if (type === "checkbox" && !checked) continue;
    // A radio group sends its checked option; here its first when none is checked.
    if (type === "radio") {
      if (!radios.has(name) || checked) radios.set(name, field);
      continue;
    }
    fields.push(field);
  }
  fields.push(...radios.values());
  for (const [, attributes = "", text = ""] of body.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = attribute(attributes, "name");
    if (name) fields.push({ name, value: decode(text), typed: true });
  }
  for (const [, attributes = "", options = ""] of body.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = attribute(attributes, "name");
    const chosen = options.match(/<option\b[^>]*\bselected\b[^>]*>/)?.[0] ?? options.match(/<option\b[^>]*>/)?.[0];
    if (name) fields.push({ name, value: (chosen && attribute(chosen, "value")) ?? "", typed: false });
  }
  const button = body.match(/<button\b[^>]*\bname="[^"]+"[^>]*>/)?.[0];
  if (button) fields.push({ name: attribute(button, "name")!, value: attribute(button, "value") ?? "", typed: false });
  return fields;
}

function attribute(tag: string, name: string): string | undefined {
  const value = tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
  return value === undefined ? undefined : decode(value);
}

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
