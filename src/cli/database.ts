/** The CLI opens the database exactly as the server does, so it also takes the data-directory lock. */
import pino from "pino";
import { loadConfig, type Config } from "../config.js";
import { openDatabase, type Database } from "../db/client.js";
import { createMailer } from "../mail/mailer.js";
import type { Deps } from "../web/env.js";

/** Opens the configured database for fn and closes it afterwards, whatever happens. */
export async function withDatabase<T>(
  env: NodeJS.ProcessEnv,
  fn: (database: Database, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig(env);
  const database = await openDatabase({
    url: config.DATABASE_URL,
    appUrl: config.DATABASE_APP_URL,
    dataDir: config.DATA_DIR,
  });
  try {
    return await fn(database, config);
  } finally {
    await database.close();
  }
}

/** What services that send mail need. Logs go to stderr so the command's own output stays clean. */
export function cliDeps(database: Database, config: Config): Deps {
  const logger = pino({ level: config.LOG_LEVEL, base: { app: "samen-cli" } }, pino.destination(2));
  const mailer = createMailer({
    db: database.db,
    logger,
    smtpUrl: config.SMTP_URL,
    from: config.MAIL_FROM,
    printToConsole: false,
    production: config.production,
    links: { publicUrl: config.publicUrl, secretKey: config.SECRET_KEY },
  });
  // Commands run no job worker and queue nothing; a service that tries says so instead of losing the job.
  const jobs = { send: () => Promise.reject(new Error("The command line does not queue background jobs.")) };
  return { config, db: database.db, mailer, logger, jobs };
}
