/** Helpers for the campaign's tests: a visitor endorsing through the real pages, and the link from the mail. */
import { expect } from "vitest";
import { lastMailTo, TestClient, type TestContext } from "../../../../tests/helpers/app.js";

let ips = 0;

/** A visitor from an address of their own (so rate limits per address do not meet between tests). */
export function visitor(ctx: TestContext): TestClient {
  ips += 1;
  return new TestClient(ctx.app, {}, `10.1.${Math.floor(ips / 250)}.${(ips % 250) + 1}`);
}

export interface Endorsement {
  role?: string;
  name?: string;
  organisation?: string;
  municipality?: string;
  email: string;
  public?: "yes" | "no";
}

export async function endorse(client: TestClient, e: Endorsement): Promise<Response> {
  return client.post("/campagne/onderschrijven", {
    role: e.role ?? "parent",
    name: e.name ?? "Sanne de Vries",
    organisation: e.organisation ?? "",
    municipality: e.municipality ?? "Utrecht",
    email: e.email,
    public: e.public ?? "yes",
    website: "",
  });
}

/** The confirmation and withdrawal paths in the newest mail to an address. */
export async function mailedLinks(ctx: TestContext, email: string): Promise<{ confirm: string; withdraw: string }> {
  const mail = await lastMailTo(ctx, email);
  expect(mail).not.toBeNull();
  const confirm = /http:\/\/localhost:3000(\/campagne\/bevestigen\/[A-Za-z0-9_-]+)/.exec(mail!.text)?.[1];
  const withdraw = /http:\/\/localhost:3000(\/campagne\/intrekken\/[A-Za-z0-9_.-]+)/.exec(mail!.text)?.[1];
  expect(confirm).toBeDefined();
  expect(withdraw).toBeDefined();
  return { confirm: confirm!, withdraw: withdraw! };
}

/** Endorses and confirms through the mail, as a visitor would. */
export async function endorseAndConfirm(ctx: TestContext, e: Endorsement): Promise<{ withdraw: string }> {
  const client = visitor(ctx);
  expect((await endorse(client, e)).status).toBe(200);
  const links = await mailedLinks(ctx, e.email.toLowerCase());
  expect((await client.post(links.confirm)).status).toBe(200);
  return links;
}
