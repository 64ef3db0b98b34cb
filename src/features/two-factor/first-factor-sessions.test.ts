/**
 * Turning on a first second factor ends the person's other sessions (someone who took one over is
 * out) and keeps the one that turned it on, and the confirmation says so. The passkey comes from a
 * test authenticator, checked by the server's real verification.
 */
import { describe, expect, it } from "vitest";
import { signIn, type TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { codeFor, secretOnPage } from "./test-helpers.js";
import { registrationResponse } from "./testing/authenticator.js";

const ctx = useTestContext();

const signedIn = async (client: TestClient) => (await client.get("/account")).status === 200;

describe("a first second factor", () => {
  it("signs out the person's other sessions when the app is turned on, and says so", async () => {
    const school = await createSchool(ctx.database.db);
    const here = await signIn(ctx, school.leader.email);
    const elsewhere = await signIn(ctx, school.leader.email);
    const secret = secretOnPage(await (await here.get("/account/two-factor")).text());

    const done = await here.post("/account/two-factor/app", { code: codeFor(secret) });
    expect(done.status).toBe(303);
    const next = await (await here.get(done.headers.get("location")!)).text();
    expect(next).toContain("op al uw andere apparaten uitgelogd");
    expect(await signedIn(here)).toBe(true);
    expect(await signedIn(elsewhere)).toBe(false);
  });

  it("signs out the person's other sessions when a first passkey is added, and says so", async () => {
    const school = await createSchool(ctx.database.db);
    const here = await signIn(ctx, school.teacher.email);
    const elsewhere = await signIn(ctx, school.teacher.email);

    const postJson = (path: string, body: unknown) =>
      here.send(path, {
        method: "POST",
        body: JSON.stringify(body),
        headers: {
          "content-type": "application/json",
          "x-csrf-token": here.cookies.get("samen_csrf") ?? "",
          origin: here.origin,
        },
      });
    const options = (await (await postJson("/account/two-factor/passkeys/options", {})).json()) as {
      challenge: string;
      rp: { id: string };
    };
    const added = await postJson("/account/two-factor/passkeys", {
      name: "Laptop",
      response: registrationResponse(options, here.origin),
    });
    expect(added.status).toBe(200);
    const { redirect } = (await added.json()) as { redirect: string };
    expect(await (await here.get(redirect)).text()).toContain("op al uw andere apparaten uitgelogd");
    expect(await signedIn(here)).toBe(true);
    expect(await signedIn(elsewhere)).toBe(false);
  });
});
