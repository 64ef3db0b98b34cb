/** Entry of `npm run samen -- <command>`; the commands are listed in commands.ts. */
import { commands } from "./commands.js";
import { runCli } from "./run.js";

process.exitCode = await runCli(process.argv.slice(2), commands, {
  env: process.env,
  io: { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) },
});
