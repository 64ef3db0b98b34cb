/** The certification forms as zod schemas; messages are catalog keys, shown beside their fields. */
import { z } from "zod";
import { domainIds, type DomainId } from "../measurements/index.js";

const field = <T extends z.ZodType>(schema: T) => z.preprocess((value) => value ?? "", schema);
const required = (key: "certification.error.reasonsRequired" | "certification.error.reasonRequired", max: number) =>
  field(z.string().trim().min(1, key).max(max, "error.tooLong"));

export const notYetForm = z.object({ reasons: required("certification.error.reasonsRequired", 2000) });
export const revokeForm = z.object({ reason: required("certification.error.reasonRequired", 500) });
export const listingForm = z.object({ listed: field(z.enum(["yes", "no"], "error.invalid")) });

/** "3,5" or "3.5": Dutch writes a decimal comma. */
const minimum = field(
  z
    .string()
    .trim()
    .transform((v) => Number(v.replace(",", ".")))
    .pipe(
      z
        .number("certification.error.minimum")
        .min(1, "certification.error.minimum")
        .max(5, "certification.error.minimum"),
    ),
);
const whole = (key: "certification.error.count" | "certification.error.years", min: number, max: number) =>
  field(
    z
      .string()
      .trim()
      .regex(/^\d{1,2}$/, key)
      .transform(Number)
      .pipe(z.number().min(min, key).max(max, key)),
  );

export const minimumField = (domain: DomainId) => `min_${domain}`;

export const criteriaForm = z
  .object({
    ...(Object.fromEntries(domainIds.map((d) => [minimumField(d), minimum])) as Record<
      `min_${DomainId}`,
      typeof minimum
    >),
    noDecline: z.preprocess((value) => value === "on", z.boolean()),
    minSchoolSessions: whole("certification.error.count", 0, 50),
    minParentSessions: whole("certification.error.count", 0, 50),
    validityYears: whole("certification.error.years", 1, 10),
  })
  .transform(({ noDecline, minSchoolSessions, minParentSessions, validityYears, ...minimums }) => ({
    domainMinimums: Object.fromEntries(domainIds.map((d) => [d, minimums[`min_${d}`]])) as Record<DomainId, number>,
    noDecline,
    minSchoolSessions,
    minParentSessions,
    validityYears,
  }));
