/**
 * `node dist/make-template.js <queue name>…`: makes the server's embedded database template (every
 * migration, the job queue's schema and these queues; src/db/pglite-template.ts) unless it
 * exists, and exits. The server runs it as a process of its own when a new data directory finds
 * no template, a fresh clone's first start: initdb and the migrations then cost this short-lived
 * process its memory, not the server, which kept 274–636 MB after making it itself (issue 16).
 */
import { ensurePgliteTemplate } from "./db/pglite-template.js";
import { jobsInTemplate } from "./jobs/queue.js";

try {
  await ensurePgliteTemplate(jobsInTemplate(process.argv.slice(2).map((name) => ({ name }))));
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
}
