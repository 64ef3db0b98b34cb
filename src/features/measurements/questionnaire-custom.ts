/**
 * Questionnaires of questions that are not the instrument's: a platform editor's own statements
 * for the parent panel. They are one page of items answered on the adults' five-point scale with
 * "don't know", read strictly by the same readPage as a measurement's page, so a posted form with
 * a field that is not a question, or a value off the scale, is refused whole.
 */
import { adultScale } from "./instrument/v1/texts.js";
import type { LocalisedText } from "./domain/text.js";
import type { ItemAnswer } from "./domain/tally.js";
import { readPage, type QuestionPage } from "./questionnaire.js";

export interface CustomQuestion {
  id: string;
  text: LocalisedText;
}

export const customScale = adultScale;
export const CUSTOM_SCALE_POINTS = 5;

/** The questions as one page of the questionnaire engine. */
export function customQuestionPage(
  title: LocalisedText,
  intro: LocalisedText,
  questions: readonly CustomQuestion[],
): QuestionPage {
  return {
    number: 1,
    title,
    description: intro,
    items: questions.map(({ id, text }) => ({ id, text })),
    desired: false,
    domain: null,
    openQuestion: null,
  };
}

type FormBody = Parameters<typeof readPage>[2];

/**
 * The answers of a posted page: a value 1–5 or null ("don't know") per answered question, or null
 * when the form was tampered with.
 */
export function readCustomAnswers(page: QuestionPage, body: FormBody): Record<string, number | null> | null {
  const posted = readPage(page, CUSTOM_SCALE_POINTS, body);
  if (!posted) return null;
  return Object.fromEntries(
    Object.entries(posted.answers).map(([id, answer]: [string, ItemAnswer]) => [id, answer.current ?? null]),
  );
}
