import { describe, expect, it } from "vitest";
import { schoolWordsIn } from "../../../../tests/helpers/wording.js";
import type { Instrument } from "../domain/instrument.js";
import type { LocalisedText } from "../domain/text.js";
import { instrumentByVersion } from "./index.js";
import { instrumentV1 } from "./v1.js";
import { wordedInstrument } from "./worded.js";

/** Every item of the questionnaires a preschool or daycare asks, with its id and its text. */
const itemsOf = (instrument: Instrument) =>
  (["team", "parents"] as const).flatMap((group) => {
    const q = instrument.questionnaires[group];
    return [...q.domains.flatMap((d) => d.items), ...(q.changeCapacity?.items ?? [])];
  });

/** Every text a respondent of a preschool or daycare reads, besides the answer scale. */
const textsOf = (instrument: Instrument): LocalisedText[] => [
  ...instrument.domains.flatMap((d) => [d.name, d.description]),
  ...(["team", "parents"] as const).flatMap((group) => {
    const q = instrument.questionnaires[group];
    return [
      q.intro,
      ...q.domains.flatMap((d) => (d.openQuestion ? [d.openQuestion] : [])),
      ...(q.changeCapacity ? [q.changeCapacity.title, q.changeCapacity.intro] : []),
    ];
  }),
  ...itemsOf(instrument).map((item) => item.text),
];

describe("instrument v1 in a preschool's or daycare's words", () => {
  const childcare = instrumentByVersion(1, "childcare");

  it("asks the same items, by the same ids and in the same order, as version 1", () => {
    expect(childcare.version).toBe(1);
    expect(itemsOf(childcare).map((item) => item.id)).toEqual(itemsOf(instrumentV1).map((item) => item.id));
    expect(childcare.questionnaires.parents.scale).toEqual(instrumentV1.questionnaires.parents.scale);
  });

  it("speaks of no school, teacher, class or pupils, in Dutch and in English", () => {
    for (const language of ["nl", "en"] as const) {
      expect(textsOf(childcare).flatMap((text) => schoolWordsIn(text[language]))).toEqual([]);
    }
  });

  it("leaves a school's instrument as it is", () => {
    expect(instrumentByVersion(1)).toBe(instrumentV1);
    expect(instrumentByVersion(1, "school")).toBe(instrumentV1);
    expect(textsOf(instrumentV1).some((text) => text.nl.includes("school"))).toBe(true);
  });

  it("refuses a text for a place the instrument does not have", () => {
    expect(() => wordedInstrument(instrumentV1, { "parents.vision.9": { nl: "x", en: "x" } })).toThrow(
      "Instrument v1 has no parents.vision.9",
    );
  });
});
