/** Texts of the notification settings and the unsubscribe pages. Dutch is the source; plain language (B1). */
export const nl = {
  "notifications.title": "Meldingen per e-mail",
  "notifications.intro":
    "Kies per soort bericht hoe u het wilt krijgen: meteen, één keer per dag in een overzicht, of niet.",
  "notifications.delivery.now": "Meteen",
  "notifications.delivery.digest": "In het dagelijkse overzicht",
  "notifications.delivery.off": "Niet",
  "notifications.digestHour": "Hoe laat komt uw dagelijkse overzicht?",
  "notifications.digestHour.hint": "Alleen op dagen dat er iets voor u is.",
  "notifications.kinds": "Soorten berichten",
  "notifications.urgent.title": "Altijd aan",
  "notifications.urgent.intro":
    "Deze berichten krijgt u altijd meteen. Ze zijn te belangrijk om te missen, bijvoorbeeld als een gesprek op een andere tijd is.",
  "notifications.saved": "Uw meldingen zijn opgeslagen.",
  "notifications.error.delivery": "Kies meteen, in het dagelijkse overzicht of niet.",
  "notifications.error.hour": "Kies een uur van 0 tot en met 23.",
  "notifications.accountLink": "Meldingen per e-mail instellen",
  "notifications.unsubscribe.title": "Afmelden",
  "notifications.unsubscribe.ask": "Wilt u geen e-mail meer krijgen over: {kind}?",
  "notifications.unsubscribe.askDigest": "Wilt u het dagelijkse overzicht niet meer krijgen?",
  "notifications.unsubscribe.submit": "Ja, afmelden",
  "notifications.unsubscribe.done": "U bent afgemeld. U krijgt geen e-mail meer over: {kind}.",
  "notifications.unsubscribe.doneDigest":
    "U bent afgemeld. U krijgt geen dagelijks overzicht meer; de berichten die erin zaten staan uit.",
  "notifications.unsubscribe.urgent":
    "Dit soort bericht kunt u niet uitzetten: het is te belangrijk om te missen. Uw andere meldingen stelt u in op uw account.",
  "notifications.unsubscribe.invalid":
    "Deze afmeldlink klopt niet. Kopieer de hele link uit de e-mail, of stel uw meldingen in op uw account.",
  "notifications.unsubscribe.settings": "Al uw meldingen instellen (na aanmelden)",
  "notifications.digestKind": "het dagelijkse overzicht",
};

export const en: Record<keyof typeof nl, string> = {
  "notifications.title": "E-mail notifications",
  "notifications.intro":
    "Choose for each kind of message how you want to receive it: at once, once a day in a digest, or not at all.",
  "notifications.delivery.now": "At once",
  "notifications.delivery.digest": "In the daily digest",
  "notifications.delivery.off": "Not at all",
  "notifications.digestHour": "At what time should your daily digest come?",
  "notifications.digestHour.hint": "Only on days when there is something for you.",
  "notifications.kinds": "Kinds of message",
  "notifications.urgent.title": "Always on",
  "notifications.urgent.intro":
    "You always receive these messages at once. They are too important to miss, for example when a conversation moves to another time.",
  "notifications.saved": "Your notifications have been saved.",
  "notifications.error.delivery": "Choose at once, in the daily digest or not at all.",
  "notifications.error.hour": "Choose an hour from 0 to 23.",
  "notifications.accountLink": "Set up e-mail notifications",
  "notifications.unsubscribe.title": "Unsubscribe",
  "notifications.unsubscribe.ask": "Do you want to stop receiving e-mail about: {kind}?",
  "notifications.unsubscribe.askDigest": "Do you want to stop receiving the daily digest?",
  "notifications.unsubscribe.submit": "Yes, unsubscribe",
  "notifications.unsubscribe.done": "You have been unsubscribed. You will no longer receive e-mail about: {kind}.",
  "notifications.unsubscribe.doneDigest":
    "You have been unsubscribed. You will no longer receive a daily digest; the messages that were in it are switched off.",
  "notifications.unsubscribe.urgent":
    "This kind of message cannot be switched off: it is too important to miss. You can set up your other notifications in your account.",
  "notifications.unsubscribe.invalid":
    "This unsubscribe link is not right. Copy the whole link from the e-mail, or set up your notifications in your account.",
  "notifications.unsubscribe.settings": "Set up all your notifications (after signing in)",
  "notifications.digestKind": "the daily digest",
};
