/** The forms of this feature as zod schemas; messages are catalog keys. */
import { z } from "zod";
import { personFields } from "../../web/person-fields.js";
import { checkDateOfBirth, checkSchoolYear } from "./rules.js";

/** A field missing from the post counts as empty, so it gets the same clear message. */
const field = <T extends z.ZodType>(schema: T) => z.preprocess((value) => value ?? "", schema);
const text = (max: number) => z.string().trim().max(max, "error.tooLong");
const required = (max: number) => field(text(max).min(1, "error.required"));
const optional = (max: number) => field(text(max).transform((v) => v || null));
/** A person's field as forms and the import share it (src/web/person-fields.ts), required or else null when empty. */
const personRequired = (schema: z.ZodType<string, string>) => field(schema.pipe(z.string().min(1, "error.required")));
const personOptional = (schema: z.ZodType<string, string>) => field(schema.transform((v) => v || null));
const id = field(z.string().trim().pipe(z.guid("error.required")));
const optionalId = field(
  z
    .string()
    .trim()
    .transform((v) => v || null)
    .pipe(z.guid("error.invalid").nullable()),
);

export const groupForm = z.object({
  name: required(50),
  schoolYearId: id,
  locationId: optionalId,
});

export const renameForm = z.object({ name: required(50) });
export const staffForm = z.object({ staffUserId: id });
export const targetGroupForm = z.object({ groupId: id });
export const guardianLinkForm = z.object({ guardianId: id });

const dateOfBirth = field(
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (!value) return null;
      const check = checkDateOfBirth(value);
      if (check.ok) return check.date;
      ctx.addIssue({ code: "custom", message: check.key });
      return z.NEVER;
    }),
);

export const pupilForm = z.object({
  firstName: personRequired(personFields.firstName),
  surnamePrefix: personOptional(personFields.surnamePrefix),
  surname: personRequired(personFields.surname),
  dateOfBirth,
  pupilNumber: personOptional(personFields.pupilNumber),
  groupId: optionalId,
});

export const guardianForm = z.object({
  name: personRequired(personFields.guardianName),
  email: field(
    z
      .string()
      .trim()
      .toLowerCase()
      .max(254, "error.tooLong")
      .transform((v) => v || null)
      .pipe(z.email("error.email").nullable()),
  ),
  phone: optional(30).pipe(
    z
      .string()
      .regex(/^\+?[0-9 ()-]{6,20}$/, "pupils.guardians.error.phone")
      .nullable(),
  ),
  /** Set when the guardian is added from a pupil's page: link them straight away. */
  pupilId: optionalId,
});

export const schoolYearForm = z
  .object({ name: field(z.string()), startsOn: field(z.string()), endsOn: field(z.string()) })
  .transform((input, ctx) => {
    const check = checkSchoolYear(input);
    if (check.ok) return check.value;
    for (const [name, message] of Object.entries(check.problems)) {
      ctx.addIssue({ code: "custom", path: [name], message });
    }
    return z.NEVER;
  });
