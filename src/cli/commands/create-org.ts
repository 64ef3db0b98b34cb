/** `samen create-org`: a new organisation, validated like the admin's form. */
import { z } from "zod";
import { createOrganisation } from "../../features/organisation/organisations.js";
import { schoolYearOf } from "../../features/pupils/rules.js";
import { createSchoolYear } from "../../features/pupils/service/school-years.js";
import { schoolToday } from "../../lib/time/school-date.js";
import { organisationTypes } from "../../features/organisation/registration-code.js";
import { parseFlags, type Command } from "../command.js";
import { withDatabase } from "../database.js";

const flags = z.object({
  name: z.string({ message: "--name is required." }),
  type: z.enum(organisationTypes, { message: `--type must be one of: ${organisationTypes.join(", ")}.` }),
  code: z.string({ message: "--code is required." }),
});

export const createOrg: Command = {
  help: `Usage: npm run samen -- create-org --name <name> --type <type> --code <registration code>

Creates an organisation with the school year that runs today (1 August to 31 July),
so pupils can be imported into it straight away, and prints its id.
  --name   the organisation's name, e.g. "Basisschool De Regenboog"
  --type   ${organisationTypes.join(" | ")}
  --code   BRIN code for schools (e.g. 12AB), LRK number for daycare (9 digits),
           either for a preschool; unique on the platform`,
  options: { name: { type: "string" }, type: { type: "string" }, code: { type: "string" } },
  async run(values, { env, io }) {
    const input = parseFlags(flags, values);
    const { org, year } = await withDatabase(env, async ({ db }) => {
      const org = await createOrganisation({ db, name: input.name, type: input.type, registrationCode: input.code });
      // An import needs a running school year; without one the next command would be refused.
      const year = await createSchoolYear({ db, orgId: org.id, userId: null, ...schoolYearOf(schoolToday()) });
      return { org, year };
    });
    io.out(`Created organisation "${org.name}" (${org.type}, ${org.registrationCode}) with id ${org.id}.\n`);
    io.out(`Created school year ${year.name} (${year.startsOn} to ${year.endsOn}).\n`);
  },
};
