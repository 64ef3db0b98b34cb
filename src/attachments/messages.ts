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
    "Wat u verstuurde is samen te groot. Voeg minder of kleinere bestanden toe (elk hoogstens {maxMb} MB).",
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
    "What you sent is too large altogether. Add fewer or smaller files (each at most {maxMb} MB).",
  "attachments.field.hint": "Photos (JPEG, PNG, WebP, GIF) and PDFs, each at most {maxMb} MB.",
};
