/**
 * Translation. Each catalog module exports `nl` (the source) and `en`, typed
 * so that a missing English string is a compile error. Placeholders: {name}.
 */
import * as core from "./catalog/core.js";
import * as auth from "./catalog/auth.js";
import * as home from "./catalog/home.js";
import * as organisations from "./catalog/organisations.js";
import * as imports from "../../features/import/messages.js";
import * as importScreens from "../../features/import/ui-messages.js";
import * as twoFactor from "./catalog/two-factor.js";
import * as pupils from "./catalog/pupils.js";
import * as measurements from "../../features/measurements/messages.js";
import * as measurementAnswers from "../../features/measurements/answer-messages.js";
import * as measurementRuns from "../../features/measurements/run-messages.js";
import * as measurementExports from "../../features/measurements/export/messages.js";
import * as measurementComparison from "../../features/measurements/compare-messages.js";
import * as conversations from "../../features/conversations/messages.js";
import * as conversationScreens from "../../features/conversations/ui-messages.js";
import * as conversationPlanning from "../../features/conversations/planning-messages.js";
import * as conversationGuide from "../../features/conversations/preparation-messages.js";
import * as conversationRequests from "../../features/conversations/request-messages.js";

export const locales = ["nl", "en"] as const;
export type Locale = (typeof locales)[number];

const nl = {
  ...core.nl,
  ...auth.nl,
  ...home.nl,
  ...organisations.nl,
  ...imports.nl,
  ...importScreens.nl,
  ...twoFactor.nl,
  ...pupils.nl,
  ...measurements.nl,
  ...measurementAnswers.nl,
  ...measurementRuns.nl,
  ...measurementExports.nl,
  ...measurementComparison.nl,
  ...conversations.nl,
  ...conversationScreens.nl,
  ...conversationPlanning.nl,
  ...conversationGuide.nl,
  ...conversationRequests.nl,
};
const en: Record<keyof typeof nl, string> = {
  ...core.en,
  ...auth.en,
  ...home.en,
  ...organisations.en,
  ...imports.en,
  ...importScreens.en,
  ...twoFactor.en,
  ...pupils.en,
  ...measurements.en,
  ...measurementAnswers.en,
  ...measurementRuns.en,
  ...measurementExports.en,
  ...measurementComparison.en,
  ...conversations.en,
  ...conversationScreens.en,
  ...conversationPlanning.en,
  ...conversationGuide.en,
  ...conversationRequests.en,
};

export type MessageKey = keyof typeof nl;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const catalogs: Record<Locale, Record<MessageKey, string>> = { nl, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(nl, key);
}

/** A translator for one locale; unknown placeholders are left visible on purpose. */
export function translator(locale: Locale): Translate {
  const catalog = catalogs[locale];
  return (key, params) => {
    const text = catalog[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
  };
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
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

export function catalogFor(locale: Locale): Readonly<Record<MessageKey, string>> {
  return catalogs[locale];
}
