/** `samen create-org`: a new organisation, validated like the admin's form. */
import { z } from "zod";
import { createOrganisation } from "../../features/organisation/organisations.js";
import { organisationTypes } from "../../features/organisation/registration-code.js";
import { parseFlags, type Command } from "../command.js";
import { withDatabase } from "../database.js";

const flags = z.object({
  name: z.string({ message: "--name is required." }),
  type: z.enum(organisationTypes, { message: `--type must be one of: ${organisationTypes.join(", ")}.` }),
  code: z.string({ message: "--code is required." }),
});

export const createOrg: Command = {
  summary: "Create an organisation (school, preschool or daycare)",
  help: `Usage: npm run samen -- create-org --name <name> --type <type> --code <registration code>

Creates an organisation and prints its id.
  --name   the organisation's name, e.g. "Basisschool De Regenboog"
  --type   ${organisationTypes.join(" | ")}
  --code   BRIN code for schools (e.g. 12AB), LRK number for daycare (9 digits),
           either for a preschool; unique on the platform`,
  options: { name: { type: "string" }, type: { type: "string" }, code: { type: "string" } },
  async run(values, { env, io }) {
    const input = parseFlags(flags, values);
    const org = await withDatabase(env, (database) =>
      createOrganisation({ db: database.db, name: input.name, type: input.type, registrationCode: input.code }),
    );
    io.out(`Created organisation "${org.name}" (${org.type}, ${org.registrationCode}) with id ${org.id}.\n`);
  },
};
