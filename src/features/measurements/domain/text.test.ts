import { describe, expect, it } from "vitest";
import { completeLanguages, localisedTextSchema, pickText, textDirection } from "./text.js";

describe("localised texts", () => {
  const text = { nl: "Ik voel me welkom.", en: "I feel welcome.", ar: "أشعر بالترحيب." };

  it("picks the respondent's language and falls back to Dutch, saying which it gave", () => {
    expect(pickText(text, "ar")).toEqual({ text: "أشعر بالترحيب.", language: "ar" });
    expect(pickText(text, "en")).toEqual({ text: "I feel welcome.", language: "en" });
    expect(pickText(text, "tr")).toEqual({ text: "Ik voel me welkom.", language: "nl" });
  });

  it("writes Arabic and other right-to-left languages right to left", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("fa-IR")).toBe("rtl");
    expect(textDirection("uk")).toBe("ltr");
    expect(textDirection("nl")).toBe("ltr");
  });

  it("requires Dutch and English and accepts further languages as plain keys", () => {
    expect(localisedTextSchema.safeParse(text).success).toBe(true);
    expect(localisedTextSchema.safeParse({ nl: "Hallo" }).success).toBe(false);
    expect(localisedTextSchema.safeParse({ nl: "Hallo", en: " " }).success).toBe(false);
    expect(localisedTextSchema.safeParse({ nl: "Hallo", en: "Hello", Polish: "Cześć" }).success).toBe(false);
  });

  it("offers only languages in which every text exists", () => {
    const other = { nl: "Welkom", en: "Welcome", tr: "Hoş geldiniz" };
    expect(completeLanguages([text, other])).toEqual(["nl", "en"]);
    expect(completeLanguages([text, { ...other, ar: "مرحبا" }])).toEqual(["nl", "en", "ar"]);
  });
});
