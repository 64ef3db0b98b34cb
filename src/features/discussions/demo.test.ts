import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { DEMO_ACCOUNTS, loadDemo } from "../../demo/load-demo.js";
import { expectPage } from "../../../tests/helpers/page.js";

const ctx = useTestContext();

describe("the demo's discussion groups", () => {
  it("has starter groups with threads the demo parent can read, and join to reply in", async () => {
    await loadDemo(ctx.database.db);
    const parent = await signIn(ctx, DEMO_ACCOUNTS.parent);
    const page = await (await parent.get("/discussions")).text();
    for (const name of ["Werk, gezin en school", "Je stem laten horen", "Eén school, veel achtergronden"]) {
      expect(page).toContain(name);
    }
    expect(page).toContain("Onderwerpen: 1");
    const groupId = /\/discussions\/groups\/([0-9a-f-]{36})">Werk, gezin en school/.exec(page)![1]!;
    const group = await expectPage(await parent.get(`/discussions/groups/${groupId}`), [
      "Ouderavonden om half acht zijn lastig",
      "berichten: 2",
    ]);
    const threadId = /\/discussions\/threads\/([0-9a-f-]{36})/.exec(group)![1]!;
    await expectPage(await parent.get(`/discussions/threads/${threadId}`), [
      "We proberen dit jaar één ouderavond ook online.",
      "Word lid van de groep om te reageren",
    ]);
  });
});
