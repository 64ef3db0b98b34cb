/**
 * The "done when" for the parent network, tried in the demo as a new user would: a parent
 * sets what others may see and checks how they appear; the coordinator finds the parents who speak
 * Turkish and asks them to help at an information evening, and one says yes; a volunteer task
 * fills up and the next parent is told it is full, and may join its waiting list.
 */
import { describe, expect, it } from "vitest";
import { lastMailTo, signIn, useTestContext } from "../../../tests/helpers/app.js";
import { DEMO_ACCOUNTS, loadDemo } from "../../demo/load-demo.js";

const ctx = useTestContext();

describe("the demo's parent network", () => {
  it("walks the issue's flows", async () => {
    await loadDemo(ctx.database.db);
    const anna = await signIn(ctx, DEMO_ACCOUNTS.parent);
    const saved = await anna.post("/network/profile", {
      visibility: "group",
      showName: "on",
      showOffer: "on",
      skills: "Voorlezen",
      trade: "",
      timeAvailable: "",
      about: "",
      tags: "voorlezen",
    });
    expect(saved.status).toBe(303);
    const preview = await (await anna.get("/network/preview")).text();
    expect(preview).toContain("Voorlezen");
    expect(preview).toContain("Ziet u niet.");
    expect(await (await anna.get("/network/parents")).text()).toContain("Samira El Idrissi");

    const coordinator = await signIn(ctx, DEMO_ACCOUNTS.coordinator);
    const found = await (await coordinator.get("/network/search?q=wie+spreekt+Turks")).text();
    expect(found).toContain("Mehmet Öztürk");
    expect(found).toContain("Ayşe Kaya");
    expect(found).not.toContain("Hatice Demir");
    const ids = [...found.matchAll(/name="parents" value="([0-9a-f-]{36})"/g)].map((m) => m[1]!);
    expect(ids).toHaveLength(2);
    const sent = await coordinator.post("/network/requests", {
      body: "Op de informatieavond voor nieuwe ouders (12 maart, 19.30 uur) zoeken we iemand die Turks spreekt. Kunt u helpen?",
      parents: ids,
    });
    expect(sent.status).toBe(303);
    const mail = await lastMailTo(ctx, DEMO_ACCOUNTS.networkParent);
    const link = /http:\/\/localhost:3000(\/network\/requests\/[0-9a-f-]{36})/.exec(mail!.text)![1]!;
    const mehmet = await signIn(ctx, DEMO_ACCOUNTS.networkParent);
    expect((await mehmet.post(`${link}/answer`, { answer: "yes", shareEmail: "on" })).status).toBe(303);
    const answers = await (await coordinator.get(link)).text();
    expect(answers).toContain("1 van 2 zeiden ja");
    expect(answers).toContain(DEMO_ACCOUNTS.networkParent);

    const tasks = await (await anna.get("/network/tasks")).text();
    expect(tasks).toContain("Nog 1 plaats vrij");
    const taskPath = /href="(\/network\/tasks\/[0-9a-f-]{36})">Hulp bij de voorleesochtend/.exec(tasks)![1]!;
    expect((await anna.post(`${taskPath}/signup`)).status).toBe(303);
    expect(await (await mehmet.get(taskPath)).text()).toContain(
      "Vol: meldt u zich toch aan, dan komt u op de wachtlijst",
    );
    expect((await mehmet.post(`${taskPath}/signup`)).status).toBe(303);
    expect(await (await mehmet.get(taskPath)).text()).toContain("U staat op de wachtlijst (plaats 1)");
  });
});
