/** What a person reads about an attachment: why a file was refused. */
export const nl = {
  "attachments.error.empty": "Het bestand {name} is leeg. Kies een ander bestand.",
  "attachments.error.tooLarge":
    "Het bestand {name} is groter dan {maxMb} MB. Kies een kleiner bestand, of maak de foto kleiner.",
  "attachments.error.type":
    "Het bestand {name} is geen foto (JPEG, PNG, WebP of GIF) of PDF. Alleen die kunt u toevoegen.",
  "attachments.error.damaged": "Het bestand {name} kan niet worden gelezen. Misschien is het beschadigd.",
  "attachments.error.tooMany": "U kunt hoogstens {max} bestanden tegelijk toevoegen.",
  "attachments.error.uploadTooLarge.title": "Te groot om te versturen",
  "attachments.error.uploadTooLarge":
    "Wat u verstuurde is samen groter dan {totalMb} MB. Er is niets opgeslagen. Voeg minder of kleinere bestanden toe (elk hoogstens {maxMb} MB, samen hoogstens {totalMb} MB).",
  "attachments.error.quotaPerson":
    "U heeft vandaag al zoveel bestanden toegevoegd dat deze er niet meer bij passen (hoogstens {quotaMb} MB per dag). Er is niets opgeslagen. Vanaf middernacht kunt u weer bestanden toevoegen.",
  "attachments.error.quotaOrg":
    "Uw school heeft vandaag al zoveel bestanden toegevoegd dat deze er niet meer bij passen (hoogstens {quotaMb} MB per dag voor de hele school). Er is niets opgeslagen. Vanaf middernacht kunt u weer bestanden toevoegen.",
  "attachments.error.quotaOrg@childcare":
    "Uw opvang heeft vandaag al zoveel bestanden toegevoegd dat deze er niet meer bij passen (hoogstens {quotaMb} MB per dag voor de hele opvang). Er is niets opgeslagen. Vanaf middernacht kunt u weer bestanden toevoegen.",
  "attachments.busy.title": "Even wachten",
  "attachments.busy.person":
    "U verstuurt al bestanden. Wacht tot dat klaar is en probeer het over {seconds} seconden opnieuw. Er is niets opgeslagen.",
  "attachments.busy.server":
    "Er worden nu veel bestanden tegelijk verstuurd. Probeer het over {seconds} seconden opnieuw. Er is niets opgeslagen.",
  "attachments.field.hint": "Foto's (JPEG, PNG, WebP, GIF) en PDF's, elk hoogstens {maxMb} MB.",
};

export const en: Record<keyof typeof nl, string> = {
  "attachments.error.empty": "The file {name} is empty. Choose another file.",
  "attachments.error.tooLarge":
    "The file {name} is larger than {maxMb} MB. Choose a smaller file, or make the photo smaller.",
  "attachments.error.type":
    "The file {name} is not a photo (JPEG, PNG, WebP or GIF) or a PDF. Only those can be added.",
  "attachments.error.damaged": "The file {name} cannot be read. It may be damaged.",
  "attachments.error.tooMany": "You can add at most {max} files at once.",
  "attachments.error.uploadTooLarge.title": "Too large to send",
  "attachments.error.uploadTooLarge":
    "What you sent is larger than {totalMb} MB altogether. Nothing was saved. Add fewer or smaller files (each at most {maxMb} MB, together at most {totalMb} MB).",
  "attachments.error.quotaPerson":
    "You have added so many files today that these no longer fit (at most {quotaMb} MB a day). Nothing was saved. From midnight you can add files again.",
  "attachments.error.quotaOrg":
    "Your school has added so many files today that these no longer fit (at most {quotaMb} MB a day for the whole school). Nothing was saved. From midnight you can add files again.",
  "attachments.error.quotaOrg@childcare":
    "Your setting has added so many files today that these no longer fit (at most {quotaMb} MB a day for the whole setting). Nothing was saved. From midnight you can add files again.",
  "attachments.busy.title": "Please wait",
  "attachments.busy.person":
    "You are already sending files. Wait until that is done and try again in {seconds} seconds. Nothing was saved.",
  "attachments.busy.server": "Many files are being sent right now. Try again in {seconds} seconds. Nothing was saved.",
  "attachments.field.hint": "Photos (JPEG, PNG, WebP, GIF) and PDFs, each at most {maxMb} MB.",
};
