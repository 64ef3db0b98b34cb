/**
 * Asking for a sign-in link, or signing in with a password, does the same work whether the address
 * has an account or not, so the time of the answer tells nobody which addresses exist. Checked by the
 * steps (the statements sent to the database, the jobs queued, the password checks), never by timing.
 */
import { describe, expect, it } from "vitest";
import { lastMailTo, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createUser } from "../../../tests/helpers/factories.js";
import { decoyPasswordHash, hashPassword } from "../../auth/passwords.js";
import { users } from "../../db/schema/index.js";
import { eq } from "drizzle-orm";

const ctx = useTestContext();

interface Logger {
  logQuery(query: string): void;
}

/**
 * The statements the app's database connection runs meanwhile, without their parameters: drizzle's
 * session logs each, and a transaction's session takes the logger from the options.
 */
async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
  const { session } = ctx.database.db as unknown as { session: { logger: Logger; options: { logger?: Logger } } };
  const before = { logger: session.logger, options: session.options.logger };
  const seen: string[] = [];
  session.logger = session.options.logger = { logQuery: (query) => void seen.push(query) };
  try {
    await run();
  } finally {
    session.logger = before.logger;
    session.options.logger = before.options;
  }
  return seen;
}

let ips = 0;
const machine = () => new TestClient(ctx.app, {}, `10.7.0.${++ips}`);

describe("the same work for an address with an account and one without", () => {
  it("asks for a sign-in link with the same statements and the same job, and mails only the account", async () => {
    const user = await createUser(ctx.database.db);
    const stranger = `niemand-${ips}@example.nl`;
    const [a, b] = [machine(), machine()];
    await Promise.all([a.get("/sign-in"), b.get("/sign-in")]);
    const jobsBefore = ctx.jobs.length;
    const known = await statementsOf(() => a.post("/sign-in", { email: user.email }));
    const jobsKnown = ctx.jobs.slice(jobsBefore).map((job) => job.name);
    const unknown = await statementsOf(() => b.post("/sign-in", { email: stranger }));
    const jobsUnknown = ctx.jobs.slice(jobsBefore + jobsKnown.length).map((job) => job.name);

    expect(known.length).toBeGreaterThan(0);
    expect(unknown).toEqual(known);
    expect(jobsKnown).toHaveLength(1);
    expect(jobsUnknown).toEqual(jobsKnown);
    expect((await lastMailTo(ctx, user.email))?.subject).toBe("Uw inloglink voor Samen");
    expect(await lastMailTo(ctx, stranger)).toBeNull();
  });

  it("checks a password against a hash of the same cost for an unknown address, or an account without one", async () => {
    const withPassword = await createUser(ctx.database.db);
    const passwordHash = await hashPassword("correct horse battery");
    await ctx.database.db.update(users).set({ passwordHash }).where(eq(users.id, withPassword.id));
    const without = await createUser(ctx.database.db);
    const statements: string[][] = [];
    for (const email of [withPassword.email, without.email, "niemand@example.nl"]) {
      const client = machine();
      await client.get("/sign-in/password");
      const tried = () => client.post("/sign-in/password", { email, password: "wrong guess" });
      statements.push(await statementsOf(tried));
    }
    expect(statements[1]).toEqual(statements[0]);
    expect(statements[2]).toEqual(statements[0]);
    // The argon2 parameters (algorithm, memory, time, parallelism) are what the check costs.
    const parameters = (hash: string) => hash.split("$").slice(1, 4).join("$");
    expect(parameters(await decoyPasswordHash())).toBe(parameters(passwordHash));
    const signedIn = await machine().post("/sign-in/password", {
      email: withPassword.email,
      password: "correct horse battery",
    });
    expect(signedIn.status).toBe(303);
  });
});
