/**
 * A feature's background job: the queue's name and what its worker does. Features list
 * theirs in their manifest; src/server.ts starts a worker for each.
 */
import type { Database } from "../db/client.js";
import type { Deps } from "../web/env.js";

/** What a worker gets besides its payload. */
export interface JobContext {
  deps: Deps;
  /** The owner's connection, for the little that only the owner of the tables may do (VACUUM). */
  owner: Pick<Database, "ownerExec">;
}

export interface JobDefinition<T extends object = object> {
  readonly name: string;
  /** Handles one job; jobs run at least once, so this must be idempotent. */
  handle(data: T, context: JobContext): Promise<void>;
}
