import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createUser, unique } from "../../../tests/helpers/factories.js";
import { lastMailTo, signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { trainingRegistrations, trainings, trainingSessions } from "../../db/schema/index.js";
import { registerAs, sessionFields, trainingWith, year } from "./testing/fixtures.js";
import { confirmRegistration } from "./service/registrations.js";
import { DEMO_TRAINING_MEMBERS, DEMO_TRAINING_SLUG, seedTrainingsDemo } from "./seed-demo.js";
import { expectConflict, expectRefused } from "../../../tests/helpers/refusal.js";

const ctx = useTestContext();

async function statesOf(sessionId: string) {
  const rows = await ctx.database.db
    .select()
    .from(trainingRegistrations)
    .where(eq(trainingRegistrations.sessionId, sessionId));
  return rows.map((r) => r.state).sort();
}

/** The mails to an address as their recipient reads them, footer included (the development outbox shows them so). */
const deliveredMailsTo = async (email: string) =>
  (await new TestClient(ctx.app).get(`/dev/outbox?to=${encodeURIComponent(email)}`)).text();

/** The registration form's date choice as a person sees it: each option's text and which one is chosen. */
async function dateChoice(slug: string) {
  const html = await (await new TestClient(ctx.app).get(`/trainings/${slug}`)).text();
  const select = /<select[^>]*id="field-session"[^>]*>([\s\S]*?)<\/select>/.exec(html)![1]!;
  const options = [...select.matchAll(/<option value="([^"]*)"( selected="")?>([^<]*)<\/option>/g)];
  return {
    labels: options.map((o) => o[3]!),
    chosen: options.filter((o) => o[2]).map((o) => o[1]),
  };
}

describe("trainings", () => {
  it("the form chooses the first date with room, says which dates are full, and chooses none when all are", async () => {
    const { slug, sessionId, editor, trainingId } = await trainingWith(ctx, 1);
    const later = await editor.post(`/trainings/manage/${slug}/sessions`, {
      ...sessionFields,
      date: `17-02-${year}`,
      capacity: "1",
    });
    expect(later.status).toBe(303);
    const [second] = await ctx.database.db
      .select()
      .from(trainingSessions)
      .where(eq(trainingSessions.trainingId, trainingId))
      .then((rows) => rows.filter((row) => row.id !== sessionId));
    expect((await dateChoice(slug)).chosen).toEqual([sessionId]);

    const first = await registerAs(ctx, slug, sessionId, `vol-${unique()}@example.nl`);
    await first.visitor.post(`/trainings/confirm/${first.token}`);
    const { labels, chosen } = await dateChoice(slug);
    expect(chosen).toEqual([second!.id]);
    expect(labels[0]).toContain("Vol: u komt op de wachtlijst");
    expect(labels[1]).toContain("Nog 1 plaats vrij");

    const last = await registerAs(ctx, slug, second!.id, `ook-vol-${unique()}@example.nl`);
    await last.visitor.post(`/trainings/confirm/${last.token}`);
    const full = await dateChoice(slug);
    expect(full.chosen).toEqual([""]);
    expect(full.labels[0]).toBe("Kies een datum");
    expect(full.labels.slice(1).every((label) => label.includes("Vol: u komt op de wachtlijst"))).toBe(true);
  });

  it("a council member registers for a full training, waits, and moves up when someone cancels", async () => {
    const { slug, sessionId, editor } = await trainingWith(ctx, 1);
    const first = `een-${unique()}@example.nl`;
    const second = `twee-${unique()}@example.nl`;
    const a = await registerAs(ctx, slug, sessionId, first);
    expect((await a.visitor.post(`/trainings/confirm/${a.token}`)).status).toBe(200);
    const placedMail = await lastMailTo(ctx, first);
    expect(placedMail?.subject).toContain("U heeft een plaats");
    expect(JSON.stringify(placedMail?.attachments)).toContain("BEGIN:VCALENDAR");

    const b = await registerAs(ctx, slug, sessionId, second);
    const waiting = await b.visitor.post(`/trainings/confirm/${b.token}`);
    expect(await waiting.text()).toContain("wachtlijst (nummer 1)");
    // The link again: a clear message, nothing changed.
    const again = await b.visitor.post(`/trainings/confirm/${b.token}`);
    await expectConflict(again, ["al bevestigd"]);
    // A second registration with the same address: refused, nothing changed.
    const twice = await b.visitor.post(`/trainings/${slug}/register`, {
      session: sessionId,
      name: "Lid",
      email: second,
      school: "",
      website: "",
    });
    await expectConflict(twice, ["al aangemeld"]);
    expect(await statesOf(sessionId)).toEqual(["placed", "waiting"]);

    const cancelLink = placedMail!.text.match(/\/trainings\/cancel\/([A-Za-z0-9_-]+)/)![1]!;
    expect((await a.visitor.get(`/trainings/cancel/${cancelLink}`)).status).toBe(200);
    expect((await a.visitor.post(`/trainings/cancel/${cancelLink}`)).status).toBe(200);
    const moved = await lastMailTo(ctx, second);
    expect(moved?.subject).toContain("plaats voor u vrijgekomen");
    expect(JSON.stringify(moved?.attachments)).toContain("BEGIN:VCALENDAR");
    expect(await statesOf(sessionId)).toEqual(["cancelled", "placed"]);
    const twiceCancelled = await a.visitor.post(`/trainings/cancel/${cancelLink}`);
    await expectConflict(twiceCancelled, ["al afgemeld"]);

    const list = await (await editor.get(`/trainings/manage/${slug}`)).text();
    expect(list).toContain(second);
    expect(list).not.toContain(first);
  });

  it("links a registrant without an account to no settings page they cannot open; an account holder keeps it", async () => {
    const { slug, sessionId } = await trainingWith(ctx, 1);
    const guest = `gast-${unique()}@example.nl`;
    await registerAs(ctx, slug, sessionId, guest);
    const guestMail = await deliveredMailsTo(guest);
    expect(guestMail).toContain("Dit bericht krijgt u altijd");
    expect(guestMail).not.toContain("/account/notifications");

    const holder = await createUser(ctx.database.db);
    await registerAs(ctx, slug, sessionId, holder.email);
    expect(await deliveredMailsTo(holder.email)).toContain("Al uw meldingen instellen: ");
  });

  it("tells someone who did not register that their details are deleted after 48 hours, as the cleanup does", async () => {
    const { slug, sessionId } = await trainingWith(ctx, 1);
    const dutch = `nl-${unique()}@example.nl`;
    await registerAs(ctx, slug, sessionId, dutch);
    const nl = (await lastMailTo(ctx, dutch))!.text;
    expect(nl).toContain(
      "Hebt u zich niet aangemeld? Dan kunt u deze mail negeren; we verwijderen uw gegevens na 48 uur.",
    );
    expect(nl).not.toContain("bewaren uw gegevens dan niet");

    const english = `en-${unique()}@example.nl`;
    const visitor = new TestClient(ctx.app, { "accept-language": "en" });
    await visitor.post(`/trainings/${slug}/register`, {
      session: sessionId,
      name: "Member",
      email: english,
      school: "",
      website: "",
    });
    const en = (await lastMailTo(ctx, english))!.text;
    expect(en).toContain("Did you not register? Then ignore this e-mail; we delete your details after 48 hours.");
    expect(en).not.toContain("we will not keep your details");
  });

  it("keeps the capacity when many confirm at once, and the waiting list in order", async () => {
    const { slug, sessionId } = await trainingWith(ctx, 3);
    const tokens: string[] = [];
    for (let i = 0; i < 8; i++)
      tokens.push((await registerAs(ctx, slug, sessionId, `race-${i}-${unique()}@example.nl`)).token);
    const deps = { jobs: { send: async () => {} }, config: ctx.config };
    const results = await Promise.all(tokens.map((token) => confirmRegistration(ctx.database.db, deps, token)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await statesOf(sessionId)).toEqual([
      "placed",
      "placed",
      "placed",
      "waiting",
      "waiting",
      "waiting",
      "waiting",
      "waiting",
    ]);
    const positions = results.flatMap((r) => (r.ok && r.placement === "waiting" ? [r.position] : [])).sort();
    expect(positions).toEqual([1, 2, 3, 4, 5]);
  });

  it("refuses bad input with messages, and only editors manage", async () => {
    const { slug, sessionId } = await trainingWith(ctx, 2);
    const visitor = new TestClient(ctx.app);
    await expectRefused(
      await visitor.post(`/trainings/${slug}/register`, {
        session: sessionId,
        name: "",
        email: "geen-adres",
        school: "",
        website: "",
      }),
      ["Vul uw naam in.", "Vul een geldig e-mailadres in"],
    );
    expect(await statesOf(sessionId)).toEqual([]);
    // The honeypot: answered as done, nothing stored.
    const bot = await visitor.post(`/trainings/${slug}/register`, {
      session: sessionId,
      name: "Bot",
      email: "bot@example.nl",
      school: "",
      website: "spam",
    });
    expect(bot.status).toBe(200);
    expect(await statesOf(sessionId)).toEqual([]);
    expect((await visitor.get("/trainings/confirm/onbekend")).status).toBe(404);
    expect((await visitor.post("/trainings/manage", { slug: "x" })).status).toBe(303);
    const parent = await signIn(ctx, (await createUser(ctx.database.db)).email);
    expect((await parent.get("/trainings/manage")).status).toBe(403);
  });

  it("the demo: register for its full evening, and move up when the two with a place cancel by their mails", async () => {
    await seedTrainingsDemo(ctx.database.db, ctx.config);
    const [evening] = await ctx.database.db
      .select({ id: trainingSessions.id })
      .from(trainingSessions)
      .innerJoin(trainings, eq(trainings.id, trainingSessions.trainingId))
      .where(eq(trainings.slug, DEMO_TRAINING_SLUG))
      .orderBy(trainingSessions.startsAt)
      .limit(1);
    expect(await statesOf(evening!.id)).toEqual(["placed", "placed", "waiting"]);
    const page = await (await new TestClient(ctx.app).get(`/trainings/${DEMO_TRAINING_SLUG}`)).text();
    expect(page).toContain("Vol: u komt op de wachtlijst");
    const me = `raadslid-${unique()}@example.nl`;
    const mine = await registerAs(ctx, DEMO_TRAINING_SLUG, evening!.id, me);
    expect(await (await mine.visitor.post(`/trainings/confirm/${mine.token}`)).text()).toContain("nummer 2");
    for (const member of DEMO_TRAINING_MEMBERS.slice(0, 2)) {
      const mail = await lastMailTo(ctx, member.email);
      const link = mail!.text.match(/\/trainings\/cancel\/([A-Za-z0-9_-]+)/)![1]!;
      expect((await new TestClient(ctx.app).post(`/trainings/cancel/${link}`)).status).toBe(200);
    }
    expect((await lastMailTo(ctx, me))?.subject).toContain("plaats voor u vrijgekomen");
    expect(await statesOf(evening!.id)).toEqual(["cancelled", "cancelled", "placed", "placed"]);
  });
});
