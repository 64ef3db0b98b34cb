/**
 * `npm start` (`launch.mjs server`) and `npm run samen` (`launch.mjs cli`): builds dist/ when it
 * is missing or stale (scripts/build.mjs), then runs the bundle in this same process, so the
 * process started is the one that holds the database and receives the signals.
 */
import console from "node:console";
import path from "node:path";
import process from "node:process";
import { pathToFileURL } from "node:url";
import { dist, ensureBuilt } from "./build.mjs";

const [entry] = process.argv.splice(2, 1);
if (entry !== "server" && entry !== "cli") {
  console.error("usage: node scripts/launch.mjs server|cli [arguments]");
  process.exit(2);
}
await ensureBuilt();
await import(pathToFileURL(path.join(dist, `${entry}.js`)).href);
