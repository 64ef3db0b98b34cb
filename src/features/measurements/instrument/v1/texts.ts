/**
 * Building blocks for the texts of instrument v1: a text in Dutch and English
 * (more languages are added as extra keys), an item with its stable id, and
 * the answer scales.
 */
import type { Questionnaire } from "../../domain/instrument.js";
import type { LocalisedText } from "../../domain/text.js";

export function text(nl: string, en: string): LocalisedText {
  return { nl, en };
}

/** An item. Its id is forever: results are stored and compared by it. */
export function item(id: string, nl: string, en: string): { id: string; text: LocalisedText } {
  return { id, text: text(nl, en) };
}

/** For adults: the two questions every statement is answered for. */
export const adultPrompts: Questionnaire["prompts"] = {
  current: text("Hoe is het nu?", "How is it now?"),
  desired: text("Hoe zou het moeten zijn?", "How should it be?"),
};

/** For adults: how far a statement is true now, and should be. */
export const adultScale: Questionnaire["scale"] = {
  points: [
    { value: 1, label: text("Helemaal niet", "Not at all") },
    { value: 2, label: text("Een beetje", "A little") },
    { value: 3, label: text("Redelijk", "Fairly") },
    { value: 4, label: text("Grotendeels", "Mostly") },
    { value: 5, label: text("Helemaal", "Completely") },
  ],
  dontKnow: text("Weet ik niet / niet van toepassing", "Don't know / not applicable"),
};

/** For pupils: the same five steps in their own words. */
export const pupilScale: Questionnaire["scale"] = {
  points: [
    { value: 1, label: text("Nee, helemaal niet", "No, not at all") },
    { value: 2, label: text("Niet echt", "Not really") },
    { value: 3, label: text("Soms wel, soms niet", "Sometimes") },
    { value: 4, label: text("Ja, meestal", "Yes, mostly") },
    { value: 5, label: text("Ja, helemaal", "Yes, completely") },
  ],
  dontKnow: text("Weet ik niet", "I don't know"),
};

/**
 * For young children: three faces. The label is printed under the face; the
 * accessible name is what a screen reader says for the drawing and the button.
 */
export const faceScale: Questionnaire["scale"] = {
  points: [
    {
      value: 1,
      face: "sad",
      label: text("Nee", "No"),
      accessibleName: text("Verdrietig gezicht: nee", "Sad face: no"),
    },
    {
      value: 2,
      face: "neutral",
      label: text("Een beetje", "A little"),
      accessibleName: text("Gewoon gezicht: een beetje", "Plain face: a little"),
    },
    {
      value: 3,
      face: "happy",
      label: text("Ja", "Yes"),
      accessibleName: text("Blij gezicht: ja", "Happy face: yes"),
    },
  ],
  dontKnow: text("Weet ik niet", "Don't know"),
};
