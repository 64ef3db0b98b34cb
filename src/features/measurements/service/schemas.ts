/** The form to create a measurement, as a zod schema; messages are catalog keys. */
import { z } from "zod";
import { MIN_ANONYMITY_THRESHOLD } from "../domain/anonymity.js";
import { domainIds, respondentGroups, type DomainId, type RespondentGroup } from "../domain/instrument.js";
import { daysBetween, isCalendarDate, schoolDate } from "../../../lib/time/school-date.js";
import { outOfYearRange } from "../../../lib/time/dutch-date.js";
import type { Wording } from "../../../web/i18n/index.js";

export const measurementKinds = ["baseline", "interim", "final", "poll"] as const;
export type MeasurementKind = (typeof measurementKinds)[number];

/** Long enough for a school year's measurement, short enough to catch a typo in the year. */
export const MAX_OPEN_DAYS = 92;

const field = <T extends z.ZodType>(schema: T) => z.preprocess((value) => value ?? "", schema);
const date = field(
  z
    .string()
    .trim()
    .refine((v) => !outOfYearRange(v), "error.dateRange")
    .refine(isCalendarDate, "error.date"),
);
/** Checkboxes: absent, one value or several. */
const ids = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.guid("error.invalid"))
    .max(200)
    .transform((list) => [...new Set(list)]),
);

/** A few items of the school's own: each in one domain, for one respondent group, Dutch required. */
export const MAX_EXTRA_ITEMS = 3;
export const EXTRA_TEXT_MAX = 300;
export const extraSlots = Array.from({ length: MAX_EXTRA_ITEMS }, (_, index) => index + 1);
export const extraParts = ["group", "domain", "nl", "en"] as const;
export const extraField = (slot: number, part: (typeof extraParts)[number]) => `extra-${slot}-${part}`;

export interface ExtraItemInput {
  group: RespondentGroup;
  domain: DomainId;
  nl: string;
  en: string | null;
}

const extraText = field(z.string().trim().max(EXTRA_TEXT_MAX, "error.tooLong"));
const extraFields = Object.fromEntries(
  extraSlots.flatMap((slot) => [
    [extraField(slot, "group"), field(z.enum(respondentGroups, "error.invalid").or(z.literal("")))],
    [extraField(slot, "domain"), field(z.enum(domainIds, "error.invalid").or(z.literal("")))],
    [extraField(slot, "nl"), extraText],
    [extraField(slot, "en"), extraText],
  ]),
) as Record<string, z.ZodType<string>>;

/**
 * The respondent groups an organisation may ask. A preschool's or daycare's children are 0 to 4
 * years old and cannot fill in a questionnaire, not even with the face scale: only the team and parents.
 */
export function askableGroups(wording: Wording): readonly RespondentGroup[] {
  return wording === "childcare" ? ["team", "parents"] : respondentGroups;
}

export function measurementForm(wording: Wording = "school", now: Date = new Date()) {
  const today = schoolDate(now);
  const childrenAsked = askableGroups(wording).includes("pupils");
  return z
    .object({
      title: field(z.string().trim().min(1, "error.required").max(120, "error.tooLong")),
      kind: z.enum(measurementKinds, "error.required"),
      opensOn: date,
      closesOn: date,
      team: z.preprocess((value) => value === "on", z.boolean()),
      parents: ids,
      pupils: ids,
      young: ids,
      ...extraFields,
      threshold: field(
        z
          .string()
          .trim()
          .transform((value) => (value === "" ? null : Number(value)))
          .pipe(
            z
              .number("measure.error.threshold")
              .int("measure.error.threshold")
              .min(MIN_ANONYMITY_THRESHOLD, "measure.error.threshold")
              .max(50, "measure.error.threshold")
              .nullable(),
          ),
      ),
    })
    .superRefine((form, ctx) => {
      if (form.opensOn < today)
        ctx.addIssue({ code: "custom", path: ["opensOn"], message: "measure.error.opensInPast" });
      const days = daysBetween(form.opensOn, form.closesOn);
      if (days < 0) ctx.addIssue({ code: "custom", path: ["closesOn"], message: "measure.error.closesBeforeOpens" });
      if (days > MAX_OPEN_DAYS) ctx.addIssue({ code: "custom", path: ["closesOn"], message: "measure.error.tooLong" });
      if (!form.team && !form.parents.length && !form.pupils.length && !form.young.length) {
        ctx.addIssue({ code: "custom", path: ["audiences"], message: "measure.error.noAudience" });
      }
      if (!childrenAsked && (form.pupils.length || form.young.length)) {
        ctx.addIssue({ code: "custom", path: ["audiences"], message: "measure.error.noChildren" });
      }
      for (const slot of extraSlots) checkExtraSlot(form, slot, ctx);
    })
    .transform((form) => ({ ...form, extras: extraItemsOf(form) }));
}

type Flat = Record<string, unknown> & { team: boolean; parents: string[]; pupils: string[]; young: string[] };
const part = (form: Flat, slot: number, name: (typeof extraParts)[number]) =>
  String(form[extraField(slot, name)] ?? "");

/** A slot is used when it has a text; then it needs Dutch, a domain and a group that is asked. */
function checkExtraSlot(form: Flat, slot: number, ctx: z.RefinementCtx): void {
  if (!part(form, slot, "nl") && !part(form, slot, "en")) return;
  const issue = (name: (typeof extraParts)[number], message: string) =>
    ctx.addIssue({ code: "custom", path: [extraField(slot, name)], message });
  if (!part(form, slot, "nl")) issue("nl", "measure.error.extraDutch");
  if (!part(form, slot, "domain")) issue("domain", "measure.error.extraDomain");
  const group = part(form, slot, "group");
  const asked = {
    team: form.team,
    parents: form.parents.length > 0,
    pupils: form.pupils.length > 0,
    young: form.young.length > 0,
  };
  if (!(group in asked) || !asked[group as RespondentGroup]) issue("group", "measure.error.extraGroup");
}

function extraItemsOf(form: Flat): ExtraItemInput[] {
  return extraSlots.flatMap((slot) => {
    const nl = part(form, slot, "nl");
    if (!nl) return [];
    const en = part(form, slot, "en");
    return [
      {
        group: part(form, slot, "group") as RespondentGroup,
        domain: part(form, slot, "domain") as DomainId,
        nl,
        en: en || null,
      },
    ];
  });
}

export type MeasurementInput = z.infer<ReturnType<typeof measurementForm>>;
