import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { newToken } from "../../auth/tokens.js";
import { withOrg } from "../../db/client.js";
import { conversationBookings, conversationRounds } from "../../db/schema/index.js";
import { createConversationSchool, createRoundWithSlots } from "./testing/fixtures.js";
import { bookingsOf, mailsTo, slotsOf } from "./testing/queries.js";
import { readCalendar } from "../../../tests/helpers/ical.js";
import { expectConfirmationStep } from "../../../tests/helpers/confirm.js";
import { expectConflict, expectRefused } from "../../../tests/helpers/refusal.js";
import { ofOrg } from "../../db/of-org.js";
import { formatSlot } from "../../lib/time/format.js";

const ctx = useTestContext();

const db = () => ctx.database.db;

async function setup(overrides = {}) {
  const school = await createConversationSchool(db());
  const { round } = await createRoundWithSlots(db(), school, { overrides });
  const slotsA = await slotsOf(db(), school.orgId, round.id, school.teacher.id);
  const slotsB = await slotsOf(db(), school.orgId, round.id, school.teacherB.id);
  return { school, round, slotsA, slotsB, page: `/conversations/rounds/${round.id}/book` };
}

function setRound(orgId: string, roundId: string, values: Partial<typeof conversationRounds.$inferInsert>) {
  return withOrg(db(), { orgId, userId: null }, (tx) =>
    tx
      .update(conversationRounds)
      .set(values)
      .where(ofOrg(conversationRounds, orgId, { id: roundId })),
  );
}

describe("booking a conversation", () => {
  it("books a slot for a parent's child; both guardians see it and get a confirmation with a calendar invitation", async () => {
    const { school, round, slotsA, page } = await setup();
    const parent = await signIn(ctx, school.parent.email);
    const overview = await (await parent.get("/conversations")).text();
    expect(overview).toContain(round.name);
    const bookingPage = await (await parent.get(page)).text();
    expect(bookingPage).toContain("Gesprek over Kind");
    // The kind and the sentence after it are two sentences, not one run-on line.
    expect(bookingPage).toContain("Driehoeksgesprek (ouder, kind en leraar). Uw kind is bij dit gesprek.");

    const booked = await parent.post(page, { pupilId: school.child.id, slotId: slotsA[0]!.id });
    expect(booked.status).toBe(303);
    expect(await (await parent.get(page)).text()).toContain("Uw gesprek is gepland.");

    const partner = await signIn(ctx, school.partner.email);
    const seen = await (await partner.get(page)).text();
    expect(seen).toMatch(/Uw gesprek: \w+ \d+ \w+ 18:00–18:10 \(Leraar\)/);

    const [booking] = await bookingsOf(db(), school.orgId, round.id);
    for (const [email, name] of [
      [school.parent.email, "Ouder"],
      [school.partner.email, "Tweede Ouder"],
    ] as const) {
      const mail = (await mailsTo(db(), email)).find((m) => m.subject === "Bevestiging: gesprek over Kind Eigen");
      expect(mail?.text?.startsWith(`Beste ${name},\n\nHet gesprek over Kind Eigen is gepland.`)).toBe(true);
      expect(mail?.text).toContain("Met: Leraar");
      expect(mail?.text?.endsWith(`Met vriendelijke groet,\n${school.org.name}`)).toBe(true);
      const [ics] = mail?.attachments ?? [];
      expect(ics?.filename).toBe("gesprek.ics");
      const event = readCalendar(ics?.content as string);
      expect(event).toMatchObject({
        method: "REQUEST",
        uid: `${booking!.booking.id}@samen`,
        sequence: 0,
        zone: "UTC",
        location: school.org.name,
        organiser: { name: school.org.name, address: "noreply@samen.example" },
        attendees: [{ name, address: email, rsvp: "FALSE" }],
      });
      expect(event.startsAt).toEqual(slotsA[0]!.startsAt);
      expect(event.endsAt).toEqual(slotsA[0]!.endsAt);
    }
    expect(booking?.booking.pupilId).toBe(school.child.id);
  });

  it("refuses someone else's child, a time of another teacher, a tampered form and a second booking, changing nothing", async () => {
    const { school, round, slotsA, slotsB, page } = await setup();
    const parent = await signIn(ctx, school.parent.email);

    const stranger = await parent.post(page, { pupilId: school.other.id, slotId: slotsB[0]!.id });
    expect(stranger.status).toBe(403);
    expect(await stranger.text()).toContain("U kunt alleen een gesprek kiezen voor uw eigen kind.");
    const wrongTeacher = await parent.post(page, { pupilId: school.child.id, slotId: slotsB[0]!.id });
    await expectRefused(wrongTeacher, ["Kies een van de vrije tijden uit de lijst."]);
    const tampered = await parent.post(page, { pupilId: school.child.id, slotId: "1; drop table" });
    expect(tampered.status).toBe(422);
    expect(await bookingsOf(db(), school.orgId, round.id)).toHaveLength(0);

    expect((await parent.post(page, { pupilId: school.child.id, slotId: slotsA[0]!.id })).status).toBe(303);
    const again = await parent.post(page, { pupilId: school.child.id, slotId: slotsA[1]!.id });
    await expectConflict(again, ["U heeft al een gesprek voor dit kind."]);
    expect(await bookingsOf(db(), school.orgId, round.id)).toHaveLength(1);

    const teacher = await signIn(ctx, school.teacher.email);
    expect((await teacher.post(page, { pupilId: school.child.id, slotId: slotsA[1]!.id })).status).toBe(403);
  });

  it("books once when the same form is sent twice at once, and both answers show the booking", async () => {
    const { school, round, slotsA, page } = await setup();
    const parent = await signIn(ctx, school.parent.email);
    const form = { pupilId: school.child.id, slotId: slotsA[0]!.id };
    const once = newToken();
    const presses = await Promise.all([parent.post(page, form, { once }), parent.post(page, form, { once })]);
    expect(presses.map((p) => [p.status, p.headers.get("location")])).toEqual([
      [303, page],
      [303, page],
    ]);
    expect(await (await parent.get(page)).text()).toContain("Uw gesprek is gepland.");
    expect(await bookingsOf(db(), school.orgId, round.id)).toHaveLength(1);
    const confirmations = (await mailsTo(db(), school.parent.email)).filter((m) => m.subject.startsWith("Bevestiging"));
    expect(confirmations).toHaveLength(1);
  });

  it("answers a taken slot with the nearest free times of the same teacher", async () => {
    const { school, round, slotsB, page } = await setup();
    const parent = await signIn(ctx, school.parent.email);
    expect((await parent.post(page, { pupilId: school.sibling.id, slotId: slotsB[2]!.id })).status).toBe(303);

    const other = await signIn(ctx, school.otherParent.email);
    const taken = await other.post(page, { pupilId: school.other.id, slotId: slotsB[2]!.id });
    expect(taken.status).toBe(409);
    const html = await taken.text();
    expect(html).toContain("Deze tijd is net door iemand anders gekozen.");
    const panel = html.slice(html.indexOf('role="alert"'), html.indexOf("</div>", html.indexOf('role="alert"')));
    // The three nearest: 10 minutes before and after, then the earlier of the two 20 minutes away.
    const offered = [...panel.matchAll(/name="slotId" value="([^"]+)"/g)].map((m) => m[1]);
    expect(offered).toEqual([slotsB[0]!.id, slotsB[1]!.id, slotsB[3]!.id]);
    expect(panel).toContain("Deze tijden zijn nog vrij:");
    const bookings = await bookingsOf(db(), school.orgId, round.id);
    expect(bookings.map((b) => b.booking.pupilId)).toEqual([school.sibling.id]);
  });

  it("refuses booking before the window opens", async () => {
    const later = { opensAt: new Date(Date.now() + 86_400_000) };
    const { school, round, slotsA, page } = await setup(later);
    const parent = await signIn(ctx, school.parent.email);
    const early = await parent.post(page, { pupilId: school.child.id, slotId: slotsA[0]!.id });
    await expectRefused(early, ["Het inschrijven is nog niet open of al gesloten."]);
    expect(await bookingsOf(db(), school.orgId, round.id)).toHaveLength(0);
  });

  it("changes and cancels before the deadline, with an updated invitation, and refuses both after it", async () => {
    const { school, round, slotsA, page } = await setup();
    const parent = await signIn(ctx, school.parent.email);
    await parent.post(page, { pupilId: school.child.id, slotId: slotsA[0]!.id });
    const [booking] = await bookingsOf(db(), school.orgId, round.id);
    const base = `/conversations/bookings/${booking!.booking.id}`;

    expect((await parent.post(`${base}/change`, { slotId: slotsA[3]!.id })).status).toBe(303);
    const [moved] = await bookingsOf(db(), school.orgId, round.id);
    expect(moved?.slot.id).toBe(slotsA[3]!.id);
    const [changedMail] = await mailsTo(db(), school.partner.email);
    expect(changedMail?.subject).toBe("Gewijzigd: gesprek over Kind Eigen");
    const changed = readCalendar(changedMail?.attachments?.[0]?.content as string);
    expect(changed).toMatchObject({ method: "REQUEST", uid: `${booking!.booking.id}@samen`, sequence: 1 });
    expect(changed.startsAt).toEqual(slotsA[3]!.startsAt);

    await setRound(school.orgId, round.id, {
      opensAt: new Date(Date.now() - 7_200_000),
      changeDeadline: new Date(Date.now() - 60_000),
    });
    const late = await parent.post(`${base}/change`, { slotId: slotsA[4]!.id });
    await expectRefused(late, ["Wijzigen of afzeggen kan niet meer."]);
    expect((await parent.post(`${base}/cancel`)).status).toBe(422);
    const [still] = await bookingsOf(db(), school.orgId, round.id);
    expect(still?.slot.id).toBe(slotsA[3]!.id);

    await setRound(school.orgId, round.id, { changeDeadline: new Date(Date.now() + 86_400_000) });
    await expectConfirmationStep(parent, page, `${base}/cancel`, ["Gesprek over Kind Eigen", "Met Leraar"]);
    expect(await bookingsOf(db(), school.orgId, round.id)).toHaveLength(1);
    expect((await parent.post(`${base}/cancel`)).status).toBe(303);
    expect(await bookingsOf(db(), school.orgId, round.id)).toHaveLength(0);
    const [cancelMail] = await mailsTo(db(), school.parent.email);
    expect(cancelMail?.subject).toBe("Afgezegd: gesprek over Kind Eigen");
    expect(cancelMail?.text).toMatch(/^Beste Ouder,\n\nHet gesprek over Kind Eigen op .* is afgezegd\./);
    expect(readCalendar(cancelMail?.attachments?.[0]?.content as string)).toMatchObject({
      method: "CANCEL",
      uid: `${booking!.booking.id}@samen`,
      sequence: 2,
      status: "CANCELLED",
      attendees: [{ address: school.parent.email }],
    });
  });

  it("moves or cancels once, with one mail each, when the button is pressed several times at once", async () => {
    const { school, round, slotsA, page } = await setup();
    const parent = await signIn(ctx, school.parent.email);
    await parent.post(page, { pupilId: school.child.id, slotId: slotsA[0]!.id });
    const [booking] = await bookingsOf(db(), school.orgId, round.id);
    const base = `/conversations/bookings/${booking!.booking.id}`;
    const fivePresses = (path: string, form: Record<string, string> = {}) =>
      Promise.all(Array.from({ length: 5 }, () => parent.post(path, form)));
    const mailed = async (subject: string) =>
      (await mailsTo(db(), school.parent.email)).filter((m) => m.subject === subject).length;

    const moves = await fivePresses(`${base}/change`, { slotId: slotsA[3]!.id });
    expect(moves.map((r) => r.status)).toEqual([303, 303, 303, 303, 303]);
    expect(await mailed("Gewijzigd: gesprek over Kind Eigen")).toBe(1);

    const cancels = await fivePresses(`${base}/cancel`);
    expect(cancels.filter((r) => r.status === 303)).toHaveLength(1);
    expect(await bookingsOf(db(), school.orgId, round.id)).toHaveLength(0);
    expect(await mailed("Afgezegd: gesprek over Kind Eigen")).toBe(1);
  });

  it("books two children in different groups back to back in one go, or not at all", async () => {
    const { school, round, slotsB, page } = await setup();
    const parent = await signIn(ctx, school.parent.email);
    const html = await (await parent.get(page)).text();
    expect(html).toContain("Alle kinderen in één keer, na elkaar");
    const combination = html.match(/name="combination" value="([^"]+)"/)?.[1];
    expect(combination).toBeDefined();

    // Without JavaScript the form can be sent with no row chosen: the radio group says so.
    const none = await parent.post(`/conversations/rounds/${round.id}/book-together`, {});
    const nonePage = await expectRefused(none, ["Kies een rij tijden."]);
    expect(nonePage).not.toContain("Deze waarde klopt niet");
    expect(nonePage).toMatch(/<fieldset class="field field-invalid" aria-describedby="field-combination-error">/);
    expect(nonePage).toMatch(/<input type="radio" id="field-combination"[^>]*aria-invalid="true"/);

    const together = await parent.post(`/conversations/rounds/${round.id}/book-together`, {
      combination: combination!,
    });
    expect(together.status).toBe(303);
    const booked = await bookingsOf(db(), school.orgId, round.id);
    expect(booked.map((b) => b.booking.pupilId).sort()).toEqual([school.child.id, school.sibling.id].sort());
    const [first, second] = booked;
    const gap = second!.slot.startsAt.getTime() - first!.slot.endsAt.getTime();
    expect(gap).toBeGreaterThanOrEqual(5 * 60_000);
    expect(gap).toBeLessThanOrEqual(20 * 60_000);

    // One confirmation for the one action, naming both children and times, with both invitations.
    const confirmations = (await mailsTo(db(), school.parent.email)).filter((m) => m.subject.startsWith("Bevestiging"));
    expect(confirmations).toHaveLength(1);
    const [mail] = confirmations;
    expect(mail!.subject).toMatch(
      /^Bevestiging: gesprekken over (Kind Eigen en Broer Eigen|Broer Eigen en Kind Eigen)$/,
    );
    for (const child of ["Kind Eigen", "Broer Eigen"]) expect(mail!.text).toContain(child);
    const times = (mail!.attachments ?? []).map((a) => readCalendar(a.content as string).startsAt.getTime());
    expect(times.sort()).toEqual(booked.map((b) => b.slot.startsAt.getTime()).sort());
    for (const b of booked) expect(mail!.text).toContain(formatSlot("nl", b.slot.startsAt, b.slot.endsAt));

    // A second family: one of the two times is gone by the time they press the button.
    const second_ = await setup();
    const family = await signIn(ctx, second_.school.parent.email);
    const offered = (await (await family.get(second_.page)).text()).match(/name="combination" value="([^"]+)"/)?.[1];
    const takenSlot = offered!
      .split(",")
      .find((pair) => pair.startsWith(second_.school.sibling.id))!
      .split(":")[1]!;
    const other = await signIn(ctx, second_.school.otherParent.email);
    await other.post(second_.page, { pupilId: second_.school.other.id, slotId: takenSlot });
    const refused = await family.post(`/conversations/rounds/${second_.round.id}/book-together`, {
      combination: offered!,
    });
    expect(refused.status).toBe(409);
    const left = await bookingsOf(db(), second_.school.orgId, second_.round.id);
    expect(left.map((b) => b.booking.pupilId)).toEqual([second_.school.other.id]);
    expect(slotsB.length).toBeGreaterThan(0);
  });

  it("refuses a time for one child that collides with the conversation of another, when booking and when changing", async () => {
    const { school, round, slotsA, slotsB, page } = await setup();
    const parent = await signIn(ctx, school.parent.email);
    expect((await parent.post(page, { pupilId: school.child.id, slotId: slotsA[0]!.id })).status).toBe(303);
    const sameTime = slotsB.find((s) => s.startsAt.getTime() === slotsA[0]!.startsAt.getTime())!;
    const clash = await parent.post(page, { pupilId: school.sibling.id, slotId: sameTime.id });
    await expectConflict(clash, ["Op die tijd heeft u al een gesprek over een ander kind"]);
    const later = slotsB.find((s) => s.startsAt.getTime() >= slotsA[0]!.endsAt.getTime() + 30 * 60_000)!;
    expect((await parent.post(page, { pupilId: school.sibling.id, slotId: later.id })).status).toBe(303);

    const [childsBooking] = (await bookingsOf(db(), school.orgId, round.id)).filter(
      (b) => b.booking.pupilId === school.child.id,
    );
    const onTop = slotsA.find((s) => s.startsAt.getTime() === later.startsAt.getTime())!;
    const move = await parent.post(`/conversations/bookings/${childsBooking!.booking.id}/change`, { slotId: onTop.id });
    expect(move.status).toBe(409);
    const after = await bookingsOf(db(), school.orgId, round.id);
    expect(after.map((b) => b.slot.id).sort()).toEqual([slotsA[0]!.id, later.id].sort());
  });

  it("answers 404 to a parent who changes or cancels another family's booking, and changes nothing", async () => {
    const { school, round, slotsA, slotsB } = await setup();
    await withOrg(db(), { orgId: school.orgId, userId: null }, (tx) =>
      tx.insert(conversationBookings).values({
        orgId: school.orgId,
        roundId: round.id,
        slotId: slotsB[0]!.id,
        pupilId: school.other.id,
        guardianId: school.otherGuardian.id,
        separate: false,
      }),
    );
    const [theirs] = await bookingsOf(db(), school.orgId, round.id);
    const parent = await signIn(ctx, school.parent.email);
    const change = await parent.post(`/conversations/bookings/${theirs!.booking.id}/change`, { slotId: slotsA[1]!.id });
    expect(change.status).toBe(404);
    expect((await parent.post(`/conversations/bookings/${theirs!.booking.id}/cancel`)).status).toBe(404);
    expect((await bookingsOf(db(), school.orgId, round.id)).map((b) => b.slot.id)).toEqual([slotsB[0]!.id]);
  });

  it("lets guardians who live apart each book their own conversation, never taking or changing the other's", async () => {
    const { school, round, slotsA, page } = await setup({ separateGuardianBookings: true });
    const parent = await signIn(ctx, school.parent.email);
    const partner = await signIn(ctx, school.partner.email);
    expect((await parent.post(page, { pupilId: school.child.id, slotId: slotsA[0]!.id })).status).toBe(303);
    const takeIt = await partner.post(page, { pupilId: school.child.id, slotId: slotsA[0]!.id });
    expect(takeIt.status).toBe(409);
    expect((await partner.post(page, { pupilId: school.child.id, slotId: slotsA[2]!.id })).status).toBe(303);

    const bookings = await bookingsOf(db(), school.orgId, round.id);
    expect(bookings).toHaveLength(2);
    const parentsBooking = bookings.find((b) => b.booking.guardianId === school.guardian.id)!;
    const move = await partner.post(`/conversations/bookings/${parentsBooking.booking.id}/change`, {
      slotId: slotsA[4]!.id,
    });
    expect(move.status).toBe(403);
    expect(await move.text()).toContain("Alleen die ouder kan het wijzigen.");
    expect((await partner.post(`/conversations/bookings/${parentsBooking.booking.id}/cancel`)).status).toBe(403);
    const after = await bookingsOf(db(), school.orgId, round.id);
    expect(after.map((b) => b.slot.id)).toEqual([slotsA[0]!.id, slotsA[2]!.id]);
  });
});
