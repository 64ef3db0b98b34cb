/**
 * A process that records one mail with notify() (to argv[2]), says "committed" once its
 * transaction has committed, and then waits to be killed: it runs no job worker, so the
 * mail cannot have been delivered before the kill. Database from DATABASE_URL or DATA_DIR.
 * Stops by itself after two minutes in case nobody kills it.
 */
import pino from "pino";
import { loadConfig } from "../../src/config.js";
import { openDatabase } from "../../src/db/client.js";
import { allJobs } from "../../src/features/index.js";
import { startJobs } from "../../src/jobs/queue.js";
import { notify } from "../../src/mail/notify.js";
import { testKind } from "../../src/notifications/testing.js";

const config = loadConfig();
const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
const jobs = await startJobs(database, pino({ level: "silent" }), allJobs);
await database.db.transaction((tx) =>
  notify(tx, jobs, testKind, [{ email: process.argv[2] ?? "", locale: "nl" }], (_recipient, t) => ({
    subject: t("dev.outbox.title"),
    text: "Verstuurd na de crash.",
  })),
);
process.stdout.write("committed\n");
setTimeout(() => process.exit(2), 120_000);
