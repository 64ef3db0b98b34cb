/**
 * Issue 9: a mail recorded with notify() survives the process dying between the commit and
 * the delivery. A child process commits a mail and is killed with SIGKILL before any worker
 * could send it; the server started afterwards on the same database delivers it, once, and
 * keeps no body. On the PostgreSQL server (DATABASE_URL) and on the embedded database.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox } from "../../src/db/schema/index.js";
import { useServerTarget } from "../helpers/cli.js";
import { exitWithin, startScript, startServer, waitForOutput } from "../helpers/processes.js";
import { startSmtp, type TestSmtp } from "../helpers/smtp.js";

const target = useServerTarget();
let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(() => smtp.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a mail between commit and delivery", { timeout: 600_000 }, () => {
  it("is delivered once by the restarted server after the process was killed", async () => {
    const email = "na-de-crash@example.nl";
    const writer = startScript("tests/ops/notify-then-wait.ts", [email], target().env);
    await waitForOutput(writer, /^committed$/m, 300_000);
    writer.child.kill("SIGKILL");
    expect(await writer.exited).toBeNull();
    const killedAt = Date.now();

    const server = await startServer({ ...target().env, SMTP_URL: smtp.url });
    const readyAt = Date.now();
    while (!smtp.received.some((m) => m.to.includes(email)) && Date.now() - readyAt < 60_000) await sleep(100);
    const deliveredAt = Date.now();
    console.log(
      `mail after kill -9: server ready ${readyAt - killedAt} ms and mail delivered ${deliveredAt - killedAt} ms after the kill`,
    );
    expect(smtp.received.filter((m) => m.to.includes(email))).toHaveLength(1);
    expect(smtp.received.find((m) => m.to.includes(email))!.data).toContain("Verstuurd na de crash.");

    // A while longer: the sweep or a retry sends it no second time.
    await sleep(3_000);
    server.child.kill("SIGTERM");
    expect(await exitWithin(server, 30_000)).toBe(0);
    expect(smtp.received.filter((m) => m.to.includes(email))).toHaveLength(1);
    const database = await target().open();
    try {
      const rows = await database.db.select().from(outbox).where(eq(outbox.to, email));
      expect(rows.map((r) => [r.text, r.sentAt instanceof Date])).toEqual([[null, true]]);
    } finally {
      await database.close();
    }
  }, 600_000);
});
