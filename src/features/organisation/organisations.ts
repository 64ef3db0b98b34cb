/**
 * Organisations themselves. The table is global (no row-level security: a
 * person chooses among organisations before one is current), so every query
 * here names the organisation's id.
 */
import { asc, eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { withOrg, type Db, type Executor } from "../../db/client.js";
import { organisations } from "../../db/schema/index.js";
import { NotFoundError } from "../../web/errors.js";
import { organisationCounts, type OrganisationCounts } from "../pupils/index.js";
import { checkInput, InputError, isUniqueViolation } from "../../web/input-error.js";
import { normaliseRegistrationCode, registrationCodeError, type OrganisationType } from "./registration-code.js";
import { organisationInput } from "./schemas.js";

export interface OrganisationFields {
  name: string;
  type: OrganisationType;
  registrationCode: string;
}

export type Organisation = typeof organisations.$inferSelect;

function validFields(input: OrganisationFields): OrganisationFields {
  const data = checkInput(organisationInput, input);
  const registrationCode = normaliseRegistrationCode(data.type, data.registrationCode);
  if (!registrationCode) throw new InputError("registrationCode", registrationCodeError(data.type));
  return { ...data, registrationCode };
}

/** Runs a write; a registration code another organisation already has becomes a message for that field. */
async function withUniqueCode<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, "organisations_registration_code_key"))
      throw new InputError("registrationCode", "org.code.taken");
    throw error;
  }
}

/** Creates an organisation; its registration code must fit its type and be unique on the platform. */
export async function createOrganisation(
  options: OrganisationFields & { db: Executor; id?: string },
): Promise<Organisation> {
  const fields = validFields(options);
  const [org] = await withUniqueCode(() =>
    options.db
      .insert(organisations)
      .values({ id: options.id ?? randomUUID(), ...fields })
      .returning(),
  );
  if (!org) throw new Error("organisation not created");
  return org;
}

/** Changes name, type, registration code and whether staff need a second factor. */
export async function updateOrganisationSettings(
  options: OrganisationFields & { db: Db; orgId: string; requireSecondFactor: boolean },
): Promise<void> {
  const fields = validFields(options);
  const updated = await withUniqueCode(() =>
    options.db
      .update(organisations)
      .set({ ...fields, requireSecondFactor: options.requireSecondFactor })
      .where(eq(organisations.id, options.orgId))
      .returning({ id: organisations.id }),
  );
  if (!updated.length) throw new NotFoundError("organisation");
}

export async function getOrganisation(options: { db: Db; orgId: string }): Promise<Organisation> {
  const [org] = await options.db.select().from(organisations).where(eq(organisations.id, options.orgId));
  if (!org) throw new NotFoundError("organisation");
  return org;
}

export type OrganisationWithCounts = Organisation & { counts: OrganisationCounts };

/**
 * Every organisation with its counts, for the platform admin. The counts come
 * from row-level-secured tables, so each is read inside its own organisation.
 */
export async function listOrganisationsWithCounts(options: {
  db: Db;
  userId: string;
}): Promise<OrganisationWithCounts[]> {
  const rows = await options.db.select().from(organisations).orderBy(asc(organisations.name));
  const result: OrganisationWithCounts[] = [];
  for (const org of rows) {
    const scope = { orgId: org.id, userId: options.userId };
    result.push({ ...org, counts: await withOrg(options.db, scope, (tx) => organisationCounts(tx, org.id)) });
  }
  return result;
}
