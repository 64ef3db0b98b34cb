/**
 * A questionnaire as the respondent goes through it: one page per domain,
 * then (for the team) the page on room for change. Reading a posted page is
 * strict: a field that is not on the page, or a value off the scale, means the
 * form was changed, and nothing of it is saved.
 */
import type { DomainId, ExtraItem, Instrument, RespondentGroup } from "./domain/instrument.js";
import type { ItemAnswer } from "./domain/tally.js";
import type { LocalisedText, WrittenText } from "./domain/text.js";
import { FORM_TOKEN_FIELD } from "../../web/once-per-form.js";

export interface QuestionPage {
  number: number;
  title: LocalisedText;
  description: LocalisedText;
  items: { id: string; text: WrittenText }[];
  /** Whether each item is also asked as it should be. */
  desired: boolean;
  domain: DomainId | null;
  openQuestion: LocalisedText | null;
}

export const OPEN_ANSWER_MAX = 2000;
export const DONT_KNOW = "dk";

/** The pages of a group's questionnaire; the school's own items close the page of their domain. */
export function questionPages(
  instrument: Instrument,
  group: RespondentGroup,
  extras: readonly ExtraItem[] = [],
): QuestionPage[] {
  const questionnaire = instrument.questionnaires[group];
  const own = (domain: DomainId) =>
    extras.filter((e) => e.group === group && e.domain === domain).map(({ id, text }) => ({ id, text }));
  const desired = questionnaire.prompts.desired !== undefined;
  const pages: QuestionPage[] = questionnaire.domains.map((d, index) => {
    const domain = instrument.domains.find((candidate) => candidate.id === d.domain)!;
    return {
      number: index + 1,
      title: domain.name,
      description: domain.description,
      items: [...d.items, ...own(d.domain)],
      desired,
      domain: d.domain,
      openQuestion: d.openQuestion ?? null,
    };
  });
  const capacity = questionnaire.changeCapacity;
  if (capacity) {
    const page = { title: capacity.title, description: capacity.intro, items: capacity.items };
    pages.push({ ...page, number: pages.length + 1, desired: false, domain: null, openQuestion: null });
  }
  return pages;
}

/** What a respondent has answered so far. */
export interface Answers {
  answers: Record<string, ItemAnswer>;
  open: Partial<Record<DomainId, string>>;
}

export const noAnswers = (): Answers => ({ answers: {}, open: {} });

export const fieldName = (side: "current" | "desired", itemId: string) => `${side}:${itemId}`;

/** The open question's field on the form with every page: one per domain. */
export const openFieldName = (domain: DomainId) => `open:${domain}`;

/** Fields every answer form may carry besides the answers. */
const FORM_FIELDS = new Set(["_csrf", FORM_TOKEN_FIELD, "go"]);

type FormBody = Record<string, string | File | (string | File)[]>;
export type PostedPage = Pick<Answers, "answers"> & { open: string | null };

/** The answer fields of one page. */
function answerFields(page: QuestionPage): string[] {
  return page.items.flatMap((item) =>
    page.desired ? [fieldName("current", item.id), fieldName("desired", item.id)] : [fieldName("current", item.id)],
  );
}

/** The page's answers from a posted form, or null when the form was tampered with. */
export function readPage(page: QuestionPage, points: number, body: FormBody): PostedPage | null {
  const allowed = new Set([...FORM_FIELDS, ...answerFields(page)]);
  if (page.openQuestion) allowed.add("open");
  const values = new Map<string, string>();
  for (const [key, value] of Object.entries(body)) {
    if (!allowed.has(key) || typeof value !== "string") return null;
    values.set(key, value);
  }
  const answers: Record<string, ItemAnswer> = {};
  for (const item of page.items) {
    const answer: ItemAnswer = {};
    for (const side of page.desired ? (["current", "desired"] as const) : (["current"] as const)) {
      const value = readValue(values.get(fieldName(side, item.id)), points);
      if (value === false) return null;
      if (value !== undefined) answer[side] = value;
    }
    if (Object.keys(answer).length) answers[item.id] = answer;
  }
  const open = (values.get("open") ?? "").trim();
  if (open.length > OPEN_ANSWER_MAX) return null;
  return { answers, open: open || null };
}

/** A value on the scale, null for "don't know", undefined when not answered, false when impossible. */
function readValue(raw: string | undefined, points: number): number | null | undefined | false {
  if (raw === undefined || raw === "") return undefined;
  if (raw === DONT_KNOW) return null;
  if (!/^[1-9]$/.test(raw)) return false;
  const value = Number(raw);
  return value <= points ? value : false;
}

/** Every page's answers from the form that shows them all, or null when it was tampered with. */
export function readAllPages(pages: readonly QuestionPage[], points: number, body: FormBody): Answers | null {
  const pageOf = new Map<string, number>();
  pages.forEach((page, index) => {
    for (const name of answerFields(page)) pageOf.set(name, index);
    if (page.domain && page.openQuestion) pageOf.set(openFieldName(page.domain), index);
  });
  const bodies: FormBody[] = pages.map(() => ({}));
  for (const [key, value] of Object.entries(body)) {
    if (FORM_FIELDS.has(key)) continue;
    const index = pageOf.get(key);
    if (index === undefined) return null;
    bodies[index]![key.startsWith("open:") ? "open" : key] = value;
  }
  let answers = noAnswers();
  for (const [index, page] of pages.entries()) {
    const posted = readPage(page, points, bodies[index]!);
    if (!posted) return null;
    answers = mergePage(answers, page, posted);
  }
  return answers;
}

/** The answers with this page's replaced by what was just posted. */
export function mergePage(saved: Answers, page: QuestionPage, posted: PostedPage): Answers {
  const answers = { ...saved.answers };
  for (const item of page.items) delete answers[item.id];
  Object.assign(answers, posted.answers);
  const open = { ...saved.open };
  if (page.domain) {
    if (posted.open) open[page.domain] = posted.open;
    else delete open[page.domain];
  }
  return { answers, open };
}

export function answeredCount(answers: Answers): number {
  return Object.keys(answers.answers).length;
}

/** How far the respondent got, for the review before sending. */
export interface AnswerProgress {
  total: number;
  /** Questions with every side asked answered ("don't know" counts as an answer). */
  complete: number;
  /** Questions with only how it is now, and with only how it should be. */
  withoutDesired: number;
  withoutCurrent: number;
  /** The questions not fully answered, with the page that asks them, for the review to link to. */
  unanswered: { page: number; id: string; text: WrittenText }[];
}

/**
 * Per question, which of its sides are answered: a question with only one of "now" and "should be"
 * is not done, because the gap and the priorities need both.
 */
export function answerProgress(pages: readonly QuestionPage[], answers: Answers): AnswerProgress {
  const progress: AnswerProgress = { total: 0, complete: 0, withoutDesired: 0, withoutCurrent: 0, unanswered: [] };
  for (const page of pages) {
    for (const item of page.items) {
      const answer = answers.answers[item.id] ?? {};
      const current = answer.current !== undefined;
      const desired = !page.desired || answer.desired !== undefined;
      progress.total += 1;
      if (current && desired) {
        progress.complete += 1;
        continue;
      }
      if (current) progress.withoutDesired += 1;
      else if (desired && page.desired) progress.withoutCurrent += 1;
      progress.unanswered.push({ page: page.number, id: item.id, text: item.text });
    }
  }
  return progress;
}
