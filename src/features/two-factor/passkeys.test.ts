import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { signIn, type TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool, unique } from "../../../tests/helpers/factories.js";
import { authChallenges, passkeys } from "../../db/schema/index.js";
import { hashToken } from "../../auth/tokens.js";
import { giveApp } from "./test-helpers.js";

const ctx = useTestContext();

/** Posts JSON as src/client/passkeys.ts does: the CSRF token in a header. */
function postJson(client: TestClient, path: string, body: unknown, csrf = client.cookies.get("samen_csrf") ?? "") {
  return client.send(path, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json", "x-csrf-token": csrf, origin: "http://localhost:3000" },
  });
}

/** A passkey row as registration would leave it (the key itself is never checked in these tests). */
async function givePasskey(userId: string, name = "Laptop") {
  const credentialId = `cred-${unique()}`;
  const [row] = await ctx.database.db
    .insert(passkeys)
    .values({ userId, credentialId, publicKey: "pQECAyYgASFYIA", transports: "internal", name })
    .returning();
  return row!;
}

const challengeOf = async (client: TestClient, purpose: string) => {
  const sessionHash = hashToken(client.cookies.get("samen_session") ?? "");
  const [row] = await ctx.database.db
    .select()
    .from(authChallenges)
    .where(and(eq(authChallenges.sessionHash, sessionHash), eq(authChallenges.purpose, purpose)));
  return row?.value ?? null;
};

const fakeCredential = (response: Record<string, string>) => ({
  id: "AAAA",
  rawId: "AAAA",
  type: "public-key",
  clientExtensionResults: {},
  response,
});

describe("adding a passkey", () => {
  it("hands out options for this person with the relying party of PUBLIC_URL, and keeps the challenge", async () => {
    const school = await createSchool(ctx.database.db);
    const client = await signIn(ctx, school.leader.email);
    const existing = await givePasskey(school.leader.id);
    const response = await postJson(client, "/account/two-factor/passkeys/options", {});
    expect(response.status).toBe(200);
    const options = (await response.json()) as {
      rp: { id: string; name: string };
      user: { name: string; displayName: string };
      challenge: string;
      excludeCredentials: { id: string }[];
    };
    expect(options.rp).toEqual({ id: "localhost", name: "Samen" });
    expect(options.user).toMatchObject({ name: school.leader.email, displayName: "Leider" });
    expect(options.excludeCredentials.map((c) => c.id)).toEqual([existing.credentialId]);
    expect(await challengeOf(client, "passkey-register")).toBe(options.challenge);
  });

  it("refuses the JSON endpoints without the CSRF header", async () => {
    const school = await createSchool(ctx.database.db);
    const client = await signIn(ctx, school.leader.email);
    const response = await postJson(client, "/account/two-factor/passkeys/options", {}, "");
    expect(response.status).toBe(403);
    expect(await challengeOf(client, "passkey-register")).toBeNull();
  });

  it("rejects a response that does not verify, stores nothing and spends the challenge", async () => {
    const school = await createSchool(ctx.database.db);
    const client = await signIn(ctx, school.leader.email);
    await postJson(client, "/account/two-factor/passkeys/options", {});

    const malformed = await postJson(client, "/account/two-factor/passkeys", { name: "Laptop", response: { id: 1 } });
    expect(malformed.status).toBe(422);
    expect(await malformed.json()).toEqual({
      error: "Het toevoegen van de passkey is niet gelukt. Probeer het opnieuw.",
    });

    const forged = fakeCredential({ clientDataJSON: "e30", attestationObject: "oA" });
    const rejected = await postJson(client, "/account/two-factor/passkeys", { name: "Laptop", response: forged });
    expect(rejected.status).toBe(422);
    expect(await ctx.database.db.select().from(passkeys).where(eq(passkeys.userId, school.leader.id))).toEqual([]);
    expect(await challengeOf(client, "passkey-register")).toBeNull();
  });

  it("lists a person's passkeys and removes only their own", async () => {
    const school = await createSchool(ctx.database.db);
    const client = await signIn(ctx, school.teacher.email);
    const own = await givePasskey(school.teacher.id, "Telefoon thuis");
    const others = await givePasskey(school.leader.id);
    const page = await (await client.get("/account/two-factor")).text();
    expect(page).toContain("Telefoon thuis");
    expect(page).toContain('aria-label="Passkey Telefoon thuis verwijderen"');

    expect((await client.post(`/account/two-factor/passkeys/${others.id}/delete`)).status).toBe(404);
    expect(await ctx.database.db.select().from(passkeys).where(eq(passkeys.id, others.id))).toHaveLength(1);
    const removed = await client.post(`/account/two-factor/passkeys/${own.id}/delete`);
    expect(removed.status).toBe(303);
    expect(await ctx.database.db.select().from(passkeys).where(eq(passkeys.id, own.id))).toEqual([]);
  });
});

describe("a passkey at sign-in", () => {
  it("is asked for, with only the person's own passkeys offered, and a bad answer keeps them out", async () => {
    const school = await createSchool(ctx.database.db);
    const own = await givePasskey(school.leader.id);
    await givePasskey(school.teacher.id);
    const client = await signIn(ctx, school.leader.email);
    expect((await client.get("/home")).headers.get("location")).toBe("/sign-in/second-factor");

    const page = await (await client.get("/sign-in/second-factor")).text();
    expect(page).toContain('data-passkey="sign-in"');
    expect(page).toContain('src="/static/js/passkeys.js"');
    expect(page).not.toContain('action="/sign-in/second-factor"');

    const options = (await (await postJson(client, "/sign-in/second-factor/passkey/options", {})).json()) as {
      rpId: string;
      allowCredentials: { id: string }[];
    };
    expect(options.rpId).toBe("localhost");
    expect(options.allowCredentials.map((c) => c.id)).toEqual([own.credentialId]);

    const forged = {
      ...fakeCredential({ clientDataJSON: "e30", authenticatorData: "AAAA", signature: "AAAA" }),
      id: own.credentialId,
      rawId: own.credentialId,
    };
    const rejected = await postJson(client, "/sign-in/second-factor/passkey", { response: forged });
    expect(rejected.status).toBe(422);
    expect(await rejected.json()).toEqual({ error: "Inloggen met de passkey is niet gelukt. Probeer het opnieuw." });
    expect((await client.get("/home")).headers.get("location")).toBe("/sign-in/second-factor");
  });

  it("offers both ways when the person has an app and a passkey", async () => {
    const school = await createSchool(ctx.database.db);
    await givePasskey(school.leader.id);
    await giveApp(ctx.database.db, school.leader.id);
    const client = await signIn(ctx, school.leader.email);
    const page = await (await client.get("/sign-in/second-factor")).text();
    expect(page).toContain("Met een passkey");
    expect(page).toContain("Met de app met codes");
    expect(page).toContain('action="/sign-in/second-factor"');
  });
});
