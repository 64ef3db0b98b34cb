/**
 * A panel member's profile: their region (province) and their children's school types and years,
 * optionally their role in a school council. The strata a survey's sample is drawn from are
 * province × school type. Plain rules, no database.
 */
import { z } from "zod";
import type { PanelChild } from "../../../db/schema/panel.js";
import { provinces as dutchProvinces, type Province } from "../../../lib/provinces/index.js";
import type { Translate } from "../../../web/i18n/index.js";

/** The provinces as the panel lists them and draws its strata: alphabetically. */
export const provinces = [...dutchProvinces].sort();
export type { Province };

/** School types, each with the years a child can be in (a preschooler's age, a primary pupil's group, …). */
export const schoolTypeYears = {
  daycare: [0, 4],
  primary: [1, 8],
  special: [1, 12],
  secondary: [1, 6],
  vocational: [1, 4],
} as const satisfies Record<string, readonly [number, number]>;
export type SchoolType = keyof typeof schoolTypeYears;
export const schoolTypes = Object.keys(schoolTypeYears) as SchoolType[];

/** The school type's name in the person's language ("Basisschool"), also of one stored as text. */
export const schoolTypeName = (t: Translate, type: string) => t(`panel.schoolType.${type as SchoolType}`);

export const councilRoles = ["none", "parent_council", "mr", "gmr"] as const;
export type CouncilRole = (typeof councilRoles)[number];

/** The consent text a parent agrees to is versioned: the catalogs hold `panel.consent.v<N>.*`. */
export const CONSENT_VERSION = 1;

/** How many children the form asks about. */
export const CHILD_ROWS = 4;

export function isYearOf(schoolType: SchoolType, year: number): boolean {
  const [from, to] = schoolTypeYears[schoolType];
  return Number.isInteger(year) && year >= from && year <= to;
}

const optional = (s: unknown) => (typeof s === "string" && s.trim() === "" ? undefined : s);

const schoolTypeField = z.preprocess(
  optional,
  z.enum(schoolTypes as [SchoolType, ...SchoolType[]], { message: "panel.error.schoolType" }).optional(),
);
const yearField = z.preprocess(
  optional,
  z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, "panel.error.year")
    .optional(),
);

/** The profile fields of the sign-up and edit forms: province, children type1/year1 … type4/year4, council. */
export const profileSchema = z
  .object({
    province: z.enum(provinces, { message: "panel.error.province" }),
    council: z.preprocess(optional, z.enum(councilRoles, { message: "error.invalid" }).optional()),
    type1: schoolTypeField,
    year1: yearField,
    type2: schoolTypeField,
    year2: yearField,
    type3: schoolTypeField,
    year3: yearField,
    type4: schoolTypeField,
    year4: yearField,
  })
  .transform((form, ctx) => {
    const rows = [
      [form.type1, form.year1],
      [form.type2, form.year2],
      [form.type3, form.year3],
      [form.type4, form.year4],
    ] as const;
    const children: PanelChild[] = [];
    let wrong = false;
    rows.forEach(([type, year], index) => {
      if (!type && year === undefined) return;
      if (!type) {
        wrong = true;
        ctx.addIssue({ code: "custom", path: [`type${index + 1}`], message: "panel.error.schoolType" });
      } else if (year === undefined || !isYearOf(type, Number(year))) {
        wrong = true;
        ctx.addIssue({ code: "custom", path: [`year${index + 1}`], message: "panel.error.year" });
      } else children.push({ schoolType: type, year: Number(year) });
    });
    if (children.length === 0 && !wrong) {
      ctx.addIssue({ code: "custom", path: ["type1"], message: "panel.error.noChildren" });
    }
    return { province: form.province, council: form.council ?? null, children };
  });

export type Profile = z.output<typeof profileSchema>;

/** The school types of a member's children, each once. */
export function schoolTypesOf(children: readonly PanelChild[]): SchoolType[] {
  return [...new Set(children.map((c) => c.schoolType as SchoolType))];
}
