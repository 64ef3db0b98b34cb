import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { outbox } from "../db/schema/index.js";
import { useTestDatabase } from "../../tests/helpers/database.js";
import { startSmtp, type TestSmtp } from "../../tests/helpers/smtp.js";
import { testMailer } from "../../tests/helpers/app.js";

const database = useTestDatabase();
let smtp: TestSmtp;
const received = () => smtp.received;

beforeAll(async () => {
  smtp = await startSmtp();
});

afterAll(async () => {
  await smtp.close();
});

describe("mailer", () => {
  it("delivers through SMTP when SMTP_URL is set, and records the mail as sent", async () => {
    const mailer = testMailer(database.db, { smtpUrl: smtp.url, from: "Samen <noreply@samen.example>" });
    await mailer.send({ to: "ouder@example.nl", subject: "Aanmeldlink", text: "Hallo, hier is uw link." });
    expect(received()).toHaveLength(1);
    expect(received()[0]!.to).toEqual(["ouder@example.nl"]);
    expect(received()[0]!.data).toContain("Subject: Aanmeldlink");
    const [row] = await database.db.select().from(outbox).where(eq(outbox.to, "ouder@example.nl"));
    expect(row?.sentAt).toBeInstanceOf(Date);
  });

  it("keeps mail in the outbox, unsent, without SMTP", async () => {
    const mailer = testMailer(database.db);
    await mailer.send({ to: "zonder-smtp@example.nl", subject: "Test", text: "Body" });
    const [row] = await database.db.select().from(outbox).where(eq(outbox.to, "zonder-smtp@example.nl"));
    expect(row?.subject).toBe("Test");
    expect(row?.sentAt).toBeNull();
    expect(row?.text).toBe("Body");
  });

  it("keeps no body in production without SMTP: nobody could read it there", async () => {
    const mailer = testMailer(database.db, { production: true });
    await mailer.send({
      to: "productie@example.nl",
      subject: "Test",
      text: "https://samen.example/sign-in/link?token=abc",
    });
    const [row] = await database.db.select().from(outbox).where(eq(outbox.to, "productie@example.nl"));
    expect(row).toMatchObject({ subject: "Test", text: null, attachments: null });
  });
});
