/**
 * `npm run bench -- <name>` runs bench/<name>.ts. Each bench generates its own
 * data, prints its figures with a ratio to a baseline measured in the same run,
 * and ends with one JSON line of the figures.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";

const here = fileURLToPath(new URL(".", import.meta.url));
const available = readdirSync(here)
  .filter((file) => file.endsWith(".ts") && !["run.ts", "lib.ts"].includes(file))
  .map((file) => file.slice(0, -3))
  .sort();

const name = process.argv[2];
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <name>\navailable: ${available.join(", ")}`);
  process.exit(2);
}
const bench = (await import(pathToFileURL(join(here, `${name}.ts`)).href)) as { run(args: string[]): Promise<void> };
await bench.run(process.argv.slice(3));
process.exit(0);
