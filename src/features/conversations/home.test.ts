/**
 * What conversations put on a teacher's home page: their booked conversations ahead, counted in a
 * sentence that reads right for one (the demo's home test covers several).
 */
import { describe, expect, it } from "vitest";
import { signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { bookedConversation } from "./testing/preparation-fixtures.js";

const ctx = useTestContext();

describe("a teacher's conversations on their home page", () => {
  it("names a single booked conversation as one, in Dutch and English", async () => {
    const { school, round } = await bookedConversation(ctx);
    const teacher = await signIn(ctx, school.teacher.email);
    const home = await (await teacher.get("/home")).text();
    expect(home).toMatch(new RegExp(`Uw gesprek in ${round.name}: \\w+ \\d+ \\w+ 18:00<`));
    expect(home).not.toContain("1 gepland");
    const english = await signIn(ctx, school.teacher.email, new TestClient(ctx.app, { "accept-language": "en" }));
    const homeEn = await (await english.get("/home")).text();
    expect(homeEn).toMatch(new RegExp(`Your conversation in ${round.name}: \\w+ \\d+ \\w+ 18:00<`));
    expect(homeEn).not.toContain("1 booked");
  });
});
