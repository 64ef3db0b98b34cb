import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { DEMO_ACCOUNTS, loadDemo } from "../../demo/load-demo.js";
import { expectPage } from "../../../tests/helpers/page.js";
import { eq } from "drizzle-orm";
import { orgRows } from "../../../tests/helpers/org-rows.js";
import { measurements, organisations, plans, trajectorySessions } from "../../db/schema/index.js";
import { formatDate } from "../../lib/time/format.js";

const ctx = useTestContext();

describe("the demo's trajectory in progress", () => {
  it("stands at the two lines, with its nulmeting, capacity for change and sessions, for staff and parents", async () => {
    await loadDemo(ctx.database.db);
    const leader = await signIn(ctx, DEMO_ACCOUNTS.leader);
    const page = await expectPage(await leader.get("/trajectory"), [
      "met adviseur Petra Hoekstra",
      "<strong>Schoollijn en ouderlijn</strong>",
      "Nulmeting Samen school</a>",
      "18 aanwezig",
    ]);
    expect(page).toMatch(/Zin om te veranderen<\/th><td>\d,\d<\/td>/);
    // Later steps are done: the step the school stands at says what keeps it there, and where to settle it.
    const [school] = await ctx.database.db
      .select()
      .from(organisations)
      .where(eq(organisations.name, "Basisschool De Regenboog"));
    const sessions = await orgRows(ctx.database.db, trajectorySessions, school!.id);
    const boundaries = sessions.find((s) => s.templateKey === "boundaries");
    const dated = formatDate("nl", boundaries!.heldOn!);
    await expectPage(await leader.get("/trajectory"), [
      `Er staat nog een teambijeenkomst gepland op ${dated}: registreer hem als gehouden zodra hij geweest is, of sla hem over.`,
      `href="/trajectory/sessions/${boundaries!.id}"`,
    ]);
    // The demo's story in order: the plan published after the parent evenings, before the eindmeting opened.
    const [plan] = await orgRows(ctx.database.db, plans, school!.id);
    const final = (await orgRows(ctx.database.db, measurements, school!.id)).find((m) => m.kind === "final");
    expect(plan!.firstPublishedAt!.getTime()).toBeLessThan(final!.opensAt.getTime());
    const parent = await signIn(ctx, DEMO_ACCOUNTS.parent);
    // The parent evenings are over, the plan is published and the eindmeting open: parents read that
    // they are asked again, not invited to evenings that were, though a team session keeps the staff at the lines.
    const forParents = await expectPage(await parent.get("/trajectory/for-parents"), [
      "Wat verwacht de ouder van de school?",
      "Partnerschap: hoe kijkt u naar de school?",
      "We vragen team en ouders opnieuw hoe de samenwerking gaat",
    ]);
    expect(forParents).not.toContain("Op ouderavonden horen we graag");
    const advisor = await signIn(ctx, DEMO_ACCOUNTS.advisor);
    expect((await advisor.get("/trajectory")).status).toBe(200);
  });
});
