/**
 * The questionnaire's own texts for a respondent it calls "je": a colleague of the team or a pupil,
 * as the instrument's questions for them do (instrument/v1/team.ts, pupils.ts), and the mails that
 * invite and remind the team, so that a colleague is not "u" in the mail and "je" a click later. A
 * parent reads the "u" texts of answer-messages.ts and run-messages.ts. Each key is a "u" text's key
 * with ".je" (domain/register.ts).
 */
import * as answers from "./answer-messages.js";
import * as runs from "./run-messages.js";

export const nl = {
  "measure.mail.body.je":
    'Beste {name},\n\n{org} wil graag weten hoe de samenwerking tussen school en ouders nu gaat, en hoe die volgens jou zou moeten zijn. Wil je de vragenlijst "{title}" invullen? Het duurt ongeveer tien minuten.\n\nJe eigen link:\n{link}\n\nDe vragenlijst is open tot en met {lastDay}. Je kunt tussendoor stoppen en later verder gaan met dezelfde link.\n\nJe antwoorden zijn anoniem: niemand kan zien wat je hebt geantwoord. Deel de link niet, hij is alleen voor jou.\n\nMet vriendelijke groet,\n{org}',
  "measure.mail.body.je@childcare":
    'Beste {name},\n\n{org} wil graag weten hoe de samenwerking tussen de opvang en ouders nu gaat, en hoe die volgens jou zou moeten zijn. Wil je de vragenlijst "{title}" invullen? Het duurt ongeveer tien minuten.\n\nJe eigen link:\n{link}\n\nDe vragenlijst is open tot en met {lastDay}. Je kunt tussendoor stoppen en later verder gaan met dezelfde link.\n\nJe antwoorden zijn anoniem: niemand kan zien wat je hebt geantwoord. Deel de link niet, hij is alleen voor jou.\n\nMet vriendelijke groet,\n{org}',
  "measure.remind.body.je":
    'Beste {name},\n\nMisschien ben je er nog niet aan toegekomen: {org} hoort graag hoe jij de samenwerking tussen school en ouders ervaart. De vragenlijst "{title}" is open tot en met {lastDay}.\n\nJe eigen link (dezelfde als in de uitnodiging; wat je al invulde is bewaard):\n{link}\n\nJe antwoorden zijn anoniem: niemand kan zien wat je hebt geantwoord. Heb je net al gereageerd? Dan kun je deze e-mail vergeten.\n\nMet vriendelijke groet,\n{org}',
  "measure.remind.body.je@childcare":
    'Beste {name},\n\nMisschien ben je er nog niet aan toegekomen: {org} hoort graag hoe jij de samenwerking tussen de opvang en ouders ervaart. De vragenlijst "{title}" is open tot en met {lastDay}.\n\nJe eigen link (dezelfde als in de uitnodiging; wat je al invulde is bewaard):\n{link}\n\nJe antwoorden zijn anoniem: niemand kan zien wat je hebt geantwoord. Heb je net al gereageerd? Dan kun je deze e-mail vergeten.\n\nMet vriendelijke groet,\n{org}',
  "measure.openLink.note.je":
    "Je krijgt een eigen link. Wil je later verder gaan? Bewaar dan die link, bijvoorbeeld als bladwijzer.",
  "measure.answer.continue.je": "Verder waar je gebleven was",
  "measure.answer.resumeNote.je": "Je hebt al een deel ingevuld. Dat is bewaard.",
  "measure.answer.saveNote.je": "Je antwoorden worden per pagina bewaard. Je kunt later verder gaan met dezelfde link.",
  "measure.answer.review.body.je": "Je hebt {n} van de {total} vragen helemaal beantwoord.",
  "measure.answer.review.withoutDesired.je":
    "{n, plural, one {Bij # vraag} other {Bij # vragen}} heb je wel ingevuld hoe het nu is, maar niet hoe het zou moeten zijn.",
  "measure.answer.review.withoutCurrent.je":
    "{n, plural, one {Bij # vraag} other {Bij # vragen}} heb je wel ingevuld hoe het zou moeten zijn, maar niet hoe het nu is.",
  "measure.answer.review.final.je": "Na het versturen kun je niets meer veranderen.",
  "measure.answer.allPages.intro.je":
    "Alle vragen staan hieronder. Je kunt tussendoor opslaan en later verder gaan met dezelfde link.",
  "measure.answer.saved.je": "Je antwoorden zijn bewaard. Je kunt later verder gaan met dezelfde link.",
  "measure.answer.empty.je": "Je hebt nog geen vraag beantwoord. Beantwoord minstens één vraag voordat je verstuurt.",
  "measure.link.responded.title.je": "Je hebt deze vragenlijst al ingevuld",
  "measure.link.responded.body.je":
    "Je antwoorden zijn al verstuurd. Met één link kun je één keer antwoorden. Er is niets dubbel opgeslagen.",
};

/** English has one "you": the same texts as answer-messages.ts and run-messages.ts. */
export const en: Record<keyof typeof nl, string> = {
  "measure.mail.body.je": answers.en["measure.mail.body"],
  "measure.mail.body.je@childcare": answers.en["measure.mail.body@childcare"],
  "measure.remind.body.je": runs.en["measure.remind.body"],
  "measure.remind.body.je@childcare": runs.en["measure.remind.body@childcare"],
  "measure.openLink.note.je": answers.en["measure.openLink.note"],
  "measure.answer.continue.je": "Continue where you left off",
  "measure.answer.resumeNote.je": "You have already filled in part of it. That has been saved.",
  "measure.answer.saveNote.je": "Your answers are saved page by page. You can continue later with the same link.",
  "measure.answer.review.body.je": "You fully answered {n} of the {total} questions.",
  "measure.answer.review.withoutDesired.je":
    "{n, plural, one {For # question} other {For # questions}} you said how it is now, but not how it should be.",
  "measure.answer.review.withoutCurrent.je":
    "{n, plural, one {For # question} other {For # questions}} you said how it should be, but not how it is now.",
  "measure.answer.review.final.je": "After sending you cannot change anything.",
  "measure.answer.allPages.intro.je":
    "All questions are below. You can save in between and continue later with the same link.",
  "measure.answer.saved.je": "Your answers have been saved. You can continue later with the same link.",
  "measure.answer.empty.je": "You have not answered any question yet. Answer at least one question before sending.",
  "measure.link.responded.title.je": "You have already filled in this questionnaire",
  "measure.link.responded.body.je":
    "Your answers have already been sent. With one link you can answer once. Nothing has been saved twice.",
};
