/**
 * Once per browser-test run: a server loads the demo on a new database and stops; each test
 * file's server then starts on a copy of that (./server.ts), a restart instead of migrations and
 * the demo for every file. Made per run, never kept: the demo's dates follow the day it loads.
 */
import { DEMO_TEMPLATE_ENV, removeData, startServer } from "./server.js";

export default async function setup(): Promise<() => Promise<void>> {
  const server = await startServer({ template: null, keepData: true });
  await server.stop();
  // Test files are forked after this and inherit the environment.
  process.env[DEMO_TEMPLATE_ENV] = server.location;
  return () => removeData(server.location);
}
