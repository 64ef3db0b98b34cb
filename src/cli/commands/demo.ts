/** `samen demo`: the demo organisations and accounts, only into an empty database. */
import { analyzeAsOwner } from "../../db/analyze.js";
import { loadDemoIfEmpty } from "../../demo/load-demo.js";
import { CommandError, type Command } from "../command.js";
import { withDatabase } from "../database.js";

export const demo: Command = {
  help: `Usage: npm run samen -- demo

Loads a primary school and a daycare with groups, pupils, guardians, staff, an
advisor and a platform admin, and prints the addresses to sign in with.
Refuses when the database already has an organisation.`,
  options: {},
  async run(_values, { env, io }) {
    const accounts = await withDatabase(env, async (database, config) => {
      const loaded = await loadDemoIfEmpty(database.db, config, { analyze: analyzeAsOwner(database) });
      return loaded && { loaded, url: config.publicUrl };
    });
    if (!accounts) {
      throw new CommandError(
        "The database already has organisations; the demo loads only into an empty database. " +
          "Use a new DATA_DIR or database for the demo.",
      );
    }
    io.out(`Demo loaded. Sign in at ${accounts.url}/sign-in with one of these addresses:\n`);
    for (const account of accounts.loaded) io.out(`  ${account.role.padEnd(28)} ${account.email}\n`);
  },
};
