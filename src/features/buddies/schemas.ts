/** The buddies' forms: checkboxes arrive as one value or a list; every choice is from a fixed list. */
import { z } from "zod";
import { isLanguageCode } from "../network/index.js";

export const reasons = ["new", "language", "firstChild", "littleTime", "other"] as const;
export const availabilities = ["morning", "afternoon", "evening", "weekend"] as const;
export const MAX_NOTE = 500;

/** A checkbox group: nothing, one value or several, as a list without empty values. */
const checked = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((v) => v !== ""));

const languages = checked.pipe(
  z.array(z.string().refine(isLanguageCode, "buddies.error.language")).min(1, "buddies.error.languages"),
);
const availability = checked.pipe(
  z.array(z.enum(availabilities, { error: "buddies.error.availability" })).min(1, "buddies.error.availability"),
);
const note = z.string().trim().max(MAX_NOTE, "buddies.error.noteTooLong").optional().default("");

export const requestForm = z.object({
  reasons: checked.pipe(z.array(z.enum(reasons, { error: "buddies.error.reasons" })).min(1, "buddies.error.reasons")),
  languages,
  availability,
  note,
});
export type RequestInput = z.infer<typeof requestForm>;

export const offerForm = z.object({
  languages,
  availability,
  capacity: z.coerce
    .number({ error: "buddies.error.capacity" })
    .int()
    .min(1, "buddies.error.capacity")
    .max(3, "buddies.error.capacity"),
  note,
});
export type OfferInput = z.infer<typeof offerForm>;

export const matchForm = z.object({ offerId: z.guid({ error: "buddies.error.offer" }) });
