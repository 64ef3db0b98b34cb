/**
 * A person's fields — a pupil's names and number, a guardian's or staff member's name, e-mail
 * address and phone number — defined once, for the forms and the import alike: the same
 * limits and the same cleaning (control characters removed, whitespace runs and line breaks
 * folded to one space, trimmed), whether typed into a form or read from a spreadsheet.
 */
import { z } from "zod";
import { cleanText } from "./text.js";

/** The longest each field may be, in characters. */
export const PERSON_FIELD_MAX = {
  firstName: 100,
  surnamePrefix: 30,
  surname: 100,
  pupilNumber: 30,
  guardianName: 150,
  staffName: 200,
  email: 254,
  phone: 30,
} as const;

/** One line of text as a name is stored. */
export function singleLine(value: string): string {
  return cleanText(value).replace(/\s+/g, " ").trim();
}

/** A single-line text of at most `max` characters; empty is allowed (required fields add `.min(1)`). */
export const personText = (max: number) => z.string().transform(singleLine).pipe(z.string().max(max, "error.tooLong"));

export const personFields = {
  firstName: personText(PERSON_FIELD_MAX.firstName),
  surnamePrefix: personText(PERSON_FIELD_MAX.surnamePrefix),
  surname: personText(PERSON_FIELD_MAX.surname),
  pupilNumber: personText(PERSON_FIELD_MAX.pupilNumber),
  guardianName: personText(PERSON_FIELD_MAX.guardianName),
  staffName: personText(PERSON_FIELD_MAX.staffName),
  /** Lower case; empty when none was given. */
  email: personText(PERSON_FIELD_MAX.email)
    .transform((v) => v.toLowerCase())
    .pipe(z.union([z.literal(""), z.email("error.email")])),
};
