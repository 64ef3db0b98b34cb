/**
 * A background job: the queue's name, a zod schema for its payload and what its worker does.
 * Features list theirs in their manifest (src/features/index.ts gathers them with the mail
 * jobs); the server creates their queues and starts a worker for each. The payload is checked
 * when a job is queued (a programming error throws in the caller) and again when it runs (a
 * job queued by an older version fails visibly instead of running on the wrong shape).
 * Payloads carry ids, never anything personal.
 */
import { z } from "zod";
import type { Database } from "../db/client.js";
import type { Deps } from "../web/env.js";

/** What a worker gets besides its payload. */
export interface JobContext {
  deps: Deps;
  /**
   * The owner's connection, for the little that only the owner of the tables may do (VACUUM), and
   * which database it is (PGlite needs the maintenance a server's autovacuum does).
   */
  owner: Pick<Database, "ownerExec" | "kind">;
}

export interface JobDefinition<T extends object = object> {
  readonly name: string;
  readonly schema: z.ZodType<T>;
  /** Handles one job; jobs run at least once, so this must be idempotent. */
  handle(data: T, context: JobContext): Promise<unknown>;
}

/** A definition whose payload type is the schema's. */
export function defineJob<T extends object>(definition: JobDefinition<T>): JobDefinition<T> {
  // An import cycle that reaches a definition before its name is set would queue nameless jobs.
  if (!definition.name || !definition.schema) throw new Error("A job definition needs a name and a schema");
  return definition;
}

/**
 * A scheduled job without a payload that does one round of its work (the reminders due, the rows
 * past their time) and logs what it counted, e.g. `{ mailed: 3 }`.
 */
export function defineSweep(
  name: string,
  sweep: (deps: Deps) => Promise<Readonly<Record<string, number>>>,
  logged: string,
): JobDefinition {
  return defineJob({
    name,
    schema: z.object({}),
    handle: async (_data, { deps }) => deps.logger.info(await sweep(deps), logged),
  });
}

/** Checks a payload against its definition; throws naming the queue and the problem. */
export function checkPayload<T extends object>(definition: JobDefinition<T>, data: unknown): T {
  const parsed = definition.schema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Job "${definition.name}" has an invalid payload (${problems})`);
  }
  return parsed.data;
}
