/**
 * `npm run bench -- measurement [part…]`: the measurement targets of issue 3.
 * Parts (all by default): results (results page at platform scale), submit
 * (responses per second over HTTP on PostgreSQL) and exports (streaming CSV/XLSX);
 * exports-1m (the exports at 1,000,000 responses against 100,000) only when named.
 * Each part generates its own data and returns its figures; the last line is
 * all figures as one JSON object.
 */
import { log, report } from "./lib.js";

type Part = () => Promise<Record<string, number | string | boolean>>;

const parts: Record<string, () => Promise<{ run: Part }>> = {
  results: () => import("./measurement/results.js"),
  submit: () => import("./measurement/submit.js"),
  exports: () => import("./measurement/exports.js"),
  "exports-1m": async () => ({ run: (await import("./measurement/exports.js")).runMillion }),
};

/** Parts that run only when named: they take many minutes and a few GB of disk. */
const optIn = new Set(["exports-1m"]);

export async function run(args: string[]): Promise<void> {
  const chosen = args.length > 0 ? args : Object.keys(parts).filter((name) => !optIn.has(name));
  const figures: Record<string, number | string | boolean> = {};
  for (const name of chosen) {
    const load = parts[name];
    if (!load) throw new Error(`unknown part ${name}; parts: ${Object.keys(parts).join(", ")}`);
    log(`measurement: ${name}`);
    Object.assign(figures, await (await load()).run());
  }
  report("measurement", figures);
}
