import { describe, expect, it } from "vitest";
import {
  domainIds,
  extraItemSchema,
  itemRoles,
  parseInstrument,
  questionnaireTexts,
  respondentGroups,
  type Instrument,
} from "../domain/instrument.js";
import { completeLanguages } from "../domain/text.js";
import { currentInstrument, instrumentByVersion } from "./index.js";
import { instrumentV1 } from "./v1.js";

const allItems = (instrument: Instrument) =>
  respondentGroups.flatMap((group) => {
    const q = instrument.questionnaires[group];
    return [...q.domains.flatMap((d) => d.items), ...(q.changeCapacity?.items ?? [])];
  });

/** A deep copy to break on purpose. */
const copy = (): Instrument => structuredClone(instrumentV1);

describe("instrument v1", () => {
  it("has Dutch and English for every text of every group", () => {
    for (const group of respondentGroups) {
      const texts = questionnaireTexts(instrumentV1, group);
      expect(texts.length).toBeGreaterThan(30);
      expect(completeLanguages(texts)).toEqual(["nl", "en"]);
    }
  });

  it("gives every item a unique id that names its group and domain", () => {
    const ids = allItems(instrumentV1).map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("parents.vision.1");
    expect(ids).toContain("team.capacity.readiness.2");
    for (const group of respondentGroups) {
      for (const { domain, items } of instrumentV1.questionnaires[group].domains) {
        for (const item of items) expect(item.id).toMatch(new RegExp(`^${group}\\.${domain}\\.\\d+$`));
      }
    }
  });

  it("asks every group about all six domains with 4 to 6 items each", () => {
    for (const group of respondentGroups) {
      const sections = instrumentV1.questionnaires[group].domains;
      expect(sections.map((s) => s.domain)).toEqual([...domainIds]);
      for (const section of sections) {
        expect(section.items.length).toBeGreaterThanOrEqual(4);
        expect(section.items.length).toBeLessThanOrEqual(6);
      }
    }
  });

  it("keeps the parent version short enough for ten minutes", () => {
    const count = instrumentV1.questionnaires.parents.domains.reduce((n, d) => n + d.items.length, 0);
    expect(count).toBeGreaterThanOrEqual(25);
    expect(count).toBeLessThanOrEqual(30);
  });

  it("asks the team about time, support and readiness for change, and no one else", () => {
    const aspects = instrumentV1.questionnaires.team.changeCapacity?.items.map((item) => item.aspect);
    expect(new Set(aspects)).toEqual(new Set(["time", "support", "readiness"]));
    for (const group of ["parents", "pupils", "young"] as const) {
      expect(instrumentV1.questionnaires[group].changeCapacity).toBeUndefined();
    }
  });

  it("gives young children three faces with spoken names, and asks them only how it is now", () => {
    const young = instrumentV1.questionnaires.young;
    expect(young.scale.points.map((p) => [p.value, p.face, p.accessibleName?.nl])).toEqual([
      [1, "sad", "Verdrietig gezicht: nee"],
      [2, "neutral", "Gewoon gezicht: een beetje"],
      [3, "happy", "Blij gezicht: ja"],
    ]);
    expect(young.prompts.desired).toBeUndefined();
    for (const group of ["team", "parents", "pupils"] as const) {
      expect(instrumentV1.questionnaires[group].scale.points).toHaveLength(5);
      expect(instrumentV1.questionnaires[group].prompts.desired).toBeDefined();
    }
  });

  it("is the current instrument and is found by its version", () => {
    expect(currentInstrument).toBe(instrumentV1);
    expect(instrumentByVersion(1)).toBe(instrumentV1);
    expect(() => instrumentByVersion(2)).toThrow(/No instrument version 2/);
  });
});

describe("parseInstrument", () => {
  it("accepts a further language added to the data alone", () => {
    const withArabic = copy();
    withArabic.questionnaires.parents.domains[0]!.items[0]!.text.ar =
      "تشرح المدرسة بوضوح كيف تريد التعاون مع الأولياء.";
    expect(parseInstrument(withArabic).questionnaires.parents.domains[0]?.items[0]?.text.ar).toMatch(/المدرسة/);
  });

  it("refuses a duplicate id, a domain with too few items, a missing translation or faces without names", () => {
    const duplicate = copy();
    duplicate.questionnaires.team.domains[0]!.items[1]!.id = "team.vision.1";
    expect(() => parseInstrument(duplicate)).toThrow(/team.vision.1 is used twice/);

    const short = copy();
    short.questionnaires.pupils.domains[2]!.items.splice(0, 1);
    expect(() => parseInstrument(short)).toThrow(/pupils.involvement has 3 items/);

    const untranslated = copy() as unknown as { questionnaires: { parents: { intro: { en?: string } } } };
    delete untranslated.questionnaires.parents.intro.en;
    expect(() => parseInstrument(untranslated)).toThrow();

    const faceless = copy();
    delete faceless.questionnaires.young.scale.points[1]!.accessibleName;
    expect(() => parseInstrument(faceless)).toThrow(/three-point scale needs faces/);

    const misplaced = copy();
    misplaced.questionnaires.parents.domains[1]!.items[0]!.id = "parents.vision.9";
    expect(() => parseInstrument(misplaced)).toThrow(/parents.vision.9 does not match/);
  });
});

describe("school-specific items", () => {
  it("belong to one group and domain and may not reuse an id", () => {
    const extra = {
      id: "extra.lunch" as const,
      group: "parents" as const,
      domain: "involvement" as const,
      text: { nl: "Ik help graag bij de lunch.", en: "I like helping at lunch." },
    };
    expect(itemRoles(instrumentV1, "parents", [extra]).get("extra.lunch")).toEqual({
      kind: "extra",
      domain: "involvement",
    });
    expect(itemRoles(instrumentV1, "team", [extra]).has("extra.lunch")).toBe(false);
    expect(() => itemRoles(instrumentV1, "parents", [extra, extra])).toThrow(/used twice/);
  });

  it("carry their own texts and an id in their own namespace", () => {
    const extra = { id: "extra.lunch", group: "parents", domain: "involvement", text: { nl: "Lunch", en: "Lunch" } };
    expect(extraItemSchema.safeParse(extra).success).toBe(true);
    expect(extraItemSchema.safeParse({ ...extra, id: "parents.vision.9" }).success).toBe(false);
    // Dutch alone is enough (English is optional, and falls back to Dutch marked as such); English alone is not.
    expect(extraItemSchema.safeParse({ ...extra, text: { nl: "Lunch" } }).success).toBe(true);
    expect(extraItemSchema.safeParse({ ...extra, text: { en: "Lunch" } }).success).toBe(false);
  });
});
