/**
 * Background jobs with pg-boss, in the same database (PGlite or PostgreSQL).
 * pg-boss keeps its own schema and runs as the owner role (Database.ownerSql).
 * A job is queued through the caller's executor (pg-boss's `db` option): inside a
 * transaction it exists only if that transaction commits, so a crash between the
 * change and the queueing can no longer lose it. samen_app may therefore insert
 * jobs (and nothing else) into pg-boss's tables. Job payloads carry the
 * organisation id, and handlers do their work through withOrg like every request
 * does. Jobs run at least once: handlers must be idempotent.
 */
import fs from "node:fs";
import path from "node:path";
import PgBoss from "pg-boss";
import type { Logger } from "pino";
import { APP_ROLE, rawQuery, type Database, type Executor } from "../db/client.js";
import { isDatabaseUnavailable } from "../db/connections.js";
import type { TemplateExtra } from "../db/pglite-template.js";
import { SCHOOL_TIME_ZONE } from "../lib/time/zone.js";
import { entryFile, projectRoot } from "../paths.js";
import { redactedError } from "../safe-error.js";
import { checkPayload, type JobContext, type JobDefinition } from "./definition.js";

const SCHEMA = "pgboss";

/** A failed job is retried up to 5 times, with growing delays. */
const RETRIES = { retryLimit: 5, retryDelay: 1, retryBackoff: true };

export interface SendOptions {
  startAfter?: Date;
}

export interface Jobs {
  /**
   * Queues a job through `executor`: pass the transaction of the change that causes it.
   * A failed job is retried (up to 5 times, with growing delays).
   */
  send<T extends object>(executor: Executor, job: JobDefinition<T>, data: T, options?: SendOptions): Promise<unknown>;
  /** Queues several jobs through `executor` as send does, in one statement (pg-boss's insert). */
  sendAll(executor: Executor, sends: readonly JobToSend[]): Promise<void>;
  /** Runs the workers of every definition in this process. */
  work(context: JobContext): Promise<void>;
  /** Runs a job on a schedule (cron, school time). */
  schedule(job: JobDefinition, cron: string): Promise<void>;
  stop(): Promise<void>;
}

/** One job for sendAll: what send takes. */
export interface JobToSend<T extends object = object> {
  job: JobDefinition<T>;
  data: T;
  options?: SendOptions | undefined;
}

/** What a service queues jobs with: send, and sendAll where the queue has it (a test's recording queue may not). */
export type JobSender = Pick<Jobs, "send"> & Partial<Pick<Jobs, "sendAll">>;

/**
 * A sender that keeps what is sent until flush(executor) queues it all in one statement: for a
 * service that queues several jobs in one transaction (a booking's delivery and reminder jobs),
 * one round trip instead of one per job. Every send must be meant for the executor given to
 * flush, and flush must run before that transaction commits.
 */
export function batchedJobs(jobs: JobSender): Pick<Jobs, "send"> & { flush(executor: Executor): Promise<void> } {
  const pending: JobToSend[] = [];
  return {
    async send(_executor, job, data, options) {
      pending.push({ job, data, options } as JobToSend);
    },
    async flush(executor) {
      const sends = pending.splice(0);
      if (jobs.sendAll && sends.length > 1) return jobs.sendAll(executor, sends);
      for (const { job, data, options } of sends) await jobs.send(executor, job, data, options);
    },
  };
}

/** Starts pg-boss and creates a queue for every definition; workers start with work(). */
export async function startJobs(
  database: Database,
  logger: Logger,
  definitions: readonly JobDefinition[],
): Promise<Jobs> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => database.ownerSql(text, values) },
    schema: SCHEMA,
    // PGlite is one connection: keep maintenance light.
    maintenanceIntervalSeconds: 120,
  });
  boss.on("error", (error: Error) => logger.error({ err: error }, "job queue error"));
  await boss.start();
  let existing: ExistingSetup;
  try {
    // What the database has already, in one query: a start with nothing new creates, writes and
    // grants nothing (one query per queue and per schedule took a third of a restart's CPU on PGlite).
    existing = await existingSetup(database);
    // One at a time: two creates at once deadlock.
    for (const { name } of definitions) if (!existing.queues.has(name)) await boss.createQueue(name);
    if (!existing.granted) await database.ownerExec(GRANT_SEND);
  } catch (error) {
    // A database lost here: the caller may start again, without this instance's timers running on.
    await boss.stop({ graceful: false, wait: true, timeout: 1_000 }).catch(() => {});
    throw error;
  }
  const queues = new Set(definitions.map(({ name }) => name));
  return {
    async send(executor, job, data, options = {}) {
      const checked = checkPayload(job, data);
      const db = {
        executeSql: async (text: string, values: unknown[]) => ({ rows: await rawQuery(executor, text, values) }),
      };
      const options_ = { ...RETRIES, ...options, db };
      // An unknown queue inserts nothing and pg-boss answers null: say so rather than lose the job.
      if (!(await boss.send(job.name, checked, options_))) throw new Error(`Job "${job.name}" was not queued`);
    },
    async sendAll(executor, sends) {
      const rows = sends.map(({ job, data, options = {} }) => {
        // As send: a queue is made for every definition at start, and pg-boss's insert skips a
        // job of any other name without a word.
        if (!queues.has(job.name)) throw new Error(`Job "${job.name}" was not queued`);
        return { name: job.name, data: checkPayload(job, data), ...RETRIES, startAfter: options.startAfter };
      });
      const db = {
        executeSql: async (text: string, values: unknown[]) => ({ rows: await rawQuery(executor, text, values) }),
      };
      await boss.insert(rows, { db });
    },
    async work(context) {
      for (const definition of definitions) {
        await boss.work<object>(definition.name, { pollingIntervalSeconds: 1 }, async (jobs) => {
          for (const job of jobs) {
            // pg-boss stores a failed job's error whole, in the database: only its safe part.
            await definition.handle(checkPayload(definition, job.data), context).catch((error: unknown) => {
              throw redactedError(error);
            });
          }
        });
      }
    },
    async schedule(job, cron) {
      const tz = timeZoneFor(cron);
      const written = existing.schedules.get(job.name);
      if (written?.cron === cron && written.timezone === tz) return;
      await boss.schedule(job.name, cron, {}, { tz });
      existing.schedules.set(job.name, { cron, timezone: tz });
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

/**
 * The job queue's schema, its queues and the grant, made once in the embedded database's
 * template (src/db/pglite-template.ts) instead of at each new data directory's first start,
 * where they took about a fifth of it (~1 s of CPU). startJobs then finds them all there.
 * `apart`: the template is made by a short-lived process of its own (the server's, issue 16).
 */
export function jobsInTemplate(
  definitions: readonly Pick<JobDefinition, "name">[],
  { apart = false }: { apart?: boolean } = {},
): TemplateExtra {
  const { version } = JSON.parse(
    fs.readFileSync(path.join(projectRoot, "node_modules", "pg-boss", "package.json"), "utf8"),
  ) as { version: string };
  const names = definitions.map(({ name }) => name);
  return {
    key: `pg-boss ${version} and its scheduler: ${names.join(" ")}`,
    // The same extra, made again from the queues' names by src/make-template.ts.
    maker: apart ? [entryFile("make-template"), ...names] : undefined,
    async prepare(ownerSql) {
      // With its scheduler, which adds a queue of its own at start; without maintenance.
      const boss = new PgBoss({ db: { executeSql: ownerSql }, schema: SCHEMA, supervise: false });
      await boss.start();
      for (const { name } of definitions) await boss.createQueue(name);
      await ownerSql(GRANT_SEND);
      await boss.stop({ graceful: false, wait: true, timeout: 1_000 });
    },
  };
}

interface ExistingSetup {
  queues: Set<string>;
  schedules: Map<string, { cron: string; timezone: string }>;
  /** Whether samen_app may already queue jobs (GRANT_SEND). */
  granted: boolean;
}

async function existingSetup(database: Database): Promise<ExistingSetup> {
  const { rows } = await database.ownerSql(`select
      (select coalesce(json_agg(name), '[]') from ${SCHEMA}.queue) as queues,
      (select coalesce(json_agg(json_build_object('name', name, 'cron', cron, 'timezone', timezone)), '[]')
        from ${SCHEMA}.schedule) as schedules,
      has_schema_privilege('${APP_ROLE}', '${SCHEMA}', 'USAGE')
        and has_table_privilege('${APP_ROLE}', '${SCHEMA}.queue', 'SELECT')
        and has_table_privilege('${APP_ROLE}', '${SCHEMA}.job', 'INSERT')
        and has_column_privilege('${APP_ROLE}', '${SCHEMA}.job', 'id', 'SELECT') as granted`);
  const [row] = rows as {
    queues: string[];
    schedules: { name: string; cron: string; timezone: string }[];
    granted: boolean;
  }[];
  return {
    queues: new Set(row?.queues ?? []),
    schedules: new Map((row?.schedules ?? []).map(({ name, ...written }) => [name, written])),
    granted: row?.granted ?? false,
  };
}

/**
 * Schedules are school time (SCHOOL_TIME_ZONE). One that runs every hour (hour field "*") fires
 * at the same instants in UTC, since Amsterdam is a whole number of hours from UTC, and pg-boss
 * checks every schedule every 30 seconds with cron-parser, which takes several times longer in a
 * named zone than in UTC.
 */
export function timeZoneFor(cron: string): string {
  return cron.trim().split(/\s+/)[1] === "*" ? "UTC" : SCHOOL_TIME_ZONE;
}

/**
 * pg-boss 10 marks a finished job complete (or failed) without awaiting it (manager.js, work's
 * onFetch); pg-boss 11+, which awaits, needs Node 22. When the database goes away at that
 * moment the rejection has no handler and Node would end the process. Such a job stays active,
 * expires and runs again (jobs run at least once), so a lost database is only logged here; any
 * other unhandled rejection still ends the process as Node's default does.
 */
export function surviveLostDatabaseInJobs(logger: Logger): void {
  process.on("unhandledRejection", (reason) => {
    if (!isDatabaseUnavailable(reason)) throw reason;
    logger.warn({ err: redactedError(reason) }, "job queue lost the database; the job runs again");
  });
}

/**
 * The queue while pg-boss starts (its start-up queries take a while, on a new database its
 * whole schema): a job queued meanwhile waits for the start, so the server can answer requests
 * from the moment the database is ready.
 */
export function sendOnceStarted(starting: Promise<Jobs>): Pick<Jobs, "send" | "sendAll"> {
  return {
    send: async (executor, job, data, options) => (await starting).send(executor, job, data, options),
    sendAll: async (executor, sends) => (await starting).sendAll(executor, sends),
  };
}

/** What inserting a job through the app's own connection needs: the queue settings and the insert. */
const GRANT_SEND = `GRANT USAGE ON SCHEMA ${SCHEMA} TO ${APP_ROLE};
GRANT SELECT ON ${SCHEMA}.queue TO ${APP_ROLE};
GRANT INSERT, SELECT (id) ON ${SCHEMA}.job TO ${APP_ROLE}`;
