/**
 * The server's start once its modules have loaded (src/server.ts is the entry): database
 * (migrated) → demo data on an empty database → HTTP server, while the job queue starts beside it
 * (a job queued meanwhile waits for it) → the features' background jobs. Stops gracefully on
 * SIGTERM/SIGINT.
 */
import type { Config } from "./config.js";
import type { Logger } from "pino";
import { createLogger } from "./logger.js";
import { openDatabase } from "./db/client.js";
import { isDatabaseUnavailable } from "./db/connections.js";
import { analyzeAsOwner } from "./db/analyze.js";
import type { TemplateCopyAhead } from "./db/template-ahead.js";
import { createMailer } from "./mail/mailer.js";
import { createApp } from "./app.js";
import { createHttpServer } from "./http-server.js";
import { loadDemoIfEmpty } from "./demo/load-demo.js";
import { buildClient } from "./web/build-client.js";
import { jobsInTemplate, sendOnceStarted, startJobs, surviveLostDatabaseInJobs } from "./jobs/queue.js";
import { allJobs, allSchedules } from "./features/index.js";
import { OUTBOX_SWEEP_CRON, sweepOutboxJob } from "./mail/jobs.js";
import { DIGEST_CRON, digestJob } from "./notifications/jobs.js";
import { AUTH_RETENTION_CRON, authRetentionJob } from "./auth/retention-jobs.js";
import { DATABASE_MAINTENANCE_CRON, databaseMaintenanceJob } from "./db/maintenance-job.js";

export function startServer(config: Config, templateCopyAhead: TemplateCopyAhead | null): void {
  const logger = createLogger(config.LOG_LEVEL);
  const start = { config, logger, step: stepLogger(logger), templateCopyAhead };
  start.step("modules loaded");
  main(start).catch((error: unknown) => {
    logger.fatal({ err: error }, error instanceof Error ? error.message : "start failed");
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

interface Start {
  config: Config;
  logger: Logger;
  step: (name: string) => void;
  templateCopyAhead: TemplateCopyAhead | null;
}

/**
 * Each step of the start with the time since the process started and the CPU time it used so
 * far (LOG_LEVEL=debug): CPU time tells where a start goes even on a busy machine.
 */
function stepLogger(logger: Logger) {
  return (name: string): void => {
    const cpu = process.cpuUsage();
    const memory = process.memoryUsage();
    const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
    logger.debug(
      {
        step: name,
        ms: Math.round(performance.now()),
        cpuMs: Math.round((cpu.user + cpu.system) / 1000),
        rssMb: mb(memory.rss),
        heapMb: mb(memory.heapUsed),
        externalMb: mb(memory.external),
      },
      "start",
    );
  };
}

async function main({ config, logger, step, templateCopyAhead }: Start) {
  const database = await openDatabase({
    url: config.DATABASE_URL,
    appUrl: config.DATABASE_APP_URL,
    dataDir: config.DATA_DIR,
    // A new embedded data directory without its template yet (a fresh clone's first start): the
    // template is made by a process of its own, so this one never holds initdb's memory.
    templateExtra: jobsInTemplate(allJobs, { apart: true }),
    templateCopyAhead,
    onConnectionLost: (error) => logger.warn({ err: error }, "database connection lost; the pool reconnects"),
  });
  logger.info({ database: database.kind }, "database ready");
  step("database open");
  await buildClient();
  step("client scripts checked");
  const mailer = createMailer({
    db: database.db,
    logger,
    smtpUrl: config.SMTP_URL,
    from: config.MAIL_FROM,
    printToConsole: !config.production,
    production: config.production,
    links: { publicUrl: config.publicUrl, secretKey: config.SECRET_KEY },
  });
  const demo = config.DEMO ? await loadDemoIfEmpty(database.db, config, { analyze: analyzeAsOwner(database) }) : null;
  step(demo ? "demo loaded" : "demo not needed");
  surviveLostDatabaseInJobs(logger);
  // A database lost while the queue starts (the server already answers on PostgreSQL) must not
  // end the process either: the start is tried again until the database answers.
  const starting = untilDatabaseAnswers(logger, () => startJobs(database, logger, allJobs));
  const deps = { config, db: database.db, mailer, logger, jobs: sendOnceStarted(starting) };
  const running = starting.then(async (jobs) => {
    step("job queues ready");
    await jobs.work({ deps, owner: database });
    step("workers started");
    const schedules = [
      { job: sweepOutboxJob, cron: OUTBOX_SWEEP_CRON },
      { job: digestJob, cron: DIGEST_CRON },
      { job: authRetentionJob, cron: AUTH_RETENTION_CRON },
      { job: databaseMaintenanceJob, cron: DATABASE_MAINTENANCE_CRON },
      ...allSchedules,
    ];
    for (const { job, cron } of schedules) await untilDatabaseAnswers(logger, () => jobs.schedule(job, cron));
    step("schedules written");
    return jobs;
  });
  // PGlite is one connection: a request that queues a job inside its transaction while the
  // queue still starts would wait for the start, and the start for that transaction. With
  // thirty queues to create the start outlasts the first requests, so the embedded database
  // answers once the queue runs.
  if (database.kind === "pglite") await starting;
  const app = createApp(deps);
  const server = createHttpServer(app.fetch, config);
  // A whole school opening the booking page in the same minute: let the kernel queue the
  // connections (up to somaxconn) rather than refuse them when Node's default 511 is full.
  server.listen({ port: config.PORT, host: config.HOST, backlog: 4096 }, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.PORT;
    const url = config.PUBLIC_URL ?? `http://localhost:${port}`;
    step("listening");
    console.log(`\nSamen runs at ${url}`);
    if (demo) {
      console.log("Demo sign-in addresses (the sign-in link appears in the console and at /dev/outbox):");
      for (const line of demo) console.log(`  ${line.role.padEnd(28)} ${line.email}`);
    }
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    server.close(async () => {
      // Stopped while the jobs still start: they stop once started.
      await (await running).stop();
      await database.close();
      logger.info("stopped");
      process.exit(0);
    });
    // Connections kept alive by browsers would hold close() open; end them after a grace period.
    setTimeout(() => {
      if ("closeAllConnections" in server) server.closeAllConnections();
    }, 5000).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  await running;
}

/**
 * The job queue starts and its schedules are written once the server already answers (on
 * PostgreSQL); a database lost at that moment (a restart, a failover) must not end the process:
 * the step is tried again until it answers.
 */
async function untilDatabaseAnswers<T>(logger: Logger, step: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await step();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      logger.warn({ err: error }, "database lost while starting the job queue; trying again");
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}
