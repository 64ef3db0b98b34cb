/**
 * `npm start` (`launch.mjs server`) and `npm run samen` (`launch.mjs cli`): builds dist/ when it
 * is missing or stale (scripts/build.mjs), then runs the bundle in this same process, so the
 * process started is the one that holds the database and receives the signals.
 */
import console from "node:console";
import module from "node:module";
import path from "node:path";
import process from "node:process";
import { pathToFileURL } from "node:url";
import { dist, ensureBuilt, root } from "./build.mjs";

const [entry] = process.argv.splice(2, 1);
if (entry !== "server" && entry !== "cli") {
  console.error("usage: node scripts/launch.mjs server|cli [arguments]");
  process.exit(2);
}
await ensureBuilt();
// V8's compiled code kept between runs (Node 22.1 and later; Node 20 has no such cache): the
// bundle's modules then load ~15 % quicker (docs/benchmarks.md, "startup, session 30").
module.enableCompileCache?.(path.join(root, "node_modules", ".cache", "samen", "compile"));
await import(pathToFileURL(path.join(dist, `${entry}.js`)).href);
