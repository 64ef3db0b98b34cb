/**
 * Entry point: the configuration, and on a new embedded data directory the copy of the
 * database's template begun on a thread of its own (db/template-ahead.ts) while the rest of the
 * server's modules load; then the start (start-server.ts).
 */
import { loadConfig } from "./config.js";
import { copyTemplateAhead } from "./db/template-ahead.js";

const config = configOrExit();
const templateCopyAhead = config.DATABASE_URL ? null : copyTemplateAhead(config.DATA_DIR);
const { startServer } = await import("./start-server.js");
startServer(config, templateCopyAhead);

/** A bad configuration ends the start with its message alone (no stack trace to read through). */
function configOrExit() {
  try {
    return loadConfig();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
