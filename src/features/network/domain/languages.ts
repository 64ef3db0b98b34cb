/**
 * The languages a parent can say they speak: a fixed list of codes (so a filter and the other
 * features can rely on them) with their names in Dutch and English. The names, in both languages,
 * go into the profile's search text, so "wie spreekt Turks" and "who speaks Turkish" find the same
 * parents. Pure.
 */
export const LANGUAGES = {
  nl: { nl: "Nederlands", en: "Dutch" },
  en: { nl: "Engels", en: "English" },
  tr: { nl: "Turks", en: "Turkish" },
  ar: { nl: "Arabisch", en: "Arabic" },
  ber: { nl: "Berbers (Tamazight)", en: "Berber (Tamazight)" },
  pl: { nl: "Pools", en: "Polish" },
  de: { nl: "Duits", en: "German" },
  fr: { nl: "Frans", en: "French" },
  es: { nl: "Spaans", en: "Spanish" },
  pt: { nl: "Portugees", en: "Portuguese" },
  so: { nl: "Somalisch", en: "Somali" },
  ti: { nl: "Tigrinya", en: "Tigrinya" },
  uk: { nl: "Oekraïens", en: "Ukrainian" },
  ru: { nl: "Russisch", en: "Russian" },
  fa: { nl: "Perzisch (Farsi, Dari)", en: "Persian (Farsi, Dari)" },
  zh: { nl: "Chinees", en: "Chinese" },
  hi: { nl: "Hindi", en: "Hindi" },
  pap: { nl: "Papiaments", en: "Papiamentu" },
  srn: { nl: "Sranantongo", en: "Sranan Tongo" },
  bg: { nl: "Bulgaars", en: "Bulgarian" },
  ro: { nl: "Roemeens", en: "Romanian" },
  ngt: { nl: "Nederlandse Gebarentaal", en: "Sign Language of the Netherlands" },
} as const;

export type LanguageCode = keyof typeof LANGUAGES;

export const LANGUAGE_CODES = Object.keys(LANGUAGES) as LanguageCode[];

export function isLanguageCode(value: string): value is LanguageCode {
  return Object.hasOwn(LANGUAGES, value);
}

/** The language's name in the reader's language; the code itself for one no longer listed. */
export function languageName(locale: string, code: string): string {
  if (!isLanguageCode(code)) return code;
  return LANGUAGES[code][locale === "en" ? "en" : "nl"];
}

/** The words the search text gets for these languages and tags: each language in Dutch and English. */
export function searchWordsOf(languages: readonly string[], tags: readonly string[]): string {
  const names = languages.filter(isLanguageCode).flatMap((code) => [LANGUAGES[code].nl, LANGUAGES[code].en]);
  return [...names, ...tags].join(" ");
}
