/**
 * Texts of conversation rounds: settings errors, why a booking is refused, why the fair
 * allocation could not place a family. Keys follow the codes in domain/ (e.g.
 * `conversations.refusal.${BookingRefusal}`). Dutch is the source.
 */
export const nl = {
  "conversations.notification.booked": "Bevestiging van een geboekt gesprek",
  "conversations.notification.changed": "Een gesprek dat verzet of afgezegd is",
  "conversations.notification.reminder": "Herinnering aan een gesprek",
  "conversations.notification.invitation": "Oproep om een gesprek te boeken",
  "conversations.notification.request": "Gesprekken op verzoek en andere tijden",
  "conversations.notification.followUp": "Herinnering aan gemaakte afspraken",
  "conversations.error.date": "Vul een geldige datum in, zoals 16-12-2026.",
  "conversations.error.datePast": "Deze datum is al voorbij. Kies vandaag of een latere dag.",
  "conversations.error.time": "Vul een geldige tijd in, zoals 19:30.",
  "conversations.error.windowEndBeforeStart": "De eindtijd moet na de begintijd liggen.",
  "conversations.error.breakEndBeforeStart": "De pauze moet eindigen na het begin.",
  "conversations.error.windowTooShort": "Deze tijd is korter dan één gesprek.",
  "conversations.error.otherRoundOverlap": "Deze tijd overlapt met uw gesprekstijden in een andere ronde.",
  "conversations.error.windowsOverlap": "Deze tijd overlapt met een andere tijd van dezelfde leraar.",
  "conversations.error.windowsOverlap@childcare":
    "Deze tijd overlapt met een andere tijd van dezelfde pedagogisch medewerker.",
  "conversations.error.noAvailability": "Vul minstens één dag en tijd in waarop een leraar kan.",
  "conversations.error.noAvailability@childcare":
    "Vul minstens één dag en tijd in waarop een pedagogisch medewerker kan.",
  "conversations.teacher.former": "een voormalige leraar",
  "conversations.teacher.former@childcare": "een voormalige pedagogisch medewerker",
  "conversations.error.slotMinutes": "Een gesprek duurt tussen 5 en 120 minuten.",
  "conversations.error.breakEverySlots": "Kies een pauze na 1 tot 50 gesprekken.",
  "conversations.error.breakMinutes": "Een pauze duurt tussen 1 en 120 minuten.",
  "conversations.error.buffer": "De looptijd tussen gesprekken is 0 tot 60 minuten.",
  "conversations.error.tolerance": "De extra wachttijd is 0 tot 120 minuten.",
  "conversations.error.tooMany": "Dit zijn te veel tijden voor één ronde.",
  "conversations.error.closesBeforeOpens": "Het inschrijven moet sluiten na het openen.",
  "conversations.error.deadlineBeforeOpens": "De laatste dag om te wijzigen moet na het openen liggen.",
  "conversations.refusal.slotTaken": "Deze tijd is net door iemand anders gekozen. Kies een andere tijd.",
  "conversations.refusal.outsideWindow": "U kunt nu niet inschrijven. Het inschrijven is nog niet open of al gesloten.",
  "conversations.refusal.afterDeadline":
    "Wijzigen of afzeggen kan niet meer. Neem contact op met de leraar als u niet kunt komen.",
  "conversations.refusal.afterDeadline@childcare":
    "Wijzigen of afzeggen kan niet meer. Neem contact op met de pedagogisch medewerker als u niet kunt komen.",
  "conversations.refusal.notYourChild": "U kunt alleen een gesprek kiezen voor uw eigen kind.",
  "conversations.refusal.alreadyBooked": "U heeft al een gesprek voor dit kind. U kunt de tijd wel wijzigen.",
  "conversations.refusal.familyClash":
    "Op die tijd heeft u al een gesprek over een ander kind, of het is te krap om van het ene lokaal naar het andere te lopen. Kies een andere tijd.",
  "conversations.refusal.familyClash@childcare":
    "Op die tijd heeft u al een gesprek over een ander kind, of het is te krap om van de ene groep naar de andere te lopen. Kies een andere tijd.",
  "conversations.refusal.notYourBooking":
    "Dit gesprek is gekozen door de andere ouder. Alleen die ouder kan het wijzigen.",
  "conversations.unplaced.noSuitableTime": "Geen van de tijden past bij wat de ouders hebben aangegeven.",
  "conversations.unplaced.conflicts": "De tijden die passen, waren nodig voor andere gezinnen.",
  "conversations.unplaced.tooFewTimes":
    "Er waren niet genoeg tijden: alle tijden van de leraren van de groep zijn vergeven.",
  "conversations.unplaced.tooFewTimes@childcare":
    "Er waren niet genoeg tijden: alle tijden van de pedagogisch medewerkers van de groep zijn vergeven.",
  "conversations.preferences.explain":
    "Geef aan welke tijden goed passen (ja) en welke niet (nee). Heeft u minstens één tijd ja gekozen? Dan krijgt u alleen een tijd die u ja gaf. Kiest u geen enkele tijd ja? Dan kan elke tijd die u niet nee gaf.",
  "conversations.preferences.explainOpenPossible":
    "Geef aan welke tijden goed passen (ja) en welke niet (nee). Tijden die u open laat, kunnen ook. We geven eerst de tijden met ja.",
} as const;

export const en: Record<keyof typeof nl, string> = {
  "conversations.notification.booked": "Confirmation of a booked conversation",
  "conversations.notification.changed": "A conversation that was moved or cancelled",
  "conversations.notification.reminder": "Reminder of a conversation",
  "conversations.notification.invitation": "Call to book a conversation",
  "conversations.notification.request": "Conversations on request and other times",
  "conversations.notification.followUp": "Reminder of agreements made",
  "conversations.error.date": "Enter a valid date, like 16-12-2026.",
  "conversations.error.datePast": "This date has passed. Choose today or a later day.",
  "conversations.error.time": "Enter a valid time, like 19:30.",
  "conversations.error.windowEndBeforeStart": "The end time must be after the start time.",
  "conversations.error.breakEndBeforeStart": "The break must end after it starts.",
  "conversations.error.windowTooShort": "This time is shorter than one conversation.",
  "conversations.error.otherRoundOverlap": "This time overlaps your conversation times in another round.",
  "conversations.error.windowsOverlap": "This time overlaps another time of the same teacher.",
  "conversations.error.windowsOverlap@childcare":
    "This time overlaps another time of the same early years practitioner.",
  "conversations.error.noAvailability": "Enter at least one day and time when a teacher is available.",
  "conversations.error.noAvailability@childcare":
    "Enter at least one day and time when an early years practitioner is available.",
  "conversations.teacher.former": "a former teacher",
  "conversations.teacher.former@childcare": "a former early years practitioner",
  "conversations.error.slotMinutes": "A conversation lasts between 5 and 120 minutes.",
  "conversations.error.breakEverySlots": "Choose a break after 1 to 50 conversations.",
  "conversations.error.breakMinutes": "A break lasts between 1 and 120 minutes.",
  "conversations.error.buffer": "The walking time between conversations is 0 to 60 minutes.",
  "conversations.error.tolerance": "The extra waiting time is 0 to 120 minutes.",
  "conversations.error.tooMany": "These are too many times for one round.",
  "conversations.error.closesBeforeOpens": "Booking must close after it opens.",
  "conversations.error.deadlineBeforeOpens": "The last day for changes must be after booking opens.",
  "conversations.refusal.slotTaken": "Someone else just chose this time. Please choose another time.",
  "conversations.refusal.outsideWindow": "You cannot book now. Booking has not opened yet or has closed.",
  "conversations.refusal.afterDeadline":
    "It is too late to change or cancel. Please contact the teacher if you cannot come.",
  "conversations.refusal.afterDeadline@childcare":
    "It is too late to change or cancel. Please contact the early years practitioner if you cannot come.",
  "conversations.refusal.notYourChild": "You can only choose a conversation for your own child.",
  "conversations.refusal.alreadyBooked": "You already have a conversation for this child. You can change the time.",
  "conversations.refusal.familyClash":
    "At that time you already have a conversation about another child, or it is too tight to walk from one classroom to the other. Please choose another time.",
  "conversations.refusal.familyClash@childcare":
    "At that time you already have a conversation about another child, or it is too tight to walk from one group to the other. Please choose another time.",
  "conversations.refusal.notYourBooking": "The other parent chose this conversation. Only that parent can change it.",
  "conversations.unplaced.noSuitableTime": "None of the times fits what the parents marked.",
  "conversations.unplaced.conflicts": "The times that fit were needed for other families.",
  "conversations.unplaced.tooFewTimes":
    "There were not enough times: every time of the group's teachers has been given.",
  "conversations.unplaced.tooFewTimes@childcare":
    "There were not enough times: every time of the group's early years practitioners has been given.",
  "conversations.preferences.explain":
    "Mark the times that suit you (yes) and the times that do not (no). Did you mark at least one time yes? Then you only get a time you marked yes. Did you mark no time yes? Then any time you did not mark no is possible.",
  "conversations.preferences.explainOpenPossible":
    "Mark the times that suit you (yes) and the times that do not (no). Times you leave open are possible too. We give the times marked yes first.",
};
