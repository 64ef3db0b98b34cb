/** `samen simulate-responses`: made-up responses for a demo measurement, sent the way a respondent sends them. */
import { z } from "zod";
import { simulateResponses } from "../../features/measurements/service/simulate.js";
import { CommandError, parseFlags, UsageError, type Command } from "../command.js";
import { withDatabase } from "../database.js";

const flags = z.object({
  measurement: z.guid({ message: "--measurement must be the id of a measurement (see its address in the app)." }),
  count: z.coerce
    .number({ message: "--count must be a whole number from 1 to 1000." })
    .int({ message: "--count must be a whole number from 1 to 1000." })
    .min(1, { message: "--count must be a whole number from 1 to 1000." })
    .max(1000, { message: "--count must be a whole number from 1 to 1000." })
    .default(40),
});

export const simulateResponsesCommand: Command = {
  help: `Usage: npm run samen -- simulate-responses --measurement <id> [--count <n>]

Adds n made-up responses (default 40), spread over the groups the measurement
asks in proportion to their size, never more than a group asks (so fewer in
all when fewer are asked), each saved page by page and sent like a real one. The measurement must be
open. Refused when NODE_ENV=production: made-up answers have no place at a real school.`,
  options: { measurement: { type: "string" }, count: { type: "string" } },
  async run(values, { env, io }) {
    const input = parseFlags(flags, values);
    const sent = await withDatabase(env, async (database, config) => {
      if (config.production)
        throw new UsageError("simulate-responses is for the demo and refuses to run in production.");
      const [row] = await database.withOwner((query) =>
        query<{ org_id: string }>("select org_id from measurements where id = $1", [input.measurement]),
      );
      if (!row) throw new CommandError(`There is no measurement with id ${input.measurement}.`);
      const options = { db: database.db, config, orgId: row.org_id, measurementId: input.measurement };
      return simulateResponses({ ...options, count: input.count });
    });
    if (sent === 0)
      throw new CommandError("The measurement is not open, or all it asks have responded: no responses were added.");
    io.out(`Added ${sent} made-up responses to measurement ${input.measurement}.\n`);
  },
};
