import { describe, expect, it } from "vitest";
import {
  catalogFor,
  isCounting,
  isMessageKey,
  mergeCatalogs,
  negotiateLocale,
  textDirection,
  translator,
  wordingOf,
} from "./index.js";

/** The names of "{name}" and of a counting text's "{n, plural, …}", not a plural form such as "one {Leraar}". */
const placeholderNames = (text: string) =>
  [...text.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+) )\{(\w+)[,}]/g)].map((m) => m[1]!);

describe("languages", () => {
  it("is Dutch by default and follows Accept-Language when English is preferred", () => {
    expect(negotiateLocale(undefined)).toBe("nl");
    expect(negotiateLocale("fr-FR,fr;q=0.9")).toBe("nl");
    expect(negotiateLocale("en-GB,en;q=0.9,nl;q=0.8")).toBe("en");
    expect(negotiateLocale("de;q=0.9,nl-BE;q=0.8,en;q=0.7")).toBe("nl");
    expect(negotiateLocale("en;q=0.5,nl;q=0.9")).toBe("nl");
  });

  it("has an English text for every Dutch one, none left empty or untranslated placeholders", () => {
    const nl = catalogFor("nl");
    const en = catalogFor("en");
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const [key, text] of Object.entries(en)) {
      expect(text.trim(), key).not.toBe("");
      const placeholders = (s: string) => [...new Set(placeholderNames(s))].sort();
      expect(placeholders(text), key).toEqual(placeholders(nl[key as keyof typeof nl]));
    }
  });

  it("refuses a key that two catalogs define, naming both, instead of letting one text replace the other", () => {
    const first = { nl: { "x.title": "Eerste" }, en: { "x.title": "First" } };
    const second = { nl: { "x.title": "Tweede" }, en: { "x.title": "Second" } };
    expect(() => mergeCatalogs({ "a/first": first, "b/second": second })).toThrow(
      'The message key "x.title" is defined in two catalogs: a/first and b/second.',
    );
    expect(() => mergeCatalogs({ "a/clash": { nl: { "app.name": "Ander" }, en: { "app.name": "Other" } } })).toThrow(
      "web/core and a/clash",
    );
    expect(mergeCatalogs({ "a/first": first }).en["x.title"]).toBe("First");
  });

  it("fills placeholders", () => {
    expect(translator("en")("home.welcome", { name: "Sam" })).toBe("Welcome, Sam");
  });

  it("fills every message's placeholders as a replacement by regular expression would, leaving unknown ones", () => {
    const t = translator("nl");
    const nl = catalogFor("nl");
    for (const [key, text] of Object.entries(nl)) {
      if (isCounting(text)) continue;
      const names = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      // Every second name left out; values with characters a replacement string would interpret.
      const params = Object.fromEntries(names.filter((_, i) => i % 2 === 0).map((n) => [n, `$& {${n}} $1 ${n}`]));
      const expected = text.replace(/\{(\w+)\}/g, (match, name: string) =>
        name in params ? String(params[name]) : match,
      );
      expect(t(key as keyof typeof nl, params), key).toBe(expected);
      expect(t(key as keyof typeof nl, params), key).toBe(expected);
    }
  });

  it("chooses a counting text's form by the language's plural rules", () => {
    const nl = translator("nl");
    const en = translator("en");
    expect(nl("news.home.unread", { n: 1 })).toBe("1 nieuw nieuwsbericht van school");
    expect(nl("news.home.unread", { n: 3 })).toBe("3 nieuwe nieuwsberichten van school");
    expect(en("news.home.unread", { n: 1 })).toBe("1 new post from school");
    expect(en("news.home.unread", { n: 1200 })).toBe("1,200 new posts from school");
    expect(nl("news.home.unread", { n: 1200 })).toBe("1.200 nieuwe nieuwsberichten van school");
  });

  it("has, in every counting text, a form for one and one for more that differ, in both languages", () => {
    for (const locale of ["nl", "en"] as const) {
      const t = translator(locale);
      const counting = Object.entries(catalogFor(locale)).filter(([, text]) => isCounting(text));
      expect(counting.length).toBeGreaterThan(20);
      for (const [key, text] of counting) {
        const names = placeholderNames(text);
        const params = (n: number) => Object.fromEntries(names.map((name) => [name, n]));
        const one = t(key as keyof ReturnType<typeof catalogFor>, params(1));
        const more = t(key as keyof ReturnType<typeof catalogFor>, params(2));
        expect(one, `${locale} ${key}`).not.toMatch(/[{}#]/);
        expect(more, `${locale} ${key}`).not.toMatch(/[{}#]/);
        expect(one.replaceAll("1", "2"), `${locale} ${key}`).not.toBe(more);
      }
    }
  });

  it("says a key's childcare text in a preschool or daycare, and its own text in a school or where there is none", () => {
    expect(["primary", "secondary", "special", undefined].map(wordingOf)).toEqual([
      "school",
      "school",
      "school",
      "school",
    ]);
    expect(["preschool", "daycare"].map(wordingOf)).toEqual(["childcare", "childcare"]);
    const childcare = translator("nl", "childcare");
    expect(childcare("role.school_leader")).toBe("Leidinggevende");
    expect(translator("nl")("role.school_leader")).toBe("Schoolleider");
    expect(translator("en", "childcare")("home.groups.pupils", { count: 1 })).toBe("1 child");
    expect(childcare("role.coordinator")).toBe(translator("nl")("role.coordinator"));
    // A variant is chosen, never named: a flash or refusal key from outside cannot ask for one.
    expect(isMessageKey("role.school_leader@childcare")).toBe(false);
  });

  it("gives every childcare text the placeholders of the text it stands in for, and refuses one for no key", () => {
    for (const locale of ["nl", "en"] as const) {
      const texts: Readonly<Record<string, string>> = catalogFor(locale);
      const variants = Object.keys(texts).filter((key) => key.endsWith("@childcare"));
      expect(variants.length).toBeGreaterThan(10);
      for (const key of variants) {
        const names = (text: string) => [...new Set(placeholderNames(text))].sort();
        expect(names(texts[key]!), `${locale} ${key}`).toEqual(names(texts[key.replace("@childcare", "")]!));
      }
    }
    const orphan = { nl: { "x.pupils@childcare": "Kinderen" }, en: { "x.pupils@childcare": "Children" } };
    expect(() => mergeCatalogs({ "a/orphan": orphan })).toThrow(
      'The message key "x.pupils@childcare" (a/orphan) is a childcare text of "x.pupils", which no catalog defines.',
    );
  });

  it("writes Arabic right to left", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("nl")).toBe("ltr");
  });
});
