/**
 * Background jobs with pg-boss, in the same database (PGlite or PostgreSQL).
 * pg-boss keeps its own schema and runs as the owner role (Database.ownerSql);
 * job payloads carry the organisation id, and handlers do their work through
 * withOrg like every request does. Jobs run at least once: handlers must be
 * idempotent (check what is already done before doing it).
 */
import PgBoss from "pg-boss";
import type { Logger } from "pino";
import type { Database } from "../db/client.js";
import { redactedError } from "../safe-error.js";

export type JobHandler<T extends object> = (data: T) => Promise<void>;

export interface Jobs {
  /** Queues a job; a failed job is retried (up to 5 times, with growing delays). */
  send<T extends object>(name: string, data: T, options?: { startAfter?: Date }): Promise<string | null>;
  /** Handles jobs of one queue in this process. */
  work<T extends object>(name: string, handler: JobHandler<T>): Promise<void>;
  stop(): Promise<void>;
}

export async function startJobs(database: Database, logger: Logger): Promise<Jobs> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => database.ownerSql(text, values) },
    schema: "pgboss",
    // PGlite is one connection: keep maintenance light.
    maintenanceIntervalSeconds: 120,
  });
  boss.on("error", (error: Error) => logger.error({ err: error }, "job queue error"));
  await boss.start();
  // One creation per queue name, shared by concurrent callers (two creates deadlock).
  const queues = new Map<string, Promise<void>>();
  const ensureQueue = (name: string) => {
    let ready = queues.get(name);
    if (!ready) {
      ready = (async () => {
        if (!(await boss.getQueue(name))) await boss.createQueue(name);
      })();
      queues.set(name, ready);
    }
    return ready;
  };
  return {
    async send(name, data, options = {}) {
      await ensureQueue(name);
      return boss.send(name, data, { retryLimit: 5, retryDelay: 1, retryBackoff: true, ...options });
    },
    async work(name, handler) {
      await ensureQueue(name);
      await boss.work<object>(name, { pollingIntervalSeconds: 1 }, async (jobs) => {
        for (const job of jobs) {
          // pg-boss stores a failed job's error whole, in the database: only its safe part.
          await handler(job.data as Parameters<typeof handler>[0]).catch((error: unknown) => {
            throw redactedError(error);
          });
        }
      });
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
