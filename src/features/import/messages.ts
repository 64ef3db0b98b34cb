/** Texts for the import: why a row was refused, warnings, and column (field) names. Dutch is the source. */
export const nl = {
  "import.reason.missingPupilNumber": "Het leerlingnummer ontbreekt.",
  "import.reason.missingPupilNumber@childcare": "Het kindnummer ontbreekt.",
  "import.reason.missingFirstName": "De voornaam van de leerling ontbreekt.",
  "import.reason.missingFirstName@childcare": "De voornaam van het kind ontbreekt.",
  "import.reason.missingSurname": "De achternaam van de leerling ontbreekt.",
  "import.reason.missingSurname@childcare": "De achternaam van het kind ontbreekt.",
  "import.reason.missingGroup": "De groep of klas ontbreekt.",
  "import.reason.missingGroup@childcare": "De groep ontbreekt.",
  "import.reason.invalidDate": "De geboortedatum klopt niet. Gebruik bijvoorbeeld 31-12-2015.",
  "import.reason.futureDate": "De geboortedatum ligt in de toekomst.",
  "import.reason.invalidEmail": "Een e-mailadres van een ouder klopt niet.",
  "import.reason.tooLong":
    "Een naam, leerlingnummer of e-mailadres is langer dan het formulier toestaat (voornaam en achternaam 100 tekens, tussenvoegsel en leerlingnummer 30, naam van een ouder 150).",
  "import.reason.tooLong@childcare":
    "Een naam, kindnummer of e-mailadres is langer dan het formulier toestaat (voornaam en achternaam 100 tekens, tussenvoegsel en kindnummer 30, naam van een ouder 150).",
  "import.reason.duplicatePupilNumber":
    "Dit leerlingnummer staat vaker in het bestand, met andere gegevens. Maak de regels gelijk of verwijder er een.",
  "import.reason.duplicatePupilNumber@childcare":
    "Dit kindnummer staat vaker in het bestand, met andere gegevens. Maak de regels gelijk of verwijder er een.",
  "import.warning.guardianNameMissing":
    "Een ouder heeft geen naam. We gebruiken het e-mailadres. De ouder kan de naam zelf invullen.",
  "import.warning.guardianEmailMissing":
    "Een ouder heeft geen e-mailadres. Deze ouder wordt niet toegevoegd. De leerling wel.",
  "import.warning.guardianEmailMissing@childcare":
    "Een ouder heeft geen e-mailadres. Deze ouder wordt niet toegevoegd. Het kind wel.",
  "import.file.empty": "Het bestand is leeg of heeft geen kopregel.",
  "import.file.malformed": "We kunnen het bestand niet lezen. Sla het in Excel op als CSV en probeer het opnieuw.",
  "import.mapping.ignore": "Niet importeren",
  "import.field.pupilNumber": "Leerlingnummer",
  "import.field.pupilNumber@childcare": "Kindnummer",
  "import.field.firstName": "Roepnaam",
  "import.field.surnamePrefix": "Tussenvoegsel",
  "import.field.surname": "Achternaam",
  "import.field.dateOfBirth": "Geboortedatum",
  "import.field.group": "Groep of klas",
  "import.field.group@childcare": "Groep",
  "import.field.guardian1Name": "Naam ouder 1",
  "import.field.guardian1FirstName": "Voornaam ouder 1",
  "import.field.guardian1SurnamePrefix": "Tussenvoegsel ouder 1",
  "import.field.guardian1Surname": "Achternaam ouder 1",
  "import.field.guardian1Email": "E-mailadres ouder 1",
  "import.field.guardian2Name": "Naam ouder 2",
  "import.field.guardian2FirstName": "Voornaam ouder 2",
  "import.field.guardian2SurnamePrefix": "Tussenvoegsel ouder 2",
  "import.field.guardian2Surname": "Achternaam ouder 2",
  "import.field.guardian2Email": "E-mailadres ouder 2",
} as const;

export const en: Record<keyof typeof nl, string> = {
  "import.reason.missingPupilNumber": "The pupil number is missing.",
  "import.reason.missingPupilNumber@childcare": "The child number is missing.",
  "import.reason.missingFirstName": "The pupil's first name is missing.",
  "import.reason.missingFirstName@childcare": "The child's first name is missing.",
  "import.reason.missingSurname": "The pupil's surname is missing.",
  "import.reason.missingSurname@childcare": "The child's surname is missing.",
  "import.reason.missingGroup": "The group or class is missing.",
  "import.reason.missingGroup@childcare": "The group is missing.",
  "import.reason.invalidDate": "The date of birth is not valid. Use for example 31-12-2015.",
  "import.reason.futureDate": "The date of birth is in the future.",
  "import.reason.invalidEmail": "A parent's e-mail address is not valid.",
  "import.reason.tooLong":
    "A name, pupil number or e-mail address is longer than the form allows (first name and surname 100 characters, surname prefix and pupil number 30, a parent's name 150).",
  "import.reason.tooLong@childcare":
    "A name, child number or e-mail address is longer than the form allows (first name and surname 100 characters, surname prefix and child number 30, a parent's name 150).",
  "import.reason.duplicatePupilNumber":
    "This pupil number appears more than once in the file, with different details. Make the rows the same or remove one.",
  "import.reason.duplicatePupilNumber@childcare":
    "This child number appears more than once in the file, with different details. Make the rows the same or remove one.",
  "import.warning.guardianNameMissing":
    "A parent has no name. We use the e-mail address. The parent can fill in their name later.",
  "import.warning.guardianEmailMissing": "A parent has no e-mail address. This parent is not added. The pupil is.",
  "import.warning.guardianEmailMissing@childcare":
    "A parent has no e-mail address. This parent is not added. The child is.",
  "import.file.empty": "The file is empty or has no header row.",
  "import.file.malformed": "We cannot read this file. Save it in Excel as CSV and try again.",
  "import.mapping.ignore": "Do not import",
  "import.field.pupilNumber": "Pupil number",
  "import.field.pupilNumber@childcare": "Child number",
  "import.field.firstName": "First name",
  "import.field.surnamePrefix": "Surname prefix",
  "import.field.surname": "Surname",
  "import.field.dateOfBirth": "Date of birth",
  "import.field.group": "Group or class",
  "import.field.group@childcare": "Group",
  "import.field.guardian1Name": "Name parent 1",
  "import.field.guardian1FirstName": "First name parent 1",
  "import.field.guardian1SurnamePrefix": "Surname prefix parent 1",
  "import.field.guardian1Surname": "Surname parent 1",
  "import.field.guardian1Email": "E-mail address parent 1",
  "import.field.guardian2Name": "Name parent 2",
  "import.field.guardian2FirstName": "First name parent 2",
  "import.field.guardian2SurnamePrefix": "Surname prefix parent 2",
  "import.field.guardian2Surname": "Surname parent 2",
  "import.field.guardian2Email": "E-mail address parent 2",
};
