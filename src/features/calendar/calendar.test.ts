/**
 * The information calendar: staff add items for the whole school or some groups; a parent sees
 * the whole school's and their children's groups', with the events they are invited to and the
 * conversation rounds; a person's private feed is valid iCalendar (parsed by ical.js), right
 * across the clock change, with text that cannot break it; renewing the feed's address makes the
 * old one answer 404 with nothing; bad input is refused with nothing stored.
 */
import ICAL from "ical.js";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { signIn, type TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { useFixtureParts } from "../../../tests/helpers/fixture.js";
import { calendarFeeds } from "../../db/schema/index.js";
import { advisorOf } from "../advice/testing/fixtures.js";
import { createEventAs, schoolWithTwoParents } from "../events/testing/fixtures.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";
import { withGroupNamed } from "../../../tests/helpers/factories.js";
import { createDaycare, expectChildcareWords, schoolWordsIn } from "../../../tests/helpers/wording.js";

/** This year's October, whose last Sunday the clocks go back (always within the feed's year either side). */
const Y = new Date().getUTCFullYear();
const october = `${Y}-10`;
const lastSunday = (() => {
  const day = new Date(Date.UTC(Y, 9, 31));
  day.setUTCDate(31 - day.getUTCDay());
  return day.toISOString().slice(0, 10);
})();
const twoDaysBefore = new Date(Date.parse(`${lastSunday}T00:00:00Z`) - 2 * 86_400_000).toISOString().slice(0, 10);

const ctx = useTestContext();
const { school, leader, parent, other, otherUser } = useFixtureParts(() => schoolWithTwoParents(ctx));

const add = (form: Record<string, string | string[]>) =>
  leader.post("/calendar/items", { kind: "other", audience: "all", ...form });

/** Adds an item that must be stored: the post answers with a redirect. */
const added = async (form: Record<string, string | string[]>) => expect((await add(form)).status).toBe(303);

/** Makes (or renews) the person's feed on the subscribe page and returns its https address. */
async function feedUrlOf(client: TestClient): Promise<string> {
  const page = await (await client.post("/calendar/subscribe")).text();
  const url = /value="(https?:\/\/[^"]+\/calendar\/feed\/[^"]+\.ics)"/.exec(page)?.[1];
  expect(page).toContain("webcal://");
  return url!;
}

const pathOf = (url: string) => new URL(url).pathname;

function eventsOf(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("the information calendar", () => {
  it("shows a parent the whole school's items and their children's groups', not another group's", async () => {
    await added({ title: "Nieuwsbrief oktober", kind: "newsletter", startsOn: `${october}-02` });
    await added({
      title: "Schoolreis groep A",
      kind: "trip",
      startsOn: `${october}-08`,
      audience: "groups",
      groups: [school.groupA.id],
    });
    await added({
      title: "Excursie groep B",
      kind: "trip",
      startsOn: `${october}-09`,
      audience: "groups",
      groups: [school.groupB.id],
    });
    await added({ title: "Herfstvakantie", kind: "holiday", startsOn: `17-10-${Y}`, endsOn: `25-10-${Y}` });

    const mine = await (await parent.get(`/calendar?month=${october}`)).text();
    expect(mine).toContain("Nieuwsbrief oktober");
    expect(mine).toContain("Schoolreis groep A");
    expect(mine).toContain("Herfstvakantie");
    expect(mine).toContain(`17 oktober ${Y} – 25 oktober ${Y}`);
    expect(mine).not.toContain("Excursie groep B");
    expect(await (await other.get(`/calendar?month=${october}`)).text()).not.toContain("Schoolreis groep A");
    const staff = await (await leader.get(`/calendar?month=${october}`)).text();
    expect(staff).toContain("Excursie groep B");
    const year = await (await parent.get(`/calendar?view=year&month=${october}`)).text();
    expect(year).toContain(`Kalender: schooljaar ${Y}-${Y + 1}`);
    expect(year).toContain("Herfstvakantie");
    // A month the calendar cannot show is this month's page, for every view.
    for (const month of ["0000-01", "9999-12", "1899-12"]) {
      for (const view of ["", "&view=year"]) {
        const page = await parent.get(`/calendar?month=${month}${view}`);
        expect(page.status, month + view).toBe(200);
      }
    }
    // Parents read, staff edit.
    expect((await parent.get("/calendar/items/new")).status).toBe(403);
  });

  it("says a group named by its number is group 7, as a reader expects", async () => {
    await withGroupNamed(ctx.database.db, school.groupA, "7", async () => {
      await added({
        title: "Voorleesochtend",
        startsOn: `${october}-12`,
        audience: "groups",
        groups: [school.groupA.id],
      });
      expect(await (await parent.get(`/calendar?month=${october}`)).text()).toContain("Voor groep 7");
    });
  });

  it("puts the events a parent is invited to in their calendar, and not those of another group", async () => {
    await createEventAs(leader, {
      title: "Informatieavond groep B",
      day: `${Y + 1}-01-05`,
      audience: "groups",
      groups: [school.groupB.id],
    });
    await createEventAs(leader, { title: "Open dag", kind: "open_day", day: `${Y + 1}-01-07` });
    const page = await (await parent.get(`/calendar?month=${Y + 1}-01`)).text();
    expect(page).toContain("Open dag");
    expect(page).not.toContain("Informatieavond groep B");
    expect(await (await other.get(`/calendar?month=${Y + 1}-01`)).text()).toContain("Informatieavond groep B");
  });

  it("is not offered to an advisor of the school, whose links would lead to staff-only pages", async () => {
    const advisor = await signIn(ctx, (await advisorOf(ctx, school.orgId)).email);
    expect(await (await advisor.get("/home")).text()).not.toContain('href="/calendar"');
    expect((await advisor.get("/calendar")).status).toBe(403);
  });

  it("refuses bad input in the user's language with nothing stored", async () => {
    const bad = await add({ title: "", startsOn: "31-02-2026", startTime: "25:00" });
    await expectRefused(bad, ["Vul een tijd in zoals 08:30."]);
    const noGroups = await add({ title: "Zonder groepen", startsOn: "2026-10-01", audience: "groups" });
    await expectRefused(noGroups, ["Kies minstens één groep"]);
    expect(
      (
        await add({
          title: "Twee dagen met tijd",
          startsOn: "2026-10-01",
          endsOn: `${october}-02`,
          startTime: "08:30",
          endTime: "09:00",
        })
      ).status,
    ).toBe(422);
    expect(await (await leader.get(`/calendar?month=${october}`)).text()).not.toContain("Twee dagen met tijd");
  });

  it("gives a valid private feed with the right times across the clock change and text that breaks nothing", async () => {
    await added({
      title: 'Ouderavond; "vragen", <script>alert(1)</script>',
      description: "Regel één,\nregel twee; met \\ backslash",
      startsOn: lastSunday,
      startTime: "19:30",
      endTime: "21:00",
    });
    await added({
      title: "Rapport mee",
      kind: "report",
      startsOn: twoDaysBefore,
      startTime: "08:30",
      endTime: "09:00",
    });
    const url = await feedUrlOf(parent);
    const anonymous = await fetchFeed(pathOf(url));
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get("content-type")).toContain("text/calendar");
    const ics = await anonymous.text();
    const entries = eventsOf(ics);
    const evening = entries.find((e) => e.summary.startsWith("Ouderavond"))!;
    expect(evening.summary).toBe('Ouderavond; "vragen", <script>alert(1)</script>');
    expect(evening.description).toContain("Regel één,\nregel twee; met \\ backslash");
    // The last Sunday of October, after the clocks went back: 19:30 in Amsterdam is 18:30 UTC.
    expect(evening.startDate.toJSDate().toISOString()).toBe(`${lastSunday}T18:30:00.000Z`);
    // Two days before, still summer time: 08:30 is 06:30 UTC.
    const report = entries.find((e) => e.summary === "Rapport mee")!;
    expect(report.startDate.toJSDate().toISOString()).toBe(`${twoDaysBefore}T06:30:00.000Z`);
    const holiday = entries.find((e) => e.summary === "Herfstvakantie")!;
    expect(holiday.startDate.isDate).toBe(true);
    expect(holiday.startDate.toString()).toBe(`${Y}-10-17`);
    expect(holiday.endDate.toString()).toBe(`${Y}-10-26`);
    expect(entries.map((e) => e.summary)).not.toContain("Excursie groep B");
    expect(entries.map((e) => e.summary)).toContain("Open dag");
    expect(ics).not.toMatch(/^[^\r]*\n/);
  });

  it("renews the address: the old one answers 404 with nothing, and only a hash is stored", async () => {
    const first = await feedUrlOf(other);
    expect((await fetchFeed(pathOf(first))).status).toBe(200);
    const [stored] = await ctx.database.db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, otherUser.id));
    expect(first).not.toContain(stored!.tokenHash);
    expect(await (await other.get("/calendar/subscribe")).text()).toContain("U heeft al een persoonlijk adres");

    const second = await feedUrlOf(other);
    expect(second).not.toBe(first);
    const old = await fetchFeed(pathOf(first));
    expect(old.status).toBe(404);
    expect(await old.text()).toBe("");
    expect((await fetchFeed(pathOf(second))).status).toBe(200);
    expect((await fetchFeed("/calendar/feed/not-a-token.ics")).status).toBe(404);
  });
});

function fetchFeed(path: string) {
  return ctx.app.request(path);
}

describe("in a preschool's words", () => {
  it("puts items in the whole setting's calendar and offers it to parents, in Dutch and English", async () => {
    const preschool = await createDaycare(ctx.database.db, "preschool");
    const staff = await signIn(ctx, preschool.leader.email);
    const parent = await signIn(ctx, preschool.parent.email);
    const noGroups = { kind: "other", title: "Zonder groepen", startsOn: `${october}-01`, audience: "groups" };
    const refused = await expectRefused(await staff.post("/calendar/items", noGroups), [
      "Kies minstens één groep, of zet het in de kalender van de hele opvang.",
    ]);
    expect(schoolWordsIn(refused)).toEqual([]);
    const item = { kind: "trip", title: "Naar de kinderboerderij", startsOn: `${october}-07`, audience: "all" };
    expect((await staff.post("/calendar/items", item)).status).toBe(303);
    await expectChildcareWords([
      {
        who: staff,
        path: "/calendar/items/new",
        nl: [">Voor de hele opvang</label>"],
        en: [">For the whole setting</label>"],
      },
      {
        who: parent,
        path: `/calendar?month=${october}`,
        // A preschool writes no school reports.
        nl: ["Naar de kinderboerderij", "Voor de hele opvang", "gesprekken, uitjes, vakanties en vrije dagen."],
        en: ["For the whole setting", "conversations, trips, holidays and days off."],
      },
      {
        who: parent,
        path: "/calendar/subscribe",
        nl: ["de kalender van de opvang in de agenda"],
        en: ["the setting&#39;s calendar"],
      },
    ]);
  });
});
