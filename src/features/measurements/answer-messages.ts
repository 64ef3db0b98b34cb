/** Texts a respondent sees: the invitation mail, the questionnaire pages and the pages for a link that cannot be used. */
export const nl = {
  "measure.mail.subject": "Vragenlijst over de samenwerking tussen school en ouders – {org}",
  "measure.mail.subject@childcare": "Vragenlijst over de samenwerking tussen de opvang en ouders – {org}",
  "measure.mail.body":
    'Beste {name},\n\n{org} wil graag weten hoe de samenwerking tussen school en ouders nu gaat, en hoe die volgens u zou moeten zijn. Wilt u de vragenlijst "{title}" invullen? Het duurt ongeveer tien minuten.\n\nUw eigen link:\n{link}\n\nDe vragenlijst is open tot en met {lastDay}. U kunt tussendoor stoppen en later verder gaan met dezelfde link.\n\nUw antwoorden zijn anoniem: niemand kan zien wat u heeft geantwoord. Deel de link niet, hij is alleen voor u.\n\nMet vriendelijke groet,\n{org}',
  "measure.mail.body@childcare":
    'Beste {name},\n\n{org} wil graag weten hoe de samenwerking tussen de opvang en ouders nu gaat, en hoe die volgens u zou moeten zijn. Wilt u de vragenlijst "{title}" invullen? Het duurt ongeveer tien minuten.\n\nUw eigen link:\n{link}\n\nDe vragenlijst is open tot en met {lastDay}. U kunt tussendoor stoppen en later verder gaan met dezelfde link.\n\nUw antwoorden zijn anoniem: niemand kan zien wat u heeft geantwoord. Deel de link niet, hij is alleen voor u.\n\nMet vriendelijke groet,\n{org}',
  "measure.answer.start": "Beginnen",
  "measure.answer.continue": "Verder waar u gebleven was",
  "measure.answer.resumeNote": "U heeft al een deel ingevuld. Dat is bewaard.",
  "measure.answer.saveNote": "Uw antwoorden worden per pagina bewaard. U kunt later verder gaan met dezelfde link.",
  "measure.answer.progress": "Pagina {n} van {total}",
  "measure.answer.progressLabel": "Voortgang",
  "measure.answer.next": "Opslaan en verder",
  "measure.answer.previous": "Opslaan en terug",
  "measure.answer.openQuestion": "(niet verplicht)",
  "measure.answer.review.title": "Klaar om te versturen",
  "measure.answer.review.body": "U heeft {n} van de {total} vragen helemaal beantwoord.",
  "measure.answer.review.withoutDesired":
    "{n, plural, one {Bij # vraag} other {Bij # vragen}} heeft u wel ingevuld hoe het nu is, maar niet hoe het zou moeten zijn.",
  "measure.answer.review.withoutCurrent":
    "{n, plural, one {Bij # vraag} other {Bij # vragen}} heeft u wel ingevuld hoe het zou moeten zijn, maar niet hoe het nu is.",
  "measure.answer.review.unanswered": "Nog niet helemaal beantwoord",
  "measure.answer.review.final": "Na het versturen kunt u niets meer veranderen.",
  "measure.answer.send": "Antwoorden versturen",
  "measure.answer.backToQuestions": "Terug naar de vragen",
  "measure.answer.allPages.link": "Liever alle vragen op één pagina?",
  "measure.answer.allPages.intro":
    "Alle vragen staan hieronder. U kunt tussendoor opslaan en later verder gaan met dezelfde link.",
  "measure.answer.saveForLater": "Opslaan, later verder",
  "measure.answer.saved": "Uw antwoorden zijn bewaard. U kunt later verder gaan met dezelfde link.",
  "measure.answer.empty": "U heeft nog geen vraag beantwoord. Beantwoord minstens één vraag voordat u verstuurt.",
  "measure.answer.thanks.title": "Bedankt!",
  "measure.answer.thanks.body":
    "De antwoorden zijn verstuurd. Ze zijn anoniem: niemand kan zien wie wat heeft geantwoord. Deze pagina mag nu dicht.",
  "measure.link.unknown.title": "Deze link werkt niet",
  "measure.link.unknown.body":
    "Controleer of u de hele link uit de e-mail heeft gebruikt. Werkt het nog steeds niet? Vraag hulp aan wie u de link gaf.",
  "measure.link.unknown.ofOrg":
    "Controleer of u de hele link uit de e-mail heeft gebruikt. Werkt het nog steeds niet? Vraag hulp aan de school die u de link gaf.",
  "measure.link.unknown.ofOrg@childcare":
    "Controleer of u de hele link uit de e-mail heeft gebruikt. Werkt het nog steeds niet? Vraag hulp aan de opvang die u de link gaf.",
  "measure.link.notOpen.title": "Deze vragenlijst is nog niet open",
  "measure.link.notOpen.body": "Probeer het later nog eens. De school laat weten wanneer de vragenlijst open is.",
  "measure.link.notOpen.body@childcare":
    "Probeer het later nog eens. De opvang laat weten wanneer de vragenlijst open is.",
  "measure.link.closed.title": "Deze vragenlijst is gesloten",
  "measure.link.closed.body": "De vragenlijst kan niet meer worden ingevuld. Er is niets opgeslagen.",
  "measure.link.responded.title": "U heeft deze vragenlijst al ingevuld",
  "measure.link.responded.body":
    "Uw antwoorden zijn al verstuurd. Met één link kunt u één keer antwoorden. Er is niets dubbel opgeslagen.",
  "measure.link.tampered.title": "Deze antwoorden konden we niet lezen",
  "measure.link.tampered.body":
    "Het formulier is veranderd, of er stond een antwoord in dat niet kan. Er is niets opgeslagen. Ga terug en vul de pagina opnieuw in.",
  "measure.link.full.title": "Via deze link kan niemand meer meedoen",
  "measure.link.full.pupils":
    "Via deze link zijn al evenveel vragenlijsten ingestuurd als er leerlingen in de groep zijn. Heb je nog niet meegedaan? Vraag je leerkracht.",
  "measure.link.full.young":
    "Via deze link zijn al evenveel vragenlijsten ingestuurd als er kinderen in de groep zijn. Heeft dit kind nog niet meegedaan? Vraag het de leerkracht.",
  "measure.link.full.young@childcare":
    "Via deze link zijn al evenveel vragenlijsten ingestuurd als er kinderen in de groep zijn. Heeft dit kind nog niet meegedaan? Vraag het de pedagogisch medewerker.",
  "measure.link.full.parents":
    "Via deze link zijn al evenveel vragenlijsten ingestuurd als er ouders in de groep zijn die niet al per e-mail hebben gereageerd. Heeft u nog niet meegedaan? Vraag de school om een eigen link.",
  "measure.link.full.parents@childcare":
    "Via deze link zijn al evenveel vragenlijsten ingestuurd als er ouders in de groep zijn die niet al per e-mail hebben gereageerd. Heeft u nog niet meegedaan? Vraag de opvang om een eigen link.",
  "measure.link.crowded.title": "Via deze link kan niemand meer beginnen",
  "measure.link.crowded.pupils":
    "Via deze link zijn al veel meer vragenlijsten begonnen dan er leerlingen in de groep zijn. Ben je al begonnen? Ga dan verder met je eigen link. Anders: vraag je leerkracht.",
  "measure.link.crowded.young":
    "Via deze link zijn al veel meer vragenlijsten begonnen dan er kinderen in de groep zijn. Is dit kind al begonnen? Ga dan verder met de eigen link. Anders: vraag het de leerkracht.",
  "measure.link.crowded.young@childcare":
    "Via deze link zijn al veel meer vragenlijsten begonnen dan er kinderen in de groep zijn. Is dit kind al begonnen? Ga dan verder met de eigen link. Anders: vraag het de pedagogisch medewerker.",
  "measure.link.crowded.parents":
    "Via deze link zijn al veel meer vragenlijsten begonnen dan er ouders in de groep zijn die niet al per e-mail hebben gereageerd. Bent u al begonnen? Ga dan verder met uw eigen link. Anders: vraag de school om een eigen link.",
  "measure.link.crowded.parents@childcare":
    "Via deze link zijn al veel meer vragenlijsten begonnen dan er ouders in de groep zijn die niet al per e-mail hebben gereageerd. Bent u al begonnen? Ga dan verder met uw eigen link. Anders: vraag de opvang om een eigen link.",
  "measure.link.tooOften.title": "Even wachten",
  "measure.link.tooOften.body":
    "Deze link is het afgelopen uur vanaf dit netwerk al heel vaak gestart. Probeer het over {minutes, plural, one {# minuut} other {# minuten}} opnieuw. Wie al begonnen is, kan verder met de eigen link.",
  "measure.openLink.intro": "Deze vragenlijst is voor: {audience}. De antwoorden zijn anoniem.",
  "measure.openLink.note":
    "U krijgt een eigen link. Wilt u later verder gaan? Bewaar dan die link, bijvoorbeeld als bladwijzer.",
};

export const en: Record<keyof typeof nl, string> = {
  "measure.mail.subject": "Questionnaire about the partnership between school and parents – {org}",
  "measure.mail.subject@childcare": "Questionnaire about the partnership between the setting and parents – {org}",
  "measure.mail.body":
    'Dear {name},\n\n{org} would like to know how the partnership between school and parents is going now, and how you think it should be. Would you fill in the questionnaire "{title}"? It takes about ten minutes.\n\nYour personal link:\n{link}\n\nThe questionnaire is open until and including {lastDay}. You can stop in between and continue later with the same link.\n\nYour answers are anonymous: no one can see what you answered. Do not share the link, it is for you only.\n\nKind regards,\n{org}',
  "measure.mail.body@childcare":
    'Dear {name},\n\n{org} would like to know how the partnership between the setting and parents is going now, and how you think it should be. Would you fill in the questionnaire "{title}"? It takes about ten minutes.\n\nYour personal link:\n{link}\n\nThe questionnaire is open until and including {lastDay}. You can stop in between and continue later with the same link.\n\nYour answers are anonymous: no one can see what you answered. Do not share the link, it is for you only.\n\nKind regards,\n{org}',
  "measure.answer.start": "Start",
  "measure.answer.continue": "Continue where you left off",
  "measure.answer.resumeNote": "You have already filled in part of it. That has been saved.",
  "measure.answer.saveNote": "Your answers are saved page by page. You can continue later with the same link.",
  "measure.answer.progress": "Page {n} of {total}",
  "measure.answer.progressLabel": "Progress",
  "measure.answer.next": "Save and continue",
  "measure.answer.previous": "Save and go back",
  "measure.answer.openQuestion": "(optional)",
  "measure.answer.review.title": "Ready to send",
  "measure.answer.review.body": "You fully answered {n} of the {total} questions.",
  "measure.answer.review.withoutDesired":
    "{n, plural, one {For # question} other {For # questions}} you said how it is now, but not how it should be.",
  "measure.answer.review.withoutCurrent":
    "{n, plural, one {For # question} other {For # questions}} you said how it should be, but not how it is now.",
  "measure.answer.review.unanswered": "Not fully answered yet",
  "measure.answer.review.final": "After sending you cannot change anything.",
  "measure.answer.send": "Send answers",
  "measure.answer.backToQuestions": "Back to the questions",
  "measure.answer.allPages.link": "Would you rather see all questions on one page?",
  "measure.answer.allPages.intro":
    "All questions are below. You can save in between and continue later with the same link.",
  "measure.answer.saveForLater": "Save, continue later",
  "measure.answer.saved": "Your answers have been saved. You can continue later with the same link.",
  "measure.answer.empty": "You have not answered any question yet. Answer at least one question before sending.",
  "measure.answer.thanks.title": "Thank you!",
  "measure.answer.thanks.body":
    "Your answers have been sent. They are anonymous: no one can see what you answered. You can close this page.",
  "measure.link.unknown.title": "This link does not work",
  "measure.link.unknown.body":
    "Check that you used the whole link from the e-mail. Still not working? Ask whoever gave you the link for help.",
  "measure.link.unknown.ofOrg":
    "Check that you used the whole link from the e-mail. Still not working? Ask the school that gave you the link for help.",
  "measure.link.unknown.ofOrg@childcare":
    "Check that you used the whole link from the e-mail. Still not working? Ask the setting that gave you the link for help.",
  "measure.link.notOpen.title": "This questionnaire is not open yet",
  "measure.link.notOpen.body": "Please try again later. The school will let you know when the questionnaire opens.",
  "measure.link.notOpen.body@childcare":
    "Please try again later. The setting will let you know when the questionnaire opens.",
  "measure.link.closed.title": "This questionnaire is closed",
  "measure.link.closed.body": "The questionnaire can no longer be filled in. Nothing has been saved.",
  "measure.link.responded.title": "You have already filled in this questionnaire",
  "measure.link.responded.body":
    "Your answers have already been sent. With one link you can answer once. Nothing has been saved twice.",
  "measure.link.tampered.title": "We could not read these answers",
  "measure.link.tampered.body":
    "The form was changed, or it held an answer that is not possible. Nothing has been saved. Go back and fill in the page again.",
  "measure.link.full.title": "No one else can take part through this link",
  "measure.link.full.pupils":
    "As many questionnaires have already been sent through this link as there are pupils in the group. Haven't taken part yet? Ask your teacher.",
  "measure.link.full.young":
    "As many questionnaires have already been sent through this link as there are children in the group. Hasn't this child taken part yet? Ask the teacher.",
  "measure.link.full.young@childcare":
    "As many questionnaires have already been sent through this link as there are children in the group. Hasn't this child taken part yet? Ask the early years practitioner.",
  "measure.link.full.parents":
    "As many questionnaires have already been sent through this link as there are parents in the group who have not already answered by e-mail. Haven't you taken part yet? Ask the school for a link of your own.",
  "measure.link.full.parents@childcare":
    "As many questionnaires have already been sent through this link as there are parents in the group who have not already answered by e-mail. Haven't you taken part yet? Ask the setting for a link of your own.",
  "measure.link.crowded.title": "No one else can start through this link",
  "measure.link.crowded.pupils":
    "Many more questionnaires have already been started through this link than there are pupils in the group. Already started? Then carry on with your own link. Otherwise, ask your teacher.",
  "measure.link.crowded.young":
    "Many more questionnaires have already been started through this link than there are children in the group. Has this child already started? Then carry on with their own link. Otherwise, ask the teacher.",
  "measure.link.crowded.young@childcare":
    "Many more questionnaires have already been started through this link than there are children in the group. Has this child already started? Then carry on with their own link. Otherwise, ask the early years practitioner.",
  "measure.link.crowded.parents":
    "Many more questionnaires have already been started through this link than there are parents in the group who have not already answered by e-mail. Already started? Then carry on with your own link. Otherwise, ask the school for a link of your own.",
  "measure.link.crowded.parents@childcare":
    "Many more questionnaires have already been started through this link than there are parents in the group who have not already answered by e-mail. Already started? Then carry on with your own link. Otherwise, ask the setting for a link of your own.",
  "measure.link.tooOften.title": "Please wait",
  "measure.link.tooOften.body":
    "This link has been started very often from this network in the past hour. Try again in {minutes, plural, one {# minute} other {# minutes}}. Anyone who has already started can carry on with their own link.",
  "measure.openLink.intro": "This questionnaire is for: {audience}. The answers are anonymous.",
  "measure.openLink.note":
    "You get a personal link. Want to continue later? Then keep that link, for example as a bookmark.",
};
