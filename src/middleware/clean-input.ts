/**
 * Cleans every text input once, where it is parsed, before the CSRF check or any handler reads it:
 * query parameters, form fields (keys and values; files are left alone) and JSON bodies lose their
 * control characters (why, and which: src/web/text.ts). Hono keeps the parsed form and the body's
 * text per request, so every later parseBody()/formData()/json() gets the cleaned copy. A multipart
 * body that cannot be parsed rejects every read with UnreadableFormError: 400, not a crash.
 */
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { cleanJson, cleanText } from "../web/text.js";
import { readableForm } from "../web/errors.js";

const FORM = /^(multipart\/form-data|application\/x-www-form-urlencoded)/i;
const URL_ENCODED = /^application\/x-www-form-urlencoded/i;
const JSON_TYPE = /^application\/(.+\+)?json/i;

export const cleanInput = createMiddleware(async (c, next) => {
  cleanQuery(c);
  const type = c.req.header("content-type") ?? "";
  // Hono's cache holds the pending reads, though its type names the values.
  const cache = c.req.bodyCache as unknown as { formData?: Promise<FormData>; text?: Promise<string> };
  // A plain form is read as text and parsed as the fetch API's formData() would (URLSearchParams):
  // the server reads the text straight from the connection, where formData() first builds a
  // whole fetch Request with a stream around it.
  if (URL_ENCODED.test(type)) {
    const text = c.req.text();
    cache.formData = handled(text.then(urlEncodedForm));
    // Reading the text cached it as it came: a later read gets it cleaned, as a JSON body's.
    cache.text = handled(text.then(cleanText));
  } else if (FORM.test(type)) cache.formData = handled(readableForm(c.req.formData()).then(cleanForm));
  else if (JSON_TYPE.test(type)) cache.text = handled(c.req.text().then(cleanJsonText));
  await next();
});

/**
 * The query alone, for the pages that need no session (they answer before cleanInput, and before
 * the body limit, so they must not read a body here): a search for "\0" would reach the database.
 */
export const cleanQueryInput = createMiddleware(async (c, next) => {
  cleanQuery(c);
  await next();
});

/** A query with control characters is replaced by its cleaned copy (the request is rebuilt with it). */
function cleanQuery(c: Context): void {
  const url = new URL(c.req.url);
  if (!url.search) return;
  const cleaned = new URLSearchParams();
  for (const [key, value] of url.searchParams) cleaned.append(cleanText(key), cleanText(value));
  if (cleaned.toString() === url.searchParams.toString()) return;
  url.search = cleaned.toString();
  const raw = c.req.raw;
  c.req.raw = new Request(url, {
    method: raw.method,
    headers: raw.headers,
    body: raw.body,
    signal: raw.signal,
    ...(raw.body ? { duplex: "half" } : {}),
  });
}

function cleanForm(form: FormData): FormData {
  const cleaned = new FormData();
  form.forEach((value, key) => cleaned.append(cleanText(key), typeof value === "string" ? cleanText(value) : value));
  return cleaned;
}

function urlEncodedForm(text: string): FormData {
  const cleaned = new FormData();
  for (const [key, value] of new URLSearchParams(text)) cleaned.append(cleanText(key), cleanText(value));
  return cleaned;
}

/** Malformed JSON is passed on as it came, for the handler to refuse. */
function cleanJsonText(text: string): string {
  try {
    return JSON.stringify(cleanJson(JSON.parse(text)));
  } catch {
    return text;
  }
}

/** A body nobody reads must not fail as an unhandled rejection; readers still see the failure. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
