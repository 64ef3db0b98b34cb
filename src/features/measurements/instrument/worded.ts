/**
 * An instrument in other words: the same items, ids, scales and order, with some texts said
 * differently (a preschool's or daycare's words, `v1/childcare.ts`). Results stay comparable
 * because nothing but the texts changes.
 */
import { respondentGroups, type Instrument } from "../domain/instrument.js";
import type { LocalisedText } from "../domain/text.js";

/**
 * The instrument with `texts` in place of its own, each by its place: an item's id,
 * `<group>.intro`, or `domain.<id>` for a domain's description. Throws for a place the
 * instrument does not have, so a mistyped id cannot leave a school's text standing unnoticed.
 */
export function wordedInstrument(instrument: Instrument, texts: Readonly<Record<string, LocalisedText>>): Instrument {
  const used = new Set<string>();
  const say = (place: string, own: LocalisedText): LocalisedText => {
    const other = texts[place];
    if (!other) return own;
    used.add(place);
    return other;
  };
  const item = <T extends { id: string; text: LocalisedText }>(it: T): T => ({ ...it, text: say(it.id, it.text) });
  const questionnaires = Object.fromEntries(
    respondentGroups.map((group) => {
      const q = instrument.questionnaires[group];
      const capacity = q.changeCapacity && { ...q.changeCapacity, items: q.changeCapacity.items.map(item) };
      const domains = q.domains.map((d) => ({ ...d, items: d.items.map(item) }));
      return [
        group,
        { ...q, intro: say(`${group}.intro`, q.intro), domains, ...(capacity && { changeCapacity: capacity }) },
      ];
    }),
  ) as Instrument["questionnaires"];
  const domains = instrument.domains.map((d) => ({ ...d, description: say(`domain.${d.id}`, d.description) }));
  const unknown = Object.keys(texts).filter((place) => !used.has(place));
  if (unknown.length) throw new Error(`Instrument v${instrument.version} has no ${unknown.join(", ")}`);
  return { ...instrument, domains, questionnaires };
}
