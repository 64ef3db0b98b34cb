/**
 * Issue 10 §2: a failed statement's values reached the error log (closing a
 * measurement logged every decrypted answer of the batch). Failing queries on
 * the real database, logged by the app's logger, must name the failure and
 * carry none of the values.
 */
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { useTestDatabase } from "../tests/helpers/database.js";
import { users } from "./db/schema/index.js";
import { createLogger } from "./logger.js";
import { redactedError } from "./safe-error.js";

const database = useTestDatabase();

/** The error a statement fails with. */
async function failureOf(statement: Promise<unknown>): Promise<unknown> {
  try {
    await statement;
  } catch (error) {
    return error;
  }
  throw new Error("the statement did not fail");
}

/** What the app's logger writes for an error. */
function logged(error: unknown): string {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  createLogger("info", sink).error({ err: error }, "unhandled error");
  return lines.join("");
}

describe("logged database errors", () => {
  it("carry no parameters of a statement PostgreSQL refused (U+0000 in text)", async () => {
    const error = await failureOf(
      database.db.insert(users).values({ email: "geheim.adres@example.nl", name: "Geheime\u0000Naam" }),
    );
    const line = logged(error);
    expect(line).toContain('Failed query: insert into \\"users\\"');
    expect(line).toContain('"code":"22');
    expect(line).not.toContain("geheim.adres");
    expect(line).not.toContain("Geheime");
    expect(String(redactedError(error).stack)).not.toContain("geheim.adres");
  });

  it("carry no row of a unique violation (PostgreSQL quotes it in the detail)", async () => {
    await database.db.insert(users).values({ email: "dubbel.adres@example.nl", name: "Eerste" });
    const error = await failureOf(
      database.db.insert(users).values({ email: "dubbel.adres@example.nl", name: "Tweede" }),
    );
    const line = logged(error);
    expect(line).toContain('"code":"23505"');
    expect(line).toContain('"constraint":"users_email');
    expect(line).not.toContain("dubbel.adres");
    expect(line).not.toContain("Tweede");
  });

  it("carry no value quoted in the message of a data exception", async () => {
    const error = await failureOf(database.db.execute(sql`select ${"persoonlijk-gegeven"}::uuid`));
    const line = logged(error);
    expect(line).toContain("invalid input syntax for type uuid: …");
    expect(line).not.toContain("persoonlijk-gegeven");
  });
});
