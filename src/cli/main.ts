/** Entry of `npm run samen -- <command>`; the commands are listed in commands.ts. */
import v8 from "node:v8";
import { commands } from "./commands.js";
import { runCli } from "./run.js";

/**
 * A command lives for a second or two: V8's optimising compiler would spend that compiling
 * PGlite's hottest WebAssembly functions for queries that are over by then. Its baseline
 * compiler alone took `create-org` from ~1.8 to ~1.05 s of CPU and ~50 MB less memory; a long
 * import or restore runs its queries some 20 % slower. Set before PGlite compiles its module.
 */
v8.setFlagsFromString("--liftoff-only");

process.exitCode = await runCli(process.argv.slice(2), commands, {
  env: process.env,
  io: { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) },
});
