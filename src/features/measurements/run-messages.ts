/** Texts for running a measurement: own items, young children, printed open links, reminders, deleting. */
export const nl = {
  "measure.field.young": "Jonge kinderen van deze groepen (samen met de leerkracht of een ouder)",
  "measure.extra.title": "Eigen vragen (niet verplicht)",
  "measure.extra.intro":
    "Voeg hoogstens {n} eigen stellingen toe. Ze horen bij één onderwerp en één groep, en worden net zo beantwoord als de andere vragen. U ziet ze apart in de uitkomsten.",
  "measure.extra.item": "Eigen vraag {n}",
  "measure.extra.group": "Voor wie",
  "measure.extra.domain": "Onderwerp",
  "measure.extra.choose": "Kies…",
  "measure.extra.nl": "Stelling in het Nederlands",
  "measure.extra.en": "Stelling in het Engels (niet verplicht)",
  "measure.error.extraDutch": "Schrijf de stelling in het Nederlands.",
  "measure.error.extraDomain": "Kies bij welk onderwerp de eigen vraag hoort.",
  "measure.error.extraGroup": "Kies een groep die deze meting invult.",
  "measure.results.extra.title": "Eigen vragen",
  "measure.results.extra.intro": "De eigen vragen van de school tellen niet mee in de cijfers per onderwerp.",
  "measure.results.extra.intro@childcare": "De eigen vragen van de opvang tellen niet mee in de cijfers per onderwerp.",
  "measure.results.extra.caption": "{group}: eigen vragen",
  "measure.results.extra.item": "Stelling",
  "measure.print.link": "Links en QR-codes afdrukken",
  "measure.print.title": "Open links om af te drukken",
  "measure.print.intro":
    "Elke groep staat op een eigen pagina. Druk deze pagina af met de afdrukknop van uw browser, en geef elke groep alleen haar eigen pagina.",
  "measure.print.scan": "Scan de QR-code met een telefoon of tablet, of typ de link over:",
  "measure.print.until": "De vragenlijst is open tot en met {lastDay}. Iedereen kan hem één keer invullen.",
  "measure.print.young":
    "Vul de vragenlijst samen met het kind in: lees elke zin voor en laat het kind een gezichtje kiezen.",
  "measure.print.qr": "QR-code voor {audience}",
  "measure.print.none": "Deze meting heeft geen open links.",
  "measure.print.closed": "Deze meting is gesloten: de open links werken niet meer.",
  "measure.remind.title": "Herinnering sturen",
  "measure.remind.intro":
    "Wie per e-mail is uitgenodigd en nog niet heeft gereageerd, krijgt de eigen link nog een keer. U ziet alleen hoeveel mensen, nooit wie.",
  "measure.remind.auto": "{n, plural, one {# dag} other {# dagen}} voor het einde gaat er vanzelf één herinnering.",
  "measure.remind.waiting": "Nog niet gereageerd: {n}.",
  "measure.remind.sending":
    "De uitnodigingen worden nog verstuurd. Daarna ziet u hier hoeveel mensen nog niet hebben gereageerd.",
  "measure.remind.button": "Herinnering sturen…",
  "measure.remind.confirm.title": "Herinnering sturen?",
  "measure.remind.confirm.body":
    "De herinnering gaat naar {n, plural, one {# persoon die nog niet heeft gereageerd} other {# mensen die nog niet hebben gereageerd}}.",
  "measure.remind.confirm.button": "Ja, stuur de herinnering",
  "measure.remind.none": "Er is niemand om te herinneren: iedereen die een uitnodiging kreeg, heeft gereageerd.",
  "measure.reminded": "De herinneringen worden verstuurd.",
  "measure.remind.alreadySent": "Deze herinnering was al verstuurd. Er is niets dubbel verstuurd.",
  "measure.remind.notOpen": "De meting is niet open. Er is geen herinnering verstuurd.",
  "measure.remind.subject": "Herinnering: vragenlijst over de samenwerking tussen school en ouders – {org}",
  "measure.remind.subject@childcare":
    "Herinnering: vragenlijst over de samenwerking tussen de opvang en ouders – {org}",
  "measure.remind.body":
    'Beste {name},\n\nMisschien bent u er nog niet aan toegekomen: {org} hoort graag hoe u de samenwerking tussen school en ouders ervaart. De vragenlijst "{title}" is open tot en met {lastDay}.\n\nUw eigen link (dezelfde als in de uitnodiging; wat u al invulde is bewaard):\n{link}\n\nUw antwoorden zijn anoniem: niemand kan zien wat u heeft geantwoord. Heeft u net al gereageerd? Dan kunt u deze e-mail vergeten.\n\nMet vriendelijke groet,\n{org}',
  "measure.remind.body@childcare":
    'Beste {name},\n\nMisschien bent u er nog niet aan toegekomen: {org} hoort graag hoe u de samenwerking tussen de opvang en ouders ervaart. De vragenlijst "{title}" is open tot en met {lastDay}.\n\nUw eigen link (dezelfde als in de uitnodiging; wat u al invulde is bewaard):\n{link}\n\nUw antwoorden zijn anoniem: niemand kan zien wat u heeft geantwoord. Heeft u net al gereageerd? Dan kunt u deze e-mail vergeten.\n\nMet vriendelijke groet,\n{org}',
  "measure.delete.title": "Meting verwijderen",
  "measure.delete.intro":
    "Verwijdert de meting met alle uitnodigingen, antwoorden en uitkomsten. Dit kan niet ongedaan worden gemaakt.",
  "measure.delete.button": "Meting verwijderen…",
  "measure.close.confirm.title": "“{title}” nu sluiten?",
  "measure.close.confirm.body":
    "Daarna kan niemand meer reageren, ook wie al begonnen is niet: een half ingevulde vragenlijst telt niet mee. De uitkomsten staan direct klaar. Sluiten kan niet ongedaan worden gemaakt.",
  "measure.close.confirm.button": "Ja, sluit de meting",
  "measure.delete.confirm.title": "“{title}” verwijderen?",
  "measure.delete.confirm.button": "Ja, verwijder de meting",
  "measure.deleted": "De meting is verwijderd.",
  "measure.backToMeasurement": "Terug naar de meting",
};

export const en: Record<keyof typeof nl, string> = {
  "measure.field.young": "Young children of these groups (together with the teacher or a parent)",
  "measure.extra.title": "Your own questions (optional)",
  "measure.extra.intro":
    "Add at most {n} statements of your own. Each belongs to one topic and one group, and is answered like the other questions. You see them separately in the results.",
  "measure.extra.item": "Own question {n}",
  "measure.extra.group": "For whom",
  "measure.extra.domain": "Topic",
  "measure.extra.choose": "Choose…",
  "measure.extra.nl": "Statement in Dutch",
  "measure.extra.en": "Statement in English (optional)",
  "measure.error.extraDutch": "Write the statement in Dutch.",
  "measure.error.extraDomain": "Choose the topic the question belongs to.",
  "measure.error.extraGroup": "Choose a group that fills in this measurement.",
  "measure.results.extra.title": "Your own questions",
  "measure.results.extra.intro": "The school's own questions do not count in the figures per topic.",
  "measure.results.extra.intro@childcare": "The setting's own questions do not count in the figures per topic.",
  "measure.results.extra.caption": "{group}: own questions",
  "measure.results.extra.item": "Statement",
  "measure.print.link": "Print links and QR codes",
  "measure.print.title": "Open links to print",
  "measure.print.intro":
    "Each group is on a page of its own. Print this page with your browser's print button, and give each group only its own page.",
  "measure.print.scan": "Scan the QR code with a phone or tablet, or type the link:",
  "measure.print.until": "The questionnaire is open until {lastDay} inclusive. Everyone can fill it in once.",
  "measure.print.young":
    "Fill in the questionnaire together with the child: read each sentence aloud and let the child choose a face.",
  "measure.print.qr": "QR code for {audience}",
  "measure.print.none": "This measurement has no open links.",
  "measure.print.closed": "This measurement is closed: its open links no longer work.",
  "measure.remind.title": "Send a reminder",
  "measure.remind.intro":
    "Everyone invited by e-mail who has not responded yet gets their own link once more. You only see how many people, never who.",
  "measure.remind.auto": "{n, plural, one {# day} other {# days}} before the end, one reminder goes out by itself.",
  "measure.remind.waiting": "Not responded yet: {n}.",
  "measure.remind.sending":
    "The invitations are still being sent. After that you see here how many people have not responded yet.",
  "measure.remind.button": "Send a reminder…",
  "measure.remind.confirm.title": "Send a reminder?",
  "measure.remind.confirm.body":
    "The reminder goes to {n, plural, one {# person who has not responded yet} other {# people who have not responded yet}}.",
  "measure.remind.confirm.button": "Yes, send the reminder",
  "measure.remind.none": "There is no one to remind: everyone who got an invitation has responded.",
  "measure.reminded": "The reminders are being sent.",
  "measure.remind.alreadySent": "This reminder had already been sent. Nothing was sent twice.",
  "measure.remind.notOpen": "The measurement is not open. No reminder was sent.",
  "measure.remind.subject": "Reminder: questionnaire on the partnership between school and parents – {org}",
  "measure.remind.subject@childcare":
    "Reminder: questionnaire on the partnership between the setting and parents – {org}",
  "measure.remind.body":
    'Dear {name},\n\nPerhaps you have not got round to it yet: {org} would like to hear how you experience the partnership between school and parents. The questionnaire "{title}" is open until {lastDay} inclusive.\n\nYour own link (the same as in the invitation; what you already filled in has been kept):\n{link}\n\nYour answers are anonymous: no one can see what you answered. Did you just respond? Then you can ignore this e-mail.\n\nKind regards,\n{org}',
  "measure.remind.body@childcare":
    'Dear {name},\n\nPerhaps you have not got round to it yet: {org} would like to hear how you experience the partnership between the setting and parents. The questionnaire "{title}" is open until {lastDay} inclusive.\n\nYour own link (the same as in the invitation; what you already filled in has been kept):\n{link}\n\nYour answers are anonymous: no one can see what you answered. Did you just respond? Then you can ignore this e-mail.\n\nKind regards,\n{org}',
  "measure.delete.title": "Delete the measurement",
  "measure.delete.intro": "Deletes the measurement with all invitations, answers and results. This cannot be undone.",
  "measure.delete.button": "Delete the measurement…",
  "measure.close.confirm.title": "Close “{title}” now?",
  "measure.close.confirm.body":
    "After this no one can respond, not even those who have started: a half-finished questionnaire does not count. The results are ready at once. Closing cannot be undone.",
  "measure.close.confirm.button": "Yes, close the measurement",
  "measure.delete.confirm.title": "Delete “{title}”?",
  "measure.delete.confirm.button": "Yes, delete the measurement",
  "measure.deleted": "The measurement has been deleted.",
  "measure.backToMeasurement": "Back to the measurement",
};
