/** Entry of `npm run samen -- <command>`; the commands are listed in commands.ts. */
import { useBaselineWasmCompiler } from "../db/wasm-compiler.js";
import { commands } from "./commands.js";
import { runCli } from "./run.js";

// A command lives for a second or two: `create-org` ~1.8 → ~1.05 s of CPU, ~50 MB less.
useBaselineWasmCompiler();

process.exitCode = await runCli(process.argv.slice(2), commands, {
  env: process.env,
  io: { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) },
});
