/**
 * The guide (gesprekswijzer) for three-way conversations, as versioned data: five questions,
 * each in three voices (the pupil's in child-friendly words) and both languages. Answers are
 * stored with the version they answer, so rewording the guide later never changes what an
 * old answer was an answer to. Texts here, not in the catalog: the guide is content a school
 * reads as one piece (on screen and in the PDF), and a version must stay frozen.
 */
import type { Locale, Wording } from "../../../web/i18n/index.js";

export const VOICES = ["pupil", "parent", "teacher"] as const;
export type Voice = (typeof VOICES)[number];

export const QUESTION_IDS = ["goesWell", "hard", "need", "canDo", "ask"] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

type Text = Record<Locale, string>;

/**
 * A voice's question in a school's words, and in a daycare's or preschool's where those differ
 * ("op de opvang", "de pedagogisch medewerker"): the same question, so the same version.
 */
type Asked = Text & { childcare?: Text };

export interface GuideQuestion {
  id: QuestionId;
  /** The question as each voice reads it. */
  ask: Record<Voice, Asked>;
}

export interface Guide {
  version: string;
  questions: readonly GuideQuestion[];
}

const v2026: Guide = {
  version: "2026-1",
  questions: [
    {
      id: "goesWell",
      ask: {
        pupil: { nl: "Wat gaat goed? Waar ben je trots op?", en: "What is going well? What are you proud of?" },
        parent: {
          nl: "Wat gaat goed met uw kind, thuis en op school?",
          en: "What is going well for your child, at home and at school?",
          childcare: {
            nl: "Wat gaat goed met uw kind, thuis en op de opvang?",
            en: "What is going well for your child, at home and at the setting?",
          },
        },
        teacher: {
          nl: "Wat gaat goed met deze leerling in de klas?",
          en: "What is going well for this pupil in class?",
          childcare: {
            nl: "Wat gaat goed met dit kind in de groep?",
            en: "What is going well for this child in the group?",
          },
        },
      },
    },
    {
      id: "hard",
      ask: {
        pupil: { nl: "Wat vind je moeilijk of niet fijn?", en: "What do you find hard, or not nice?" },
        parent: {
          nl: "Wat vindt uw kind lastig? Waar maakt u zich zorgen over?",
          en: "What does your child find hard? What worries you?",
        },
        teacher: {
          nl: "Waar heeft deze leerling moeite mee?",
          en: "What does this pupil struggle with?",
          childcare: { nl: "Waar heeft dit kind moeite mee?", en: "What does this child struggle with?" },
        },
      },
    },
    {
      id: "need",
      ask: {
        pupil: { nl: "Wat heb je nodig? Wie kan je helpen?", en: "What do you need? Who can help you?" },
        parent: {
          nl: "Wat heeft uw kind nodig, van school en van thuis?",
          en: "What does your child need, from school and from home?",
          childcare: {
            nl: "Wat heeft uw kind nodig, van de opvang en van thuis?",
            en: "What does your child need, from the setting and from home?",
          },
        },
        teacher: {
          nl: "Wat heeft deze leerling nodig in de klas?",
          en: "What does this pupil need in class?",
          childcare: { nl: "Wat heeft dit kind nodig in de groep?", en: "What does this child need in the group?" },
        },
      },
    },
    {
      id: "canDo",
      ask: {
        pupil: { nl: "Wat kun je zelf doen?", en: "What can you do yourself?" },
        parent: { nl: "Wat kunt u thuis doen om te helpen?", en: "What can you do at home to help?" },
        teacher: {
          nl: "Wat kan ik als leraar doen?",
          en: "What can I do as the teacher?",
          childcare: {
            nl: "Wat kan ik als pedagogisch medewerker doen?",
            en: "What can I do as the early years practitioner?",
          },
        },
      },
    },
    {
      id: "ask",
      ask: {
        pupil: { nl: "Wat wil je vragen of vertellen?", en: "What do you want to ask or tell?" },
        parent: {
          nl: "Wat wilt u vragen aan de leraar of aan uw kind?",
          en: "What would you like to ask the teacher or your child?",
          childcare: {
            nl: "Wat wilt u vragen aan de pedagogisch medewerker of aan uw kind?",
            en: "What would you like to ask the early years practitioner or your child?",
          },
        },
        teacher: {
          nl: "Wat wil ik vragen aan de ouders en de leerling?",
          en: "What do I want to ask the parents and the pupil?",
          childcare: {
            nl: "Wat wil ik vragen aan de ouders en het kind?",
            en: "What do I want to ask the parents and the child?",
          },
        },
      },
    },
  ],
};

const guides: ReadonlyMap<string, Guide> = new Map([[v2026.version, v2026]]);

/** A voice's question as it reads in this language and wording (Wording, src/web/i18n). */
export function askedIn(question: GuideQuestion, voice: Voice, locale: Locale, wording: Wording): string {
  const asked = question.ask[voice];
  return (wording === "childcare" ? asked.childcare?.[locale] : undefined) ?? asked[locale];
}

/** The guide new preparations answer. */
export const currentGuide: Guide = v2026;

/** The guide an answer was given to; an unknown version (never expected) reads as the current one. */
export function guideOf(version: string): Guide {
  return guides.get(version) ?? currentGuide;
}

/** An answer is at most this long: enough for a few sentences, short enough to read aloud. */
export const ANSWER_MAX = 1000;
