import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { eq } from "drizzle-orm";
import { createMailer } from "./mailer.js";
import { outbox } from "../db/schema/index.js";
import { createTestDatabase, type TestDatabase } from "../../tests/helpers/database.js";

let database: TestDatabase;
let server: SMTPServer;
let port = 0;
const received: { to: string[]; data: string }[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let data = "";
      stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await database.close();
});

describe("mailer", () => {
  it("delivers through SMTP when SMTP_URL is set, and records the mail as sent", async () => {
    const mailer = createMailer({
      db: database.db,
      logger: pino({ level: "silent" }),
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: "Samen <noreply@samen.example>",
      printToConsole: false,
    });
    await mailer.send({ to: "ouder@example.nl", subject: "Aanmeldlink", text: "Hallo, hier is uw link." });
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(["ouder@example.nl"]);
    expect(received[0]!.data).toContain("Subject: Aanmeldlink");
    const [row] = await database.db.select().from(outbox).where(eq(outbox.to, "ouder@example.nl"));
    expect(row?.sentAt).toBeInstanceOf(Date);
  });

  it("keeps mail in the outbox, unsent, without SMTP", async () => {
    const mailer = createMailer({
      db: database.db,
      logger: pino({ level: "silent" }),
      from: "x@y.z",
      printToConsole: false,
    });
    await mailer.send({ to: "zonder-smtp@example.nl", subject: "Test", text: "Body" });
    const [row] = await database.db.select().from(outbox).where(eq(outbox.to, "zonder-smtp@example.nl"));
    expect(row?.subject).toBe("Test");
    expect(row?.sentAt).toBeNull();
  });
});
