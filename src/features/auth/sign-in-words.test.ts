/**
 * Dutch "afmelden" and "aanmelden" are also cancelling and signing up for an event, so the account's
 * way in and out says "Inloggen" and "Uitloggen"; English keeps "Sign in" and "Sign out", and an
 * event still offers "Aanmelden" and "Afmelden".
 */
import { describe, expect, it } from "vitest";
import { signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { expectPage } from "../../../tests/helpers/page.js";
import { createEventAs } from "../events/testing/fixtures.js";

const ctx = useTestContext();

const headerOf = async (response: Response) => {
  const html = await response.text();
  return html.slice(html.indexOf("<header"), html.indexOf("</header>"));
};

describe("the account's way in and out", () => {
  it("says Inloggen and Uitloggen in Dutch, Sign in and Sign out in English; events keep Aanmelden", async () => {
    const anonymous = new TestClient(ctx.app);
    expect(await headerOf(await anonymous.get("/"))).toContain(">Inloggen</a>");
    await expectPage(await anonymous.get("/sign-in"), ["<h1>Inloggen</h1>", "Stuur mij een inloglink"]);
    const english = new TestClient(ctx.app, { "accept-language": "en" });
    expect(await headerOf(await english.get("/"))).toContain(">Sign in</a>");

    const school = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    const header = await headerOf(await leader.get("/home"));
    expect(header).toContain(">Uitloggen</button>");
    expect(header).not.toContain("Afmelden");
    const englishLeader = await signIn(ctx, school.leader.email, new TestClient(ctx.app, { "accept-language": "en" }));
    expect(await headerOf(await englishLeader.get("/home"))).toContain(">Sign out</button>");

    const parent = await signIn(ctx, school.parent.email);
    const eventId = await createEventAs(leader, { title: "Kijkavond" });
    expect((await parent.post(`/events/${eventId}/rsvp`, { people: "1" })).status).toBe(303);
    const page = await (await parent.get(`/events/${eventId}`)).text();
    expect(page).toContain(">Aanmelden</h2>");
    expect(page).toContain(">Afmelden</button>");
    const signedOut = await parent.post("/sign-out");
    expect(signedOut.status).toBe(303);
    expect(await (await parent.get(signedOut.headers.get("location") ?? "/")).text()).toContain("U bent uitgelogd.");
  });
});
