/**
 * "Bericht" is a message in Dutch (/messages, "Berichten" in the menu); the school's news is a
 * "nieuwsbericht": the button and page to write one, and the parent's count on /home, which links to
 * /news. English already says "post" against "message".
 */
import { describe, expect, it } from "vitest";
import { schoolSignedIn, useTestContext } from "../../../tests/helpers/app.js";
import { useFixtureParts } from "../../../tests/helpers/fixture.js";
import { postNewsAs } from "./testing/fixtures.js";

const ctx = useTestContext();
const { leader, parent } = useFixtureParts(() => schoolSignedIn(ctx));

describe("the news' words", () => {
  it("calls a school's post a nieuwsbericht, not a bericht as in /messages", async () => {
    const list = await (await leader.get("/news")).text();
    expect(list).toMatch(/<a [^>]*href="\/news\/new"[^>]*>Nieuw nieuwsbericht<\/a>/);
    const form = await (await leader.get("/news/new")).text();
    expect(form).toContain("<h1>Nieuw nieuwsbericht</h1>");
    expect(form).not.toContain("Nieuw bericht<");

    await postNewsAs(leader, { title: "Eerste" });
    expect(await (await parent.get("/home")).text()).toContain("1 nieuw nieuwsbericht van school");
    await postNewsAs(leader, { title: "Tweede" });
    const home = await (await parent.get("/home")).text();
    expect(home).toContain("2 nieuwe nieuwsberichten van school");
    expect(home).not.toContain("nieuwe berichten van school");
  });
});
