/**
 * Moderation by the school leader and coordinator: hiding with a reason only the author (and
 * staff) read, merging duplicates with supports counted once, and what became of an idea on the
 * board. Each is audited; a teacher or parent cannot moderate.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { signIn, type TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { useFixtureParts } from "../../../tests/helpers/fixture.js";
import { auditOfIdea, boardWithTwoParents, ideaRow, postIdeaAs, supportersOf } from "./testing/fixtures.js";
import { expectConflict, expectRefused } from "../../../tests/helpers/refusal.js";
import { expectFormsLabelled, expectPage } from "../../../tests/helpers/page.js";

const ctx = useTestContext();
const { school, otherUser, author, other, leader } = useFixtureParts(() => boardWithTwoParents(ctx));
let teacher: TestClient;
beforeAll(async () => {
  teacher = await signIn(ctx, school.teacher.email);
});

describe("hiding an idea", () => {
  it("is for the leader, needs a reason, shows the reason to the author and hides the idea from others", async () => {
    const ideaId = await postIdeaAs(author, { body: "Juf X is altijd te laat" });
    expect((await teacher.post(`/ideas/${ideaId}/hide`, { reason: "nee" })).status).toBe(403);
    expect((await other.post(`/ideas/${ideaId}/hide`, { reason: "nee" })).status).toBe(403);
    const noReason = await leader.post(`/ideas/${ideaId}/hide`, { reason: " " });
    await expectRefused(noReason, ["Schrijf op waarom het idee verborgen wordt."]);
    expect((await ideaRow(ctx, school.orgId, ideaId)).hiddenAt).toBeNull();

    expect((await leader.post(`/ideas/${ideaId}/hide`, { reason: "Gaat over één persoon" })).status).toBe(303);
    expect(await (await author.get("/ideas")).text()).toContain(
      "Verborgen door de school. Reden: Gaat over één persoon",
    );
    expect(await (await other.get("/ideas")).text()).not.toContain("Juf X");
    expect((await other.get(`/ideas/${ideaId}`)).status).toBe(404);
    expect(await auditOfIdea(ctx, school.orgId, ideaId)).toEqual([
      { action: "hide", userId: school.leader.id, detail: null },
    ]);

    expect((await leader.post(`/ideas/${ideaId}/unhide`)).status).toBe(303);
    expect(await (await other.get("/ideas")).text()).toContain("Juf X");
    expect((await auditOfIdea(ctx, school.orgId, ideaId)).map((e) => e.action).sort()).toEqual(["hide", "unhide"]);
  });
});

describe("the idea's page for the leader", () => {
  it("gives the hide form and the report form each their own label and hint, also when refused", async () => {
    const ideaId = await postIdeaAs(author, { body: "Twee redenen op één pagina" });
    const page = await expectPage(await leader.get(`/ideas/${ideaId}`), [
      "Melden bij de school",
      "Reden om te verbergen",
    ]);
    expectFormsLabelled(page);
    const refused = await leader.post(`/ideas/${ideaId}/hide`, { reason: " " });
    expect(refused.status).toBe(422);
    expectFormsLabelled(await refused.text());
  });
});

describe("hiding pressed several times", () => {
  it("hides once and writes one audit entry, also when the presses arrive together", async () => {
    const ideaId = await postIdeaAs(author, { body: "Zesmaal verbergen" });
    const presses = await Promise.all(
      Array.from({ length: 6 }, () => leader.post(`/ideas/${ideaId}/hide`, { reason: "Dubbel" })),
    );
    expect(presses.map((r) => r.status)).toEqual([303, 303, 303, 303, 303, 303]);
    expect(await auditOfIdea(ctx, school.orgId, ideaId)).toEqual([
      { action: "hide", userId: school.leader.id, detail: null },
    ]);
    expect((await leader.post(`/ideas/${ideaId}/unhide`)).status).toBe(303);
    expect((await leader.post(`/ideas/${ideaId}/unhide`)).status).toBe(303);
    expect((await auditOfIdea(ctx, school.orgId, ideaId)).map((e) => e.action).sort()).toEqual(["hide", "unhide"]);
  });
});

describe("reporting an idea", () => {
  it("lets another parent report it once, with a reason, and shows it in the moderators' queue until it is hidden", async () => {
    const ideaId = await postIdeaAs(author, { body: "Meester Y scheldt kinderen uit" });
    expect(await (await other.get(`/ideas/${ideaId}`)).text()).toContain("Melden bij de school");
    expect(await (await author.get(`/ideas/${ideaId}`)).text()).not.toContain("Melden bij de school");

    const empty = await other.post(`/ideas/${ideaId}/report`, { reason: "  " });
    await expectRefused(empty, ["Schrijf op waarom dit hier niet hoort."]);
    const own = await author.post(`/ideas/${ideaId}/report`, { reason: "Oeps" });
    expect(own.status).toBe(403);
    expect(await own.text()).toContain("U kunt uw eigen bericht niet melden.");

    expect((await other.post(`/ideas/${ideaId}/report`, { reason: "Noemt een leraar bij naam" })).status).toBe(303);
    expect((await other.post(`/ideas/${ideaId}/report`, { reason: "Nog eens" })).status).toBe(303);
    expect((await teacher.post(`/ideas/${ideaId}/report`, { reason: "Klopt niet" })).status).toBe(303);
    const queue = await (await leader.get("/ideas")).text();
    const waiting = queue.slice(queue.indexOf('id="moderation-queue"'), queue.indexOf("</table>"));
    expect(waiting).toContain("Meester Y scheldt kinderen uit");
    expect(waiting).toContain("Noemt een leraar bij naam");
    expect(waiting).toContain("Klopt niet");
    expect(waiting).not.toContain("Nog eens");
    expect(await (await teacher.get("/ideas")).text()).not.toContain('id="moderation-queue"');
    expect((await auditOfIdea(ctx, school.orgId, ideaId)).map((e) => e.action)).toEqual(["report", "report"]);

    expect((await leader.post(`/ideas/${ideaId}/hide`, { reason: "Gaat over één persoon" })).status).toBe(303);
    expect(await (await leader.get("/ideas")).text()).toContain("Er wachten geen meldingen.");
    expect(await (await author.get(`/ideas/${ideaId}`)).text()).toContain("Reden: Gaat over één persoon");
  });

  it("lets the moderators keep a reported idea, closing its reports; others cannot", async () => {
    const ideaId = await postIdeaAs(author, { body: "Schoolreis naar zee" });
    await other.post(`/ideas/${ideaId}/report`, { reason: "Te duur" });
    expect((await teacher.post(`/ideas/${ideaId}/keep`)).status).toBe(403);
    expect((await leader.post(`/ideas/${ideaId}/keep`)).status).toBe(303);
    expect(await (await leader.get("/ideas")).text()).toContain("Er wachten geen meldingen.");
    expect(await (await other.get("/ideas")).text()).toContain("Schoolreis naar zee");
    expect((await auditOfIdea(ctx, school.orgId, ideaId)).map((e) => e.action).sort()).toEqual(["keep", "report"]);
  });
});

describe("merging duplicates", () => {
  it("moves the supports to the other idea, counting a person who supported both once", async () => {
    const duplicate = await postIdeaAs(author, { body: "Koffie na het brengen" });
    const target = await postIdeaAs(other, { body: "Koffieochtend voor ouders" });
    await author.post(`/ideas/${duplicate}/support`);
    await other.post(`/ideas/${duplicate}/support`);
    await other.post(`/ideas/${target}/support`);
    expect((await teacher.post(`/ideas/${duplicate}/merge`, { into: target })).status).toBe(403);

    const merged = await leader.post(`/ideas/${duplicate}/merge`, { into: target });
    expect(merged.status).toBe(303);
    expect(await supportersOf(ctx, school.orgId, target)).toEqual([school.parent.id, otherUser.id].sort());
    expect(await supportersOf(ctx, school.orgId, duplicate)).toEqual([]);
    expect((await ideaRow(ctx, school.orgId, duplicate)).mergedInto).toBe(target);
    expect(await auditOfIdea(ctx, school.orgId, duplicate)).toEqual([
      { action: "merge", userId: school.leader.id, detail: `into:${target}` },
    ]);

    const board = await (await other.get("/ideas")).text();
    expect(board).not.toContain("Koffie na het brengen");
    expect(board).toContain("Steun: 2");
    expect(await (await author.get(`/ideas/${duplicate}`)).text()).toContain("Samengevoegd met een ander idee.");
    const again = await author.post(`/ideas/${duplicate}/support`);
    await expectConflict(again, ["Dit idee is samengevoegd met een ander idee."]);
  });

  it("refuses merging an idea into itself", async () => {
    const ideaId = await postIdeaAs(author, { body: "Alleen" });
    const response = await leader.post(`/ideas/${ideaId}/merge`, { into: ideaId });
    await expectRefused(response, ["Een idee kan niet met zichzelf worden samengevoegd."]);
    expect((await ideaRow(ctx, school.orgId, ideaId)).mergedInto).toBeNull();
  });
});

describe("what became of an idea", () => {
  it("asks a note with 'not now', and shows taken-up ideas with their note on the board", async () => {
    const ideaId = await postIdeaAs(author, { body: "Een nieuwsbrief in het Arabisch" });
    const bare = await leader.post(`/ideas/${ideaId}/status`, { status: "notNow", note: "" });
    await expectRefused(bare, ["Schrijf erbij waarom het nu niet gebeurt."]);
    expect((await ideaRow(ctx, school.orgId, ideaId)).status).toBe("new");
    expect((await teacher.post(`/ideas/${ideaId}/status`, { status: "done", note: "" })).status).toBe(403);

    const taken = await leader.post(`/ideas/${ideaId}/status`, {
      status: "takenUp",
      note: "Staat in het plan voor maart.",
    });
    expect(taken.status).toBe(303);
    const board = await (await other.get("/ideas")).text();
    const takenUp = board.slice(board.indexOf("Opgepakt door de school"), board.indexOf('id="ideas-open"'));
    expect(takenUp).toContain("Een nieuwsbrief in het Arabisch");
    expect(takenUp).toContain("Wat gebeurt ermee: Opgepakt");
    expect(takenUp).toContain("Staat in het plan voor maart.");
    expect(await auditOfIdea(ctx, school.orgId, ideaId)).toEqual([
      { action: "update", userId: school.leader.id, detail: "status:takenUp" },
    ]);
  });
});
