/** Sign-in, sign-out and account strings. */
export const nl = {
  "signIn.title": "Inloggen",
  "signIn.intro":
    "Vul uw e-mailadres in. U krijgt een e-mail met een link om in te loggen. U heeft geen wachtwoord nodig.",
  "signIn.email": "E-mailadres",
  "signIn.submit": "Stuur mij een inloglink",
  "signIn.sent.title": "Kijk in uw e-mail",
  "signIn.sent.body":
    "Als {email} bij ons bekend is, staat er nu een e-mail met een inloglink klaar. De link werkt 10 minuten en één keer.",
  "signIn.sent.again": "Geen e-mail gekregen? Kijk ook in uw spam, of vraag een nieuwe link aan.",
  "signIn.mail.subject": "Uw inloglink voor Samen",
  "signIn.mail.body":
    "Hallo {name},\n\nMet deze link logt u in bij Samen:\n\n{link}\n\nDe link werkt 10 minuten en maar één keer. Heeft u dit niet zelf aangevraagd? Dan kunt u deze e-mail negeren.\n\nSamen",
  "signIn.link.title": "Inloggen bij Samen",
  "signIn.link.body": "Klik op de knop om in te loggen.",
  "signIn.link.submit": "Inloggen",
  "signIn.link.invalid.title": "Deze link werkt niet meer",
  "signIn.link.invalid.body": "De inloglink is verlopen of al gebruikt. Vraag een nieuwe link aan.",
  "signIn.link.again": "Nieuwe link aanvragen",
  "signIn.password.title": "Inloggen met wachtwoord",
  "signIn.password.intro": "Voor medewerkers die een wachtwoord hebben ingesteld.",
  "signIn.password.label": "Wachtwoord",
  "signIn.password.submit": "Inloggen",
  "signIn.password.wrong": "Het e-mailadres of wachtwoord klopt niet.",
  "signIn.password.link": "Inloggen met wachtwoord (medewerkers)",
  "signOut.everywhere": "Overal uitloggen",
  "signOut.everywhere.hint": "Logt u uit op al uw apparaten.",
  "signOut.done": "U bent uitgelogd.",
  "account.title": "Mijn account",
  "account.name": "Naam",
  "account.email": "E-mailadres",
  "account.language": "Taal van Samen",
  "account.language.auto": "Zoals mijn browser",
  "account.saved": "Uw gegevens zijn opgeslagen.",
  "account.password.title": "Wachtwoord",
  "account.password.intro":
    "U kunt altijd inloggen met een link per e-mail. Als medewerker kunt u ook een wachtwoord instellen.",
  "account.password.new": "Nieuw wachtwoord",
  "account.password.hint": "Minstens 12 tekens.",
  "account.password.tooShort": "Kies een wachtwoord van minstens 12 tekens.",
  "account.password.saved":
    "Uw wachtwoord is ingesteld. U bent op uw andere apparaten uitgelogd, en u krijgt er een e-mail over.",
  "account.password.submit": "Wachtwoord instellen",
  "account.sessions.title": "Uitloggen op alle apparaten",
  "account.export.title": "Uw gegevens",
  "account.export.intro":
    "Download alles wat Samen over u bewaart: uw account en per school uw ideeën, reacties, steunbetuigingen, bevestigingen en aanmeldingen.",
  "account.export.intro@childcare":
    "Download alles wat Samen over u bewaart: uw account en per opvang uw ideeën, reacties, steunbetuigingen, bevestigingen en aanmeldingen.",
  "account.export.link": "Download mijn gegevens (JSON)",
} as const;

export const en: Record<keyof typeof nl, string> = {
  "signIn.title": "Sign in",
  "signIn.intro":
    "Enter your e-mail address. You will receive an e-mail with a link to sign in. You do not need a password.",
  "signIn.email": "E-mail address",
  "signIn.submit": "Send me a sign-in link",
  "signIn.sent.title": "Check your e-mail",
  "signIn.sent.body":
    "If {email} is known to us, an e-mail with a sign-in link is on its way. The link works for 10 minutes, once.",
  "signIn.sent.again": "No e-mail? Check your spam folder, or ask for a new link.",
  "signIn.mail.subject": "Your sign-in link for Samen",
  "signIn.mail.body":
    "Hello {name},\n\nUse this link to sign in to Samen:\n\n{link}\n\nThe link works for 10 minutes and only once. Did you not ask for this? Then you can ignore this e-mail.\n\nSamen",
  "signIn.link.title": "Sign in to Samen",
  "signIn.link.body": "Press the button to sign in.",
  "signIn.link.submit": "Sign in",
  "signIn.link.invalid.title": "This link no longer works",
  "signIn.link.invalid.body": "The sign-in link has expired or has already been used. Ask for a new link.",
  "signIn.link.again": "Ask for a new link",
  "signIn.password.title": "Sign in with a password",
  "signIn.password.intro": "For staff who have set a password.",
  "signIn.password.label": "Password",
  "signIn.password.submit": "Sign in",
  "signIn.password.wrong": "The e-mail address or password is not correct.",
  "signIn.password.link": "Sign in with a password (staff)",
  "signOut.everywhere": "Sign out everywhere",
  "signOut.everywhere.hint": "Signs you out on all your devices.",
  "signOut.done": "You are signed out.",
  "account.title": "My account",
  "account.name": "Name",
  "account.email": "E-mail address",
  "account.language": "Language of Samen",
  "account.language.auto": "Same as my browser",
  "account.saved": "Your details have been saved.",
  "account.password.title": "Password",
  "account.password.intro":
    "You can always sign in with a link by e-mail. As a staff member you can also set a password.",
  "account.password.new": "New password",
  "account.password.hint": "At least 12 characters.",
  "account.password.tooShort": "Choose a password of at least 12 characters.",
  "account.password.saved":
    "Your password has been set. You have been signed out on your other devices, and you will get an e-mail about it.",
  "account.password.submit": "Set password",
  "account.sessions.title": "Sign out on all devices",
  "account.export.title": "Your data",
  "account.export.intro":
    "Download everything Samen keeps about you: your account and, per school, your ideas, responses, supports, confirmations and sign-ups.",
  "account.export.intro@childcare":
    "Download everything Samen keeps about you: your account and, per setting, your ideas, responses, supports, confirmations and sign-ups.",
  "account.export.link": "Download my data (JSON)",
};
