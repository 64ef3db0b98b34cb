import { describe, expect, it } from "vitest";
import { respondentGroups, type ExtraItem } from "../domain/instrument.js";
import { currentInstrument } from "../instrument/index.js";
import { DONT_KNOW, OPEN_ANSWER_MAX, openFieldName, questionPages, readAllPages } from "../questionnaire.js";
import { padded, paddedLength } from "./padding.js";
import { MAX_EXTRA_ITEMS } from "./schemas.js";

const version = currentInstrument.version;

/** The widest form a respondent of the group can send: every field, every open answer full of `character`. */
function widestBallot(group: (typeof respondentGroups)[number], character: string) {
  const domain = currentInstrument.questionnaires[group].domains[0]!.domain;
  const extras: ExtraItem[] = Array.from({ length: MAX_EXTRA_ITEMS }, (_, index) => ({
    id: `extra.${index + 1}`,
    group,
    domain,
    text: { nl: "Eigen vraag", en: "Own item" },
  }));
  const pages = questionPages(currentInstrument, group, extras);
  const body: Record<string, string> = {};
  for (const page of pages) {
    for (const item of page.items) {
      body[`current:${item.id}`] = DONT_KNOW;
      if (page.desired) body[`desired:${item.id}`] = DONT_KNOW;
    }
    if (page.domain && page.openQuestion)
      body[openFieldName(page.domain)] = character.repeat(OPEN_ANSWER_MAX / character.length);
  }
  const answers = readAllPages(pages, currentInstrument.questionnaires[group].scale.points.length, body);
  return { group, subgroupId: crypto.randomUUID(), ...answers! };
}

describe("padded ballots", () => {
  it("gives every ballot and draft the same length, from empty to the widest a respondent can send", () => {
    const lengths = new Set<number>();
    for (const group of respondentGroups) {
      // Three bytes each; a control character or half a surrogate pair would be six in JSON.
      for (const character of ["€", "\u0001", "\ud800", '"', "😀"]) {
        const ballot = widestBallot(group, character);
        lengths.add(padded(ballot, version).length);
        lengths.add(padded({ answers: ballot.answers, open: ballot.open }, version).length);
      }
      lengths.add(padded({ answers: {}, open: {} }, version).length);
    }
    expect([...lengths]).toEqual([paddedLength(version)]);
  });

  it("reads back as the answers that were sealed", () => {
    const ballot = {
      group: "parents",
      subgroupId: null,
      answers: { "parents.vision.1": { current: 2, desired: null } },
      open: { vision: 'Graag "vaker"\tpraten\nover groep 8 — 😀' },
    };
    expect(JSON.parse(padded(ballot, version).toString())).toEqual(ballot);
  });

  it("keeps control characters and broken surrogates out of open answers, which would outgrow the padding", () => {
    const sealed = JSON.parse(padded({ answers: {}, open: { vision: "a\u0000b\u001fc\ud800" } }, version).toString());
    expect(sealed.open).toEqual({ vision: "abc\ufffd" });
  });
});
