/**
 * The node options `npm start` gives the server: package.json's "start" script is
 * `node <options> scripts/launch.mjs server`, and the startup bench and the browser tests read the
 * options from there, so they start the server the way `npm start` does (decision 010).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const packageJson = fileURLToPath(new URL("../../package.json", import.meta.url));

export function serverNodeOptions(): string[] {
  const { scripts } = JSON.parse(readFileSync(packageJson, "utf8")) as { scripts: { start: string } };
  const words = scripts.start.trim().split(/\s+/);
  const launch = words.indexOf("scripts/launch.mjs");
  if (words[0] !== "node" || launch < 1 || words[launch + 1] !== "server" || words.length !== launch + 2) {
    throw new Error(`package.json's start script is not "node [options] scripts/launch.mjs server": ${scripts.start}`);
  }
  return words.slice(1, launch);
}
