/** Deleting one's own account, and the safeguards around setting a password. */
export const nl = {
  "account.delete.section": "Mijn account verwijderen",
  "account.delete.section.intro":
    "U kunt uw account en uw gegevens bij Samen laten verwijderen. Op de volgende pagina leest u eerst wat er precies gebeurt.",
  "account.delete.link": "Mijn account verwijderen",
  "account.delete.title": "Mijn account verwijderen",
  "account.delete.intro":
    "Als u uw account verwijdert, kunt u niet meer inloggen en is dat niet terug te draaien. Dit gebeurt er:",
  "account.delete.deleted.title": "Wat wordt verwijderd",
  "account.delete.deleted.account":
    "Uw account: naam, e-mailadres, taal, wachtwoord, tweede stap (app, passkeys, herstelcodes), meldingsinstellingen, agenda-koppeling en de e-mails die nog voor u klaarstaan.",
  "account.delete.deleted.own":
    "Wat van u zelf is: uw rollen bij scholen, ideeën, reacties, steunbetuigingen, bevestigingen, aanmeldingen, uw netwerkprofiel, buddy-verzoeken, groepslidmaatschappen, meldingen die u deed en uw eigen notities.",
  "account.delete.deleted.own@childcare":
    "Wat van u zelf is: uw rollen bij organisaties, ideeën, reacties, steunbetuigingen, bevestigingen, aanmeldingen, uw netwerkprofiel, buddy-verzoeken, groepslidmaatschappen, meldingen die u deed en uw eigen notities.",
  "account.delete.deleted.sessions": "Al uw sessies: u wordt overal uitgelogd.",
  "account.delete.kept.title": "Wat bij de school blijft, en waarom",
  "account.delete.kept.title@childcare": "Wat bij de opvang blijft, en waarom",
  "account.delete.kept.register":
    "De leerlingenadministratie van de school: uw gegevens als ouder of verzorger in het register van de school blijven staan, los van uw account, want die zijn van de school. Vraag de school als u die ook weg wilt hebben.",
  "account.delete.kept.register@childcare":
    "De kindadministratie van de opvang: uw gegevens als ouder of verzorger in de administratie van de opvang blijven staan, los van uw account, want die zijn van de opvang. Vraag de opvang als u die ook weg wilt hebben.",
  "account.delete.kept.shared":
    "Berichten en gespreksbijdragen die u in gedeelde ruimtes schreef, blijven staan zonder uw naam (ondertekend als een voormalige ouder of medewerker), zodat gesprekken voor anderen leesbaar blijven.",
  "account.delete.kept.records":
    "Wat de school vastlegde over haar eigen werk (bijvoorbeeld wie iets publiceerde of besliste) blijft, zonder dat het nog naar u verwijst. Het logboek zegt alleen dat er een account is verwijderd, niet van wie.",
  "account.delete.kept.records@childcare":
    "Wat de opvang vastlegde over haar eigen werk (bijvoorbeeld wie iets publiceerde of besliste) blijft, zonder dat het nog naar u verwijst. Het logboek zegt alleen dat er een account is verwijderd, niet van wie.",
  "account.delete.kept.answers":
    "Antwoorden op vragenlijsten: die zijn anoniem opgeslagen en nooit aan u gekoppeld, dus niemand kan ze terugvinden of verwijderen.",
  "account.delete.export": "Wilt u uw gegevens eerst bewaren? Download ze dan voordat u uw account verwijdert:",
  "account.delete.email": "Typ uw e-mailadres om te bevestigen",
  "account.delete.email.hint": "Het adres waarmee u inlogt.",
  "account.delete.email.wrong": "Dit is niet het e-mailadres van uw account.",
  "account.delete.submit": "Mijn account definitief verwijderen",
  "account.delete.cancel": "Niet verwijderen, terug naar mijn account",
  "account.delete.signInAgain":
    "Uw account verwijderen kan alleen binnen {minutes} minuten nadat u bent ingelogd, met uw tweede stap als u die heeft. Zo kan niemand die uw scherm even overneemt uw account verwijderen. Log opnieuw in; daarna komt u hier terug.",
  "account.delete.signInAgain.link": "Opnieuw inloggen",
  "account.delete.refused.admin":
    "U beheert het platform. Een beheerder kan zijn account niet zelf verwijderen: vraag eerst een andere beheerder om uw beheerrechten over te nemen.",
  "account.delete.refused.lastLeader":
    "U bent de enige schoolleider van {organisations}. Maak eerst iemand anders schoolleider; daarna kunt u uw account verwijderen.",
  "account.delete.refused.lastLeader@childcare":
    "U bent de enige leidinggevende van {organisations}. Maak eerst iemand anders leidinggevende; daarna kunt u uw account verwijderen.",
  "account.deleted.title": "Uw account is verwijderd",
  "account.deleted.body": "Uw account en uw gegevens zijn verwijderd en u bent overal uitgelogd.",
  "account.deleted.home": "Naar de startpagina",
  "account.password.signInAgain.title": "Log eerst opnieuw in",
  "account.password.signInAgain.body":
    "Een wachtwoord instellen kan alleen binnen {minutes} minuten nadat u bent ingelogd. Zo kan niemand die uw scherm even overneemt een eigen wachtwoord instellen. Log opnieuw in met een link uit uw e-mail; daarna komt u terug op Mijn account.",
  "account.password.signInAgain.link": "Opnieuw inloggen",
  "account.password.mail.subject": "Er is een wachtwoord ingesteld voor uw account bij Samen",
  "account.password.mail.body":
    "Hallo {name},\n\nEr is zojuist een wachtwoord ingesteld voor uw account bij Samen. U bent op uw andere apparaten uitgelogd.\n\nWas u dit niet? Log dan in met een link via {link}, stel een nieuw wachtwoord in en laat het uw school weten.\n\nSamen",
};

export const en: Record<keyof typeof nl, string> = {
  "account.delete.section": "Delete my account",
  "account.delete.section.intro":
    "You can have your account and your data at Samen deleted. The next page first tells you exactly what happens.",
  "account.delete.link": "Delete my account",
  "account.delete.title": "Delete my account",
  "account.delete.intro":
    "If you delete your account, you can no longer sign in, and this cannot be undone. This is what happens:",
  "account.delete.deleted.title": "What is deleted",
  "account.delete.deleted.account":
    "Your account: name, e-mail address, language, password, second factor (app, passkeys, recovery codes), notification settings, calendar link and the e-mails still waiting for you.",
  "account.delete.deleted.own":
    "What is your own: your roles at schools, ideas, reactions, supports, confirmations, sign-ups, your network profile, buddy requests, group memberships, reports you made and your own notes.",
  "account.delete.deleted.own@childcare":
    "What is your own: your roles at organisations, ideas, reactions, supports, confirmations, sign-ups, your network profile, buddy requests, group memberships, reports you made and your own notes.",
  "account.delete.deleted.sessions": "All your sessions: you are signed out everywhere.",
  "account.delete.kept.title": "What stays with the school, and why",
  "account.delete.kept.title@childcare": "What stays with the setting, and why",
  "account.delete.kept.register":
    "The school's pupil administration: your details as a parent or carer in the school's register stay, unlinked from your account, because they are the school's. Ask the school if you want those removed too.",
  "account.delete.kept.register@childcare":
    "The setting's records of children: your details as a parent or carer in the setting's records stay, unlinked from your account, because they are the setting's. Ask the setting if you want those removed too.",
  "account.delete.kept.shared":
    "Messages and posts you wrote in shared spaces stay without your name (signed as a former parent or staff member), so conversations stay readable for others.",
  "account.delete.kept.records":
    "What the school recorded about its own work (for example who published or decided something) stays, no longer pointing at you. The audit trail only says that an account was deleted, not whose.",
  "account.delete.kept.records@childcare":
    "What the setting recorded about its own work (for example who published or decided something) stays, no longer pointing at you. The audit trail only says that an account was deleted, not whose.",
  "account.delete.kept.answers":
    "Answers to questionnaires: they are stored anonymously and were never linked to you, so no one can find or delete them.",
  "account.delete.export": "Want to keep your data first? Download it before you delete your account:",
  "account.delete.email": "Type your e-mail address to confirm",
  "account.delete.email.hint": "The address you sign in with.",
  "account.delete.email.wrong": "This is not your account's e-mail address.",
  "account.delete.submit": "Delete my account permanently",
  "account.delete.cancel": "Do not delete, back to my account",
  "account.delete.signInAgain":
    "You can delete your account only within {minutes} minutes of signing in, with your second step if you have one. That way nobody who briefly takes over your screen can delete your account. Sign in again; it brings you back here.",
  "account.delete.signInAgain.link": "Sign in again",
  "account.delete.refused.admin":
    "You run the platform. An administrator cannot delete their own account: first ask another administrator to take over your rights.",
  "account.delete.refused.lastLeader":
    "You are the only school leader of {organisations}. Make someone else school leader first; then you can delete your account.",
  "account.delete.refused.lastLeader@childcare":
    "You are the only manager of {organisations}. Make someone else manager first; then you can delete your account.",
  "account.deleted.title": "Your account has been deleted",
  "account.deleted.body": "Your account and your data have been deleted and you are signed out everywhere.",
  "account.deleted.home": "To the home page",
  "account.password.signInAgain.title": "Sign in again first",
  "account.password.signInAgain.body":
    "You can set a password only within {minutes} minutes of signing in. That way nobody who briefly takes over your screen can set a password of their own. Sign in again with a link from your e-mail; it brings you back to My account.",
  "account.password.signInAgain.link": "Sign in again",
  "account.password.mail.subject": "A password has been set for your Samen account",
  "account.password.mail.body":
    "Hello {name},\n\nA password has just been set for your Samen account. You have been signed out on your other devices.\n\nWas this not you? Then sign in with a link at {link}, set a new password and tell your school.\n\nSamen",
};
