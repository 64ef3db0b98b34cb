/** Entry of `npm run samen -- <command>`; the commands are listed in commands.ts. */
// The features' message catalogs, which the commands' texts come from.
import "../features/index.js";
import { commands } from "./commands.js";
import { runCli } from "./run.js";

process.exitCode = await runCli(process.argv.slice(2), commands, {
  env: process.env,
  io: { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) },
});
