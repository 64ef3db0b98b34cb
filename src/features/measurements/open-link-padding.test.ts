import { describe, expect, it } from "vitest";
import { leaderSignedIn, signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { addPupils } from "../../../tests/helpers/factories.js";
import {
  answerThroughOpenLink,
  createMeasurementAs,
  openLinkOf,
  questionnaireLink,
  runQueuedInvitations,
} from "./testing.js";

const ctx = useTestContext();

const WARNING_NL =
  "Meer reacties dan mensen in de groep bij: Ouders van Groep A (2 reacties, 1 ouder). Iemand heeft via de open link (QR-code) vaker ingevuld, of ouders vulden zowel via hun e-mail als via de open link in. De uitkomsten van deze groep zijn daarom niet betrouwbaar.";
const WARNING_EN =
  "More responses than people in the group for: Parents of Groep A (2 responses, 1 parent). Someone filled in more than once through the open link (QR code), or parents answered both through their e-mail and through the open link. So the results of this group cannot be trusted.";

describe("an audience with more responses than people", () => {
  it("is named on the measurement's page and on its results, once an answer by mail came after the open link was used up", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const id = await createMeasurementAs(leader, { team: "", parents: school.groupA.id }); // one parent, mailed
    await runQueuedInvitations(ctx, id);
    const open = await openLinkOf(leader, id, `Ouders van ${school.groupA.name}`);

    // Someone with the printed code takes the group's one place before the parent answers.
    await answerThroughOpenLink(ctx, open, { "current:parents.vision.1": "1" });
    let detail = await (await leader.get(`/organisation/measurements/${id}`)).text();
    expect(detail).not.toContain("Meer reacties dan mensen");

    // The parent answers the mail: a mailed invitee is never turned away, so the group now has two.
    const mailed = await questionnaireLink(ctx, school.parent.email);
    const parent = new TestClient(ctx.app);
    expect((await parent.post(`${mailed}/1`, { "current:parents.vision.1": "4", go: "next" })).status).toBe(303);
    expect((await parent.post(`${mailed}/send`)).status).toBe(303);

    detail = await (await leader.get(`/organisation/measurements/${id}`)).text();
    expect(detail).toContain(WARNING_NL);

    expect((await leader.post(`/organisation/measurements/${id}/close`)).status).toBe(303);
    expect(await (await leader.get(`/organisation/measurements/${id}/results`)).text()).toContain(WARNING_NL);
    // Counted at closing: children who join the group afterwards do not make the warning go.
    await addPupils(ctx.database.db, school.groupA, 2);
    expect(await (await leader.get(`/organisation/measurements/${id}`)).text()).toContain(WARNING_NL);
    await leader.post("/language", { locale: "en", back: "/" });
    expect(await (await leader.get(`/organisation/measurements/${id}/results`)).text()).toContain(WARNING_EN);
  });

  it("says nothing while the responses stay within the people of the group", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const id = await createMeasurementAs(leader, { team: "", parents: school.groupA.id });
    await runQueuedInvitations(ctx, id);
    const open = await openLinkOf(leader, id, `Ouders van ${school.groupA.name}`);
    await answerThroughOpenLink(ctx, open, { "current:parents.vision.1": "1" });
    expect((await leader.post(`/organisation/measurements/${id}/close`)).status).toBe(303);
    expect(await (await leader.get(`/organisation/measurements/${id}/results`)).text()).not.toContain(
      "Meer reacties dan mensen",
    );
  });
});

describe("closing and renewing a class's open link", () => {
  async function audienceOf(leader: TestClient, id: string): Promise<string> {
    const detail = await (await leader.get(`/organisation/measurements/${id}`)).text();
    return detail.match(/open-links\/close\?audience=([0-9a-f-]{36})/)![1]!;
  }

  it("stops the printed code and the personal links it gave that were not sent, keeps what was sent, and gives a new link on request", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await addPupils(ctx.database.db, school.groupA, 3); // four parents
    const id = await createMeasurementAs(leader, { team: "", parents: school.groupA.id });
    await runQueuedInvitations(ctx, id);
    const label = `Ouders van ${school.groupA.name}`;
    const printed = await openLinkOf(leader, id, label);
    await answerThroughOpenLink(ctx, printed, { "current:parents.vision.1": "3" });
    const halfway = new TestClient(ctx.app);
    const started = (await halfway.post(printed)).headers.get("location")!;
    expect((await halfway.post(`${started}/1`, { "current:parents.vision.1": "2", go: "next" })).status).toBe(303);

    const audience = await audienceOf(leader, id);
    const ask = await (
      await leader.get(`/organisation/measurements/${id}/open-links/close?audience=${audience}`)
    ).text();
    expect(ask).toContain(`Open link van ${label} sluiten?`);
    expect(ask).toContain("De link en de afgedrukte QR-code werken daarna niet meer.");
    const closed = await leader.post(`/organisation/measurements/${id}/open-links/close`, { audience });
    expect(closed.status).toBe(303);
    const detail = await (await leader.get(`/organisation/measurements/${id}`)).text();
    expect(detail).toContain("De open link is gesloten.");
    expect(detail).toMatch(new RegExp(`${label}</th><td[^>]*>Gesloten</td>`));
    expect(detail).toMatch(new RegExp(`${label}</th><td>[^<]*</td><td>1</td>`)); // the one sent stays

    expect((await new TestClient(ctx.app).post(printed)).status).toBe(404);
    expect((await halfway.post(`${started}/send`)).status).toBe(404);

    expect((await leader.post(`/organisation/measurements/${id}/open-links/renew`, { audience })).status).toBe(303);
    const renewed = await openLinkOf(leader, id, label);
    expect(renewed).not.toBe(printed);
    await answerThroughOpenLink(ctx, renewed, { "current:parents.vision.1": "4" });
    // Renewing a link that works: the old one stops.
    expect((await leader.post(`/organisation/measurements/${id}/open-links/renew`, { audience })).status).toBe(303);
    expect((await new TestClient(ctx.app).post(renewed)).status).toBe(404);
    expect(await openLinkOf(leader, id, label)).not.toBe(renewed);
  });

  it("is only for those who run the measurement, and only while it is open", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const id = await createMeasurementAs(leader, { team: "", parents: school.groupA.id });
    const label = `Ouders van ${school.groupA.name}`;
    const printed = await openLinkOf(leader, id, label);
    const audience = await audienceOf(leader, id);
    const teacher = await signIn(ctx, school.teacher.email);
    expect((await teacher.post(`/organisation/measurements/${id}/open-links/close`, { audience })).status).toBe(403);
    expect(await openLinkOf(leader, id, label)).toBe(printed);

    expect((await leader.post(`/organisation/measurements/${id}/close`)).status).toBe(303);
    await leader.post(`/organisation/measurements/${id}/open-links/renew`, { audience });
    const detail = await (await leader.get(`/organisation/measurements/${id}`)).text();
    expect(detail).toContain("De meting is gesloten: er is geen open link meer om te wijzigen.");
  });
});
