import { describe, expect, it } from "vitest";
import { lastMailTo, TestClient, useTestContext, type TestContext } from "../../tests/helpers/app.js";
import { createUser } from "../../tests/helpers/factories.js";
import { loadConfig } from "../config.js";
import { requestPublicUrl } from "./public-url.js";

/** The link in the newest sign-in mail to an address. */
async function mailedLink(ctx: TestContext, email: string): Promise<URL> {
  const link = (await lastMailTo(ctx, email))?.text.match(/https?:\/\/\S+token=[A-Za-z0-9_-]+/)?.[0];
  if (!link) throw new Error(`no link mailed to ${email}`);
  return new URL(link);
}

async function askLinkAt(ctx: TestContext, origin: string, email: string) {
  const client = new TestClient(ctx.app);
  client.origin = origin;
  const response = await client.post("/sign-in", { email });
  return { client, response };
}

describe("without PUBLIC_URL, outside production", () => {
  const ctx = useTestContext({ PUBLIC_URL: "" });

  it("mails a sign-in link on the address the person opened, and the link signs them in there", async () => {
    const user = await createUser(ctx.database.db, { name: "Noor" });
    const { client } = await askLinkAt(ctx, "http://127.0.0.1:3000", user.email);
    const link = await mailedLink(ctx, user.email);
    expect(link.origin).toBe("http://127.0.0.1:3000");

    const signedIn = await client.post("/sign-in/link", { token: link.searchParams.get("token")! });
    expect(signedIn.status).toBe(303);
    expect(await (await client.get("/home")).text()).toContain("Welkom, Noor");
  });

  it("mails a localhost link to someone on localhost", async () => {
    const user = await createUser(ctx.database.db);
    await askLinkAt(ctx, "http://localhost:3000", user.email);
    expect((await mailedLink(ctx, user.email)).origin).toBe("http://localhost:3000");
  });

  it("still refuses a form posted from a foreign origin", async () => {
    const user = await createUser(ctx.database.db);
    const client = new TestClient(ctx.app);
    client.origin = "http://127.0.0.1:3000";
    const response = await client.post(
      "/sign-in",
      { email: user.email },
      { once: null, origin: "http://localhost:3000" },
    );
    expect(response.status).toBe(403);
    expect(await lastMailTo(ctx, user.email)).toBeNull();
  });

  it("does not follow a host outside this machine or network", async () => {
    const user = await createUser(ctx.database.db);
    const { response } = await askLinkAt(ctx, "http://evil.example", user.email);
    expect(response.status).toBe(200);
    expect((await mailedLink(ctx, user.email)).origin).toBe("http://localhost:3000");
  });
});

describe("with PUBLIC_URL set", () => {
  const ctx = useTestContext({ PUBLIC_URL: "https://samen.school.example" });

  it("mails links on PUBLIC_URL whatever host the request names", async () => {
    const user = await createUser(ctx.database.db);
    await askLinkAt(ctx, "http://127.0.0.1:3000", user.email);
    expect((await mailedLink(ctx, user.email)).origin).toBe("https://samen.school.example");
  });
});

describe("in production", () => {
  it("never takes the address from the request, even without PUBLIC_URL", () => {
    const config = loadConfig({ NODE_ENV: "production", SECRET_KEY: "x".repeat(32) });
    expect(requestPublicUrl(config, "http://127.0.0.1:3000/sign-in")).toBe("http://localhost:3000");
  });
});
