/** The zod schemas of this feature's forms; services validate with the same ones. Messages are catalog keys. */
import { z } from "zod";
import type { StaffRole } from "../../auth/viewer.js";
import { normaliseRegistrationCode, organisationTypes, registrationCodeError } from "./registration-code.js";
import { membershipRoles, staffRoles } from "./policy.js";
import { personFields } from "../../web/person-fields.js";

const text = (max: number) => z.string().trim().min(1, "error.required").max(max, "error.tooLong");

export const nameField = text(200);
/** A staff member's or advisor's name, as the import and every person form clean it. */
const personName = personFields.staffName.pipe(z.string().min(1, "error.required"));
export const emailField = z
  .string()
  .trim()
  .min(1, "error.required")
  .max(254, "error.tooLong")
  .email("error.email")
  .transform((v) => v.toLowerCase());

/** Checkboxes arrive as nothing, one value or several; always a list of distinct roles here. */
function rolesField(allowed: readonly [StaffRole, ...StaffRole[]]) {
  const asList = (v: unknown) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]);
  return z.preprocess(
    asList,
    z
      .array(z.enum(allowed, { message: "error.invalid" }))
      .min(1, "org.staff.error.roles")
      .transform((roles) => [...new Set(roles)]),
  );
}

const organisationShape = {
  name: nameField,
  type: z.enum(organisationTypes, { message: "error.invalid" }),
  registrationCode: z.string().trim().max(20, "error.tooLong"),
};

function checkCode(v: { type: (typeof organisationTypes)[number]; registrationCode: string }, ctx: z.RefinementCtx) {
  if (normaliseRegistrationCode(v.type, v.registrationCode)) return;
  ctx.addIssue({ code: "custom", path: ["registrationCode"], message: registrationCodeError(v.type) });
}

/** Name, type and registration code of an organisation (service input). */
export const organisationInput = z.object(organisationShape).superRefine(checkCode);

export const settingsForm = z
  .object({
    ...organisationShape,
    requireSecondFactor: z
      .string()
      .optional()
      .transform((v) => v === "on"),
  })
  .superRefine(checkCode);

export const newOrganisationForm = z
  .object({ ...organisationShape, leaderName: nameField, leaderEmail: emailField })
  .superRefine(checkCode);

export const locationInput = z.object({
  name: text(200),
  address: z.string().trim().max(500, "error.tooLong").default(""),
});

/** A person to invite (service input): any membership role. */
export const memberInput = z.object({ name: personName, email: emailField, roles: rolesField(membershipRoles) });

export const inviteStaffForm = z.object({ name: personName, email: emailField, roles: rolesField(staffRoles) });

export const inviteAdvisorForm = z.object({ name: personName, email: emailField });

export const staffRolesInput = z.object({ roles: rolesField(staffRoles) });
