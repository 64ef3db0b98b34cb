/**
 * Translation. Each catalog module exports `nl` (the source) and `en`, typed
 * so that a missing English string is a compile error. Placeholders: {name}. A text that
 * counts says so in ICU MessageFormat, `{n, plural, one {# bericht} other {# berichten}}`,
 * and is formatted by FormatJS's intl-messageformat with the language's plural rules.
 * This module holds the shared texts (catalog/core.ts); the features' catalogs are
 * listed in src/features/catalogs.ts, which adds their keys to `Messages` so that keys
 * stay checked, and the composition root registers them here. A key may have a second text for
 * childcare (see Wording below).
 */
import { IntlMessageFormat } from "intl-messageformat";
import * as core from "./catalog/core.js";

export const locales = ["nl", "en"] as const;
export type Locale = (typeof locales)[number];

/** One catalog module: the Dutch texts and the same keys in English. */
export interface Catalog {
  readonly nl: Readonly<Record<string, string>>;
  readonly en: Readonly<Record<string, string>>;
}

/** Catalogs by name (the name appears when two of them define the same key). */
export type Catalogs = Readonly<Record<string, Catalog>>;

/** The keys of some named catalogs, for the features' `Messages` augmentation. */
export type MessagesOf<C extends Catalogs> = Record<{ [N in keyof C]: keyof C[N]["nl"] & string }[keyof C], string>;

/**
 * Every key there is. The features' keys join in src/features/catalogs.ts:
 * `declare module "…/web/i18n/index.js" { interface Messages extends MessagesOf<typeof featureCatalogs> {} }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the features' augmentation
export interface Messages extends Record<keyof typeof core.nl, string> {}

/** A key as a view names it; its childcare variant ("…@childcare") is chosen by the translator, never named. */
export type MessageKey = Exclude<keyof Messages, `${string}${typeof CHILDCARE}`>;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

type Merged = Record<Locale, Record<string, string>>;

/**
 * Which words a page speaks. A preschool or daycare says "kinderen", "pedagogisch medewerker" and
 * "leidinggevende" where a school says "leerlingen", "leraar" and "schoolleider": such a key has a
 * childcare text under "<key>@childcare", which a childcare translator says instead. The request's
 * translator follows the viewer's current organisation (src/middleware/locale.ts), so views keep
 * calling t(key) without asking what they serve; docs/architecture.md, "Features plug in".
 */
export type Wording = "school" | "childcare";

const CHILDCARE = "@childcare";

/** The wording of an organisation of this type (organisations.type); a school's when there is none. */
export function wordingOf(orgType: string | null | undefined): Wording {
  return orgType === "preschool" || orgType === "daycare" ? "childcare" : "school";
}

/** The key a childcare variant stands in for, or null for a key that is no variant. */
function variantOf(key: string): string | null {
  return key.endsWith(CHILDCARE) ? key.slice(0, -CHILDCARE.length) : null;
}

/**
 * One catalog per locale from the shared one and the given ones. A key defined twice
 * is refused, naming both catalogs: merged silently, one text would replace the other.
 * So is a childcare variant of a key no catalog defines: nothing would ever say it.
 */
export function mergeCatalogs(named: Catalogs): Merged {
  const merged: Merged = { nl: {}, en: {} };
  const owners = new Map<string, string>();
  for (const [name, catalog] of Object.entries({ "web/core": core, ...named })) {
    for (const key of Object.keys(catalog.nl)) {
      const owner = owners.get(key);
      if (owner) throw new Error(`The message key "${key}" is defined in two catalogs: ${owner} and ${name}.`);
      owners.set(key, name);
    }
    Object.assign(merged.nl, catalog.nl);
    Object.assign(merged.en, catalog.en);
  }
  for (const [key, name] of owners) {
    const base = variantOf(key);
    if (base !== null && !owners.has(base))
      throw new Error(`The message key "${key}" (${name}) is a childcare text of "${base}", which no catalog defines.`);
  }
  return merged;
}

/** Per locale and wording, every key's text: childcare's is the school's with the variants in their keys' place. */
type Registered = Record<Locale, Record<Wording, Record<string, string>>>;

let registered: Registered | null = null;

/** Called once by the composition root (src/features/index.ts, or the CLI) with every feature's catalogs. */
export function registerCatalogs(named: Catalogs): void {
  const merged = mergeCatalogs(named);
  const wordings = (texts: Record<string, string>) => ({ school: texts, childcare: withVariants(texts) });
  registered = { nl: wordings(merged.nl), en: wordings(merged.en) };
}

/** The texts with each childcare variant in its key's place, made once so that a page pays nothing per text. */
function withVariants(texts: Record<string, string>): Record<string, string> {
  const childcare = { ...texts };
  for (const [key, text] of Object.entries(texts)) {
    const base = variantOf(key);
    if (base !== null) childcare[base] = text;
  }
  return childcare;
}

function catalogs(): Record<Locale, Record<Wording, Record<MessageKey, string>>> {
  if (!registered) throw new Error("No message catalogs registered: import src/features/index.js first.");
  // The features' augmentation of Messages declares what their registered catalogs hold.
  return registered as Record<Locale, Record<Wording, Record<MessageKey, string>>>;
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogs().nl.school, key) && variantOf(key) === null;
}

/**
 * A translator for one locale, in a school's words or childcare's (Wording); unknown placeholders are
 * left visible on purpose.
 */
export function translator(locale: Locale, wording: Wording = "school"): Translate {
  return (key, params) => {
    // Looked up at each call: a module may make its translator before the catalogs are registered.
    const text = catalogs()[locale][wording][key];
    if (!params) return text;
    return isCounting(text) ? count(locale, text, params) : fill(text, params);
  };
}

/** Whether a text has a plural form to choose ("{n, plural, …}"). */
export function isCounting(text: string): boolean {
  return text.includes(", plural,");
}

/** The counting texts, each parsed once per language. */
const counting = new Map<string, IntlMessageFormat>();

/** A counting text with its forms chosen by the language's plural rules and its placeholders filled. */
function count(locale: Locale, text: string, params: Record<string, string | number>): string {
  const id = `${locale}\u0000${text}`;
  let format = counting.get(id);
  if (!format) counting.set(id, (format = new IntlMessageFormat(text, locale)));
  return String(format.format(params));
}

/**
 * Each message split once at its placeholders: the literal texts at even indexes, the names
 * between them ("Op {date}" is ["Op ", "date", ""]). A page of 300 rows fills thousands of
 * messages; splitting each with a regular expression every time was a tenth of its rendering.
 * Only catalog texts are kept, so the map stays as small as the catalogs.
 */
const split = new Map<string, readonly string[]>();

/** `{name}` replaced by the parameter of that name; a placeholder without one stays as it is. */
function fill(text: string, params: Record<string, string | number>): string {
  let parts = split.get(text);
  if (!parts) split.set(text, (parts = text.split(/\{(\w+)\}/)));
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out += (name in params ? String(params[name]) : `{${name}}`) + parts[i + 1]!;
  }
  return out;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** A person's language as stored (their setting): Dutch when they chose none, or one no longer offered. */
export function localeOf(value: string | null | undefined): Locale {
  return isLocale(value) ? value : "nl";
}

/** The cookie that keeps a language chosen without an account (the language switch). */
export const LANGUAGE_COOKIE = "samen_lang";

/** The language chosen (a user's setting or the cookie) when it is one we have, else the browser's. */
export function chooseLocale(chosen: string | null | undefined, acceptLanguage: string | undefined): Locale {
  return isLocale(chosen) ? chosen : negotiateLocale(acceptLanguage);
}

/** Picks the best supported locale from an Accept-Language header; Dutch by default. */
export function negotiateLocale(header: string | undefined): Locale {
  if (!header) return "nl";
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...rest] = part.trim().split(";");
      const q = rest.find((p) => p.trim().startsWith("q="));
      return { lang: tag.toLowerCase().split("-")[0] ?? "", q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((r) => r.lang && !Number.isNaN(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((r) => r.lang).find(isLocale) ?? "nl";
}

export function textDirection(locale: string): "ltr" | "rtl" {
  return ["ar", "he", "fa", "ur"].includes(locale) ? "rtl" : "ltr";
}

/** Every key's text as the catalogs define it, childcare variants under their own keys (for the catalog's tests). */
export function catalogFor(locale: Locale): Readonly<Record<MessageKey, string>> {
  return catalogs()[locale].school;
}
