/** Supporting an idea: one per person, withdrawable, a race of two supports stores one, a hidden or merged idea takes none. */
import { describe, expect, it } from "vitest";
import { useTestContext } from "../../../tests/helpers/app.js";
import { useFixtureParts } from "../../../tests/helpers/fixture.js";
import { boardWithTwoParents, postIdeaAs, supportersOf } from "./testing/fixtures.js";
import { expectConflict } from "../../../tests/helpers/refusal.js";

const ctx = useTestContext();
const { school, otherUser, author, other, leader } = useFixtureParts(() => boardWithTwoParents(ctx));

describe("supporting an idea", () => {
  it("counts one support per person, refuses a second with a message, and lets it be withdrawn", async () => {
    const ideaId = await postIdeaAs(author, { body: "Een ouderavond over pesten" });
    const first = await other.post(`/ideas/${ideaId}/support`, { back: "board" });
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toBe(`/ideas#idea-${ideaId}`);
    expect(await supportersOf(ctx, school.orgId, ideaId)).toEqual([otherUser.id]);

    const second = await other.post(`/ideas/${ideaId}/support`);
    await expectConflict(second, ["U steunt dit idee al. Uw steun telt één keer."]);
    expect(await supportersOf(ctx, school.orgId, ideaId)).toEqual([otherUser.id]);

    const board = await (await other.get("/ideas")).text();
    expect(board).toContain("Steun: 1");
    expect(board).toContain("Steun intrekken");

    expect((await other.post(`/ideas/${ideaId}/withdraw`)).status).toBe(303);
    expect(await supportersOf(ctx, school.orgId, ideaId)).toEqual([]);
    // A second click on "withdraw" changes nothing and is no error.
    expect((await other.post(`/ideas/${ideaId}/withdraw`)).status).toBe(303);
    expect((await other.post(`/ideas/${ideaId}/support`)).status).toBe(303);
    expect(await supportersOf(ctx, school.orgId, ideaId)).toEqual([otherUser.id]);
  });

  it("stores one support when the same person supports twice at the same moment", async () => {
    const ideaId = await postIdeaAs(author, { body: "Inloopochtend op vrijdag" });
    const statuses = (
      await Promise.all([other.post(`/ideas/${ideaId}/support`), other.post(`/ideas/${ideaId}/support`)])
    ).map((r) => r.status);
    expect(statuses.sort()).toEqual([303, 409]);
    expect(await supportersOf(ctx, school.orgId, ideaId)).toEqual([otherUser.id]);
  });

  it("refuses to support a hidden idea, with the reason why, and stores nothing", async () => {
    const ideaId = await postIdeaAs(author, { body: "Iets wat verborgen wordt" });
    expect((await leader.post(`/ideas/${ideaId}/hide`, { reason: "Gaat over één leerkracht" })).status).toBe(303);
    const response = await other.post(`/ideas/${ideaId}/support`);
    await expectConflict(response, ["De school heeft dit idee verborgen."]);
    expect(await supportersOf(ctx, school.orgId, ideaId)).toEqual([]);
  });

  it("answers in English for a parent who reads English", async () => {
    const ideaId = await postIdeaAs(author, { body: "Nog een idee" });
    await other.post("/language", { locale: "en" });
    await other.post(`/ideas/${ideaId}/support`);
    const response = await other.post(`/ideas/${ideaId}/support`);
    expect(await response.text()).toContain("You already support this idea. Your support counts once.");
    await other.post("/language", { locale: "nl" });
  });
});
