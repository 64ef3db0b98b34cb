/**
 * The demo: a primary school and a daycare with groups, pupils, guardians,
 * staff, an advisor and a platform admin, so every role can be tried at once.
 * Loaded on an empty database by `npm start`, or by `npm run samen -- demo`.
 */
import { count, eq, type Table } from "drizzle-orm";
import { withOrg, type Db, type Tx } from "../db/client.js";
import { ofOrg } from "../db/of-org.js";
import {
  groupStaff,
  groups,
  guardians,
  memberships,
  organisations,
  pupilGuardians,
  pupils,
  schoolYears,
  users,
  locations,
} from "../db/schema/index.js";
import { firstNames, parentFirstNames, pick, seededRandom, surnames } from "./names.js";
import { seedConversationDemo } from "./conversations.js";
import { seedBuddyVolunteers } from "./buddies.js";
import { seedClosedMeasurement, seedOpenEindmeting } from "../features/measurements/seed-demo.js";
import { seedTrajectoryDemo } from "../features/trajectory/seed-demo.js";
import { seedIdeasDemo } from "../features/ideas/seed-demo.js";
import { seedCalendarDemo } from "../features/calendar/seed-demo.js";
import { seedEventsDemo } from "../features/events/seed-demo.js";
import { seedDiscussionsDemo } from "../features/discussions/seed-demo.js";
import { seedPlanDemo } from "../features/plan/seed-demo.js";
import { seedExpectationsDemo } from "../features/expectations/seed-demo.js";
import { seedNetworkDemo } from "../features/network/seed-demo.js";
import { seedAdviceDemo } from "../features/advice/seed-demo.js";
import { seedPanelDemo } from "../features/panel/seed-demo.js";
import { seedMessagesDemo } from "../features/messages/seed-demo.js";
import { seedNewsDemo } from "../features/news/seed-demo.js";
import { seedCampaignDemo } from "../features/campaign/seed-demo.js";
import { seedTrainingsDemo } from "../features/trainings/seed-demo.js";
import type { Config } from "../config.js";

export interface DemoAccount {
  role: string;
  email: string;
}

export const DEMO_ACCOUNTS = {
  leader: "directie@regenboog.example",
  coordinator: "coordinator@regenboog.example",
  teacher7: "juf.fatima@regenboog.example",
  teacher8: "meester.tom@regenboog.example",
  parent: "ouder.jansen@example.nl",
  advisor: "adviseur@samenadvies.example",
  admin: "beheer@samen.example",
  editor: "redactie@samen.example",
  daycareLeader: "leiding@zonnetje.example",
  /** A parent in the parent network who speaks Turkish (group 7). */
  networkParent: "ouder.ozturk@example.nl",
} as const;

/** What loading the demo may do beyond writing through the app's role. */
export interface DemoLoadOptions {
  /**
   * Gathers the planner's statistics on these tables as their owner. An embedded database has no
   * autovacuum: without statistics the measurements' audiences below were read with nested loops
   * over every family (0.4 s of a fresh start's ~3 s of demo, issue 16).
   */
  analyze?: ((tables: readonly Table[]) => Promise<void>) | undefined;
}

/** Loads the demo when there are no organisations yet; returns the accounts to print, or null. */
export async function loadDemoIfEmpty(
  db: Db,
  config?: DemoMailConfig,
  options?: DemoLoadOptions,
): Promise<DemoAccount[] | null> {
  const [row] = await db.select({ n: count() }).from(organisations);
  if ((row?.n ?? 0) > 0) return null;
  return loadDemo(db, config, options);
}

/** What the demo's mails need for links that work on this server (trainings registrations). */
type DemoMailConfig = Pick<Config, "publicUrl" | "MAIL_FROM" | "SECRET_KEY">;

export async function loadDemo(db: Db, config?: DemoMailConfig, options?: DemoLoadOptions): Promise<DemoAccount[]> {
  const people = await db
    .insert(users)
    .values([
      { email: DEMO_ACCOUNTS.leader, name: "Ingrid de Groot", locale: null },
      { email: DEMO_ACCOUNTS.coordinator, name: "Karim Benali", locale: null },
      { email: DEMO_ACCOUNTS.teacher7, name: "Fatima Yılmaz", locale: null },
      { email: DEMO_ACCOUNTS.teacher8, name: "Tom Visser", locale: null },
      { email: DEMO_ACCOUNTS.parent, name: "Anna Jansen", locale: null },
      { email: DEMO_ACCOUNTS.advisor, name: "Petra Hoekstra", locale: null },
      { email: DEMO_ACCOUNTS.admin, name: "Beheer Samen", locale: "en", isPlatformAdmin: true },
      { email: DEMO_ACCOUNTS.editor, name: "Redactie Samen", locale: null, isPlatformEditor: true },
      { email: DEMO_ACCOUNTS.daycareLeader, name: "Wendy Kramer", locale: null },
      ...DEMO_RSVPS.map(({ email, name }) => ({ email, name, locale: null })),
      ...DEMO_TEAM.map(({ email, name }) => ({ email, name, locale: null })),
    ])
    .returning();
  const id = (email: string) => people.find((p) => p.email === email)?.id ?? "";
  const [school, daycare] = await db
    .insert(organisations)
    .values([
      { type: "primary", name: "Basisschool De Regenboog", registrationCode: "12AB" },
      { type: "daycare", name: "Kinderdagverblijf Het Zonnetje", registrationCode: "LRK 123456789" },
    ])
    .returning();
  if (!school || !daycare) throw new Error("demo organisations not created");

  await withOrg(db, { orgId: school.id, userId: null }, (tx) => seedSchool(tx, school.id, id));
  await withOrg(db, { orgId: daycare.id, userId: null }, (tx) => seedDaycare(tx, daycare.id, id));
  await options?.analyze?.([users, memberships, groups, groupStaff, pupils, guardians, pupilGuardians]);
  await withOrg(db, { orgId: school.id, userId: null }, (tx) => seedNetwork(tx, school.id, id));
  await withOrg(db, { orgId: school.id, userId: null }, (tx) => seedTrajectory(tx, school.id, id, config?.SECRET_KEY));
  await withOrg(db, { orgId: school.id, userId: null }, (tx) =>
    seedExpectationsDemo(tx, school.id, id(DEMO_ACCOUNTS.coordinator)),
  );
  await seedPanelDemo(db, { editorId: id(DEMO_ACCOUNTS.editor) });
  await withOrg(db, { orgId: school.id, userId: null }, async (tx) => {
    const [seven] = await tx
      .select({ id: groups.id })
      .from(groups)
      .where(ofOrg(groups, school.id, { name: "7" }));
    const coordinator = id(DEMO_ACCOUNTS.coordinator);
    await seedCalendarDemo(tx, school.id, { createdBy: coordinator, startYear: 2026, tripGroupId: seven?.id ?? null });
    await seedEventsDemo(tx, school.id, {
      organiserId: coordinator,
      rsvps: DEMO_RSVPS.map((r) => ({ userId: id(r.email), people: r.people })),
    });
  });
  const buddyAccounts = await seedBuddyVolunteers(db, school.id);
  await seedCampaignDemo(db, id(DEMO_ACCOUNTS.editor));
  const conversationAccounts = await seedConversationDemo(db, {
    orgId: school.id,
    leaderEmail: DEMO_ACCOUNTS.leader,
    teacherEmails: [DEMO_ACCOUNTS.teacher7, DEMO_ACCOUNTS.teacher8],
  });
  await seedAdviceDemo(db);
  await seedTrainingsDemo(db, config);
  await seedMessages(db, school.id, id);
  return [
    { role: "school leader", email: DEMO_ACCOUNTS.leader },
    { role: "coordinator", email: DEMO_ACCOUNTS.coordinator },
    { role: "teacher group 7 (+ parent)", email: DEMO_ACCOUNTS.teacher7 },
    { role: "teacher group 8", email: DEMO_ACCOUNTS.teacher8 },
    { role: "parent (2 children)", email: DEMO_ACCOUNTS.parent },
    { role: "advisor", email: DEMO_ACCOUNTS.advisor },
    { role: "platform admin", email: DEMO_ACCOUNTS.admin },
    { role: "platform editor (campaign, panel, advice)", email: DEMO_ACCOUNTS.editor },
    { role: "daycare leader", email: DEMO_ACCOUNTS.daycareLeader },
    { role: "parent (group 7, speaks Turkish)", email: DEMO_ACCOUNTS.networkParent },
    ...conversationAccounts,
    { role: "second teacher group 7", email: DEMO_TEACHER_GROUP_7B },
    ...buddyAccounts,
  ];
}

/** Group 7's second teacher (a duo job), who reads the parents' messages about its children too. */
export const DEMO_TEACHER_GROUP_7B = "meester.daan@regenboog.example";

/** Group 7 gets its second teacher; then the school's quiet hours and a few threads (messages' seed). */
async function seedMessages(db: Db, orgId: string, id: IdOf) {
  const [daan] = await db.insert(users).values({ email: DEMO_TEACHER_GROUP_7B, name: "Daan Bakker" }).returning();
  await withOrg(db, { orgId, userId: null }, async (tx) => {
    const [group7] = await tx
      .select({ id: groups.id })
      .from(groups)
      .where(ofOrg(groups, orgId, { name: "7" }));
    await tx.insert(memberships).values({ orgId, userId: daan!.id, role: "teacher" });
    await tx.insert(groupStaff).values({ orgId, groupId: group7!.id, userId: daan!.id });
    await seedMessagesDemo(tx, orgId, {
      parentId: id(DEMO_ACCOUNTS.parent),
      teacherIds: [id(DEMO_ACCOUNTS.teacher7), daan!.id],
    });
  });
}

type IdOf = (email: string) => string;

/** Parents who signed up for the demo's information evening (5 of its 6 places). */
const DEMO_RSVPS = [
  { email: "mark.bakker@example.nl", name: "Mark Bakker", people: 2 },
  { email: "elif.yildiz@example.nl", name: "Elif Yıldız", people: 2 },
  { email: "joost.smit@example.nl", name: "Joost Smit", people: 1 },
];

/** The rest of De Regenboog's team, so that a measurement's team is as large as a school's. */
const DEMO_TEAM = [
  { email: "juf.marloes@regenboog.example", name: "Marloes de Vries", group: "1/2a", role: "teacher" },
  { email: "juf.ilse@regenboog.example", name: "Ilse Mulder", group: "1/2b", role: "teacher" },
  { email: "meester.bram@regenboog.example", name: "Bram Peters", group: "3", role: "teacher" },
  { email: "juf.noor@regenboog.example", name: "Noor Hendriks", group: "5", role: "teacher" },
  { email: "meester.jeroen@regenboog.example", name: "Jeroen Bos", group: "6", role: "teacher" },
  { email: "meester.rick@regenboog.example", name: "Rick Vermeulen", group: null, role: "teacher" },
  { email: "juf.yvonne@regenboog.example", name: "Yvonne Meijer", group: null, role: "teacher" },
  { email: "administratie@regenboog.example", name: "Linda Smits", group: null, role: "office" },
] as const;

/**
 * A trajectory in progress, its nulmeting closed nine months ago with 11 of the team and 45 parents, and
 * its eindmeting open with answers in, so closing it lets the advisor judge readiness and award; with
 * the server's secret key, the eindmeting's page can add made-up responses too.
 */
async function seedTrajectory(tx: Tx, orgId: string, id: IdOf, secretKey?: string) {
  const month = 30 * 24 * 60 * 60 * 1000;
  const opensAt = new Date(Date.now() - 9.5 * month);
  const baselineId = await seedClosedMeasurement(tx, orgId, {
    title: "Nulmeting Samen school",
    opensAt,
    closesAt: new Date(opensAt.getTime() + month / 2),
    team: 11,
    parents: 45,
    random: seededRandom(12),
  });
  const finalId = await seedOpenEindmeting(tx, orgId, {
    title: "Eindmeting Samen school",
    opensAt: new Date(Date.now() - month / 4),
    closesAt: new Date(Date.now() + month / 2),
    team: 10,
    parents: 40,
    random: seededRandom(13),
    secretKey,
  });
  await seedTrajectoryDemo(tx, orgId, {
    leaderId: id(DEMO_ACCOUNTS.leader),
    advisorId: id(DEMO_ACCOUNTS.advisor),
    measurementIds: [baselineId, finalId],
  });
  const [parent, teacher, coordinator, leader] = [
    id(DEMO_ACCOUNTS.parent),
    id(DEMO_ACCOUNTS.teacher7),
    id(DEMO_ACCOUNTS.coordinator),
    id(DEMO_ACCOUNTS.leader),
  ];
  const ideaIds = await seedIdeasDemo(tx, orgId, [
    {
      authorId: parent,
      input: {
        body: "Een vaste inloopochtend met koffie, één keer per maand, waar je zonder afspraak met de juf of meester kunt praten.",
        domain: "involvement",
        signAs: "name",
      },
      supporters: [teacher, coordinator],
    },
    {
      authorId: teacher,
      input: {
        body: "Elke groep stuurt één keer per maand een kort bericht over wat de kinderen leren, met een vraag aan de ouders.",
        domain: "information",
        signAs: "name",
      },
      supporters: [parent],
    },
    {
      authorId: parent,
      input: { body: "Een ouderavond over hoe je thuis met lezen kunt helpen.", domain: "learning", signAs: "name" },
      supporters: [],
    },
  ]);
  await seedPlanDemo(tx, orgId, { leaderId: leader, coordinatorId: coordinator, ideaIds });
  await seedDiscussionsDemo(tx, orgId, {
    parent: { userId: parent, role: "parent" },
    teacher: { userId: teacher, role: "staff" },
    coordinator: { userId: coordinator, role: "staff" },
  });
}

async function seedSchool(tx: Tx, orgId: string, id: IdOf) {
  const random = seededRandom(2026);
  const [location] = await tx
    .insert(locations)
    .values({ orgId, name: "Hoofdlocatie", address: "Schoolstraat 1, Utrecht" })
    .returning();
  const [year] = await tx
    .insert(schoolYears)
    .values({ orgId, name: "2026-2027", startsOn: "2026-08-24", endsOn: "2027-07-16" })
    .returning();
  const names = ["1/2a", "1/2b", "3", "4", "5", "6", "7", "8"];
  const made = await tx
    .insert(groups)
    .values(names.map((name) => ({ orgId, schoolYearId: year!.id, locationId: location!.id, name })))
    .returning();
  const group = (name: string) => made.find((g) => g.name === name)!.id;
  await tx
    .insert(memberships)
    .values([
      { orgId, userId: id(DEMO_ACCOUNTS.leader), role: "school_leader" },
      { orgId, userId: id(DEMO_ACCOUNTS.coordinator), role: "coordinator" },
      { orgId, userId: id(DEMO_ACCOUNTS.teacher7), role: "teacher" },
      { orgId, userId: id(DEMO_ACCOUNTS.teacher8), role: "teacher" },
      { orgId, userId: id(DEMO_ACCOUNTS.advisor), role: "advisor" },
      ...DEMO_TEAM.map(({ email, role }) => ({ orgId, userId: id(email), role })),
    ]);
  await tx
    .insert(groupStaff)
    .values([
      { orgId, groupId: group("7"), userId: id(DEMO_ACCOUNTS.teacher7) },
      { orgId, groupId: group("8"), userId: id(DEMO_ACCOUNTS.teacher8) },
      ...DEMO_TEAM.flatMap((member) =>
        member.group ? [{ orgId, groupId: group(member.group), userId: id(member.email) }] : [],
      ),
    ]);
  await seedNewsDemo(tx, orgId, {
    leaderId: id(DEMO_ACCOUNTS.leader),
    coordinatorId: id(DEMO_ACCOUNTS.coordinator),
    teacherId: id(DEMO_ACCOUNTS.teacher7),
    groupId: group("7"),
  });
  let number = 1000;
  const children: DemoChild[] = [];
  for (const g of made) {
    const grade = Number.parseInt(g.name, 10) || 1;
    for (let i = 0; i < 14; i++) {
      const [prefix, surname] = pick(random, surnames);
      // A parent shares the child's whole surname, prefix included ("Hasan van Dijk").
      const parentName = () => [pick(random, parentFirstNames), prefix, surname].filter(Boolean).join(" ");
      children.push({
        pupilNumber: String(++number),
        firstName: pick(random, firstNames),
        surnamePrefix: prefix || null,
        surname,
        dateOfBirth: `${2026 - 5 - grade}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`,
        groupId: g.id,
        guardianNames: [parentName(), ...(random() < 0.6 ? [parentName()] : [])],
      });
    }
  }
  await addPupilsWithGuardians(tx, orgId, children);
  // The demo parent: two children in groups 4 and 7, one guardian account.
  const [parent] = await tx
    .insert(guardians)
    .values({ orgId, userId: id(DEMO_ACCOUNTS.parent), name: "Anna Jansen", email: DEMO_ACCOUNTS.parent })
    .returning();
  const kids = await tx
    .insert(pupils)
    .values([
      {
        orgId,
        pupilNumber: "2001",
        firstName: "Sem",
        surname: "Jansen",
        dateOfBirth: "2019-03-14",
        groupId: group("4"),
      },
      {
        orgId,
        pupilNumber: "2002",
        firstName: "Lotte",
        surname: "Jansen",
        dateOfBirth: "2016-06-02",
        groupId: group("7"),
      },
    ])
    .returning();
  await tx.insert(pupilGuardians).values(kids.map((k) => ({ orgId, pupilId: k.id, guardianId: parent!.id })));
}

interface DemoChild {
  pupilNumber: string;
  firstName: string;
  surnamePrefix: string | null;
  surname: string;
  dateOfBirth: string;
  groupId: string;
  guardianNames: string[];
}

/**
 * Every pupil in one statement, then their guardians and the links between them: one insert
 * per row was a third of the demo's statements and about a quarter of a fresh start's demo.
 */
async function addPupilsWithGuardians(tx: Tx, orgId: string, children: DemoChild[]) {
  const made = await tx
    .insert(pupils)
    .values(children.map(({ guardianNames: _guardians, ...child }) => ({ orgId, ...child })))
    .returning({ id: pupils.id, pupilNumber: pupils.pupilNumber });
  const pupilOf = new Map(made.map((pupil) => [pupil.pupilNumber, pupil.id]));
  const email = (pupilNumber: string, i: number) => `ouder${i + 1}.${pupilNumber}@example.nl`;
  const parents = await tx
    .insert(guardians)
    .values(
      children.flatMap((child) =>
        child.guardianNames.map((name, i) => ({ orgId, name, email: email(child.pupilNumber, i) })),
      ),
    )
    .returning({ id: guardians.id, email: guardians.email });
  const guardianOf = new Map(parents.map((guardian) => [guardian.email, guardian.id]));
  await tx.insert(pupilGuardians).values(
    children.flatMap((child) =>
      child.guardianNames.map((_name, i) => ({
        orgId,
        pupilId: pupilOf.get(child.pupilNumber)!,
        guardianId: guardianOf.get(email(child.pupilNumber, i))!,
      })),
    ),
  );
}

/**
 * The parent network: five parents with an account and a child at De Regenboog, each with a
 * profile (Turkish and Arabic speakers among them; one who may not be found), and a volunteer
 * task for groups 4 and 7 with one place left, which the demo parent can take.
 */
async function seedNetwork(tx: Tx, orgId: string, id: IdOf) {
  const year = await tx.select().from(groups).where(eq(groups.orgId, orgId));
  const group = (name: string) => year.find((g) => g.name === name)!.id;
  const parents = [
    { email: DEMO_ACCOUNTS.networkParent, name: "Mehmet Öztürk", child: "Elif", surname: "Öztürk", group: "7" },
    { email: "ouder.kaya@example.nl", name: "Ayşe Kaya", child: "Emir", surname: "Kaya", group: "4" },
    {
      email: "ouder.elidrissi@example.nl",
      name: "Samira El Idrissi",
      child: "Yasmine",
      surname: "El Idrissi",
      group: "4",
    },
    { email: "ouder.amrani@example.nl", name: "Youssef Amrani", child: "Adam", surname: "Amrani", group: "6" },
    { email: "ouder.demir@example.nl", name: "Hatice Demir", child: "Zeynep", surname: "Demir", group: "5" },
  ];
  const accounts = await tx
    .insert(users)
    .values(parents.map((p) => ({ email: p.email, name: p.name, locale: null })))
    .returning();
  let number = 3000;
  for (const [i, p] of parents.entries()) {
    const [guardian] = await tx
      .insert(guardians)
      .values({ orgId, userId: accounts[i]!.id, name: p.name, email: p.email })
      .returning();
    const [pupil] = await tx
      .insert(pupils)
      .values({
        orgId,
        pupilNumber: String(++number),
        firstName: p.child,
        surname: p.surname,
        dateOfBirth: "2018-09-01",
        groupId: group(p.group),
      })
      .returning();
    await tx.insert(pupilGuardians).values({ orgId, pupilId: pupil!.id, guardianId: guardian!.id });
  }
  const userOf = (email: string) => accounts.find((a) => a.email === email)!.id;
  await seedNetworkDemo(tx, orgId, {
    coordinatorId: id(DEMO_ACCOUNTS.coordinator),
    taskGroupIds: [group("4"), group("7")],
    parents: [
      {
        userId: userOf(DEMO_ACCOUNTS.networkParent),
        profile: {
          visibility: "group",
          showLanguages: true,
          showOffer: true,
          findable: true,
          languages: ["tr", "nl"],
          trade: "Elektricien",
          skills: "Kleine klussen, lampen ophangen, meedenken over techniek in de klas.",
          timeAvailable: "Vrijdagmiddag",
          tags: ["techniek", "klussen", "vertalen"],
        },
      },
      {
        userId: userOf("ouder.kaya@example.nl"),
        volunteers: true,
        profile: {
          visibility: "organisation",
          showLanguages: true,
          showGroups: true,
          findable: true,
          languages: ["tr", "nl", "de"],
          skills: "Koken en bakken, helpen bij tuinieren.",
          about: "Ik help graag nieuwe Turkse ouders op weg.",
          tags: ["koken", "tuin", "vertalen"],
        },
      },
      {
        userId: userOf("ouder.elidrissi@example.nl"),
        volunteers: true,
        profile: {
          visibility: "organisation",
          showLanguages: true,
          showOffer: true,
          findable: true,
          languages: ["ar", "fr", "nl"],
          trade: "Verpleegkundige",
          skills: "EHBO, voorlezen in het Arabisch.",
          timeAvailable: "Dinsdag en donderdag",
          tags: ["ehbo", "voorlezen", "vertalen"],
        },
      },
      {
        userId: userOf("ouder.amrani@example.nl"),
        profile: {
          visibility: "group",
          showName: false,
          showOffer: true,
          findable: true,
          languages: ["ar", "ber", "nl"],
          trade: "Kok",
          skills: "Koken voor grote groepen, de schooltuin onderhouden.",
          tags: ["koken", "schooltuin"],
        },
      },
      {
        userId: userOf("ouder.demir@example.nl"),
        profile: { languages: ["tr"], skills: "Naaien" },
      },
    ],
  });
}

async function seedDaycare(tx: Tx, orgId: string, id: IdOf) {
  const [year] = await tx
    .insert(schoolYears)
    .values({ orgId, name: "2026-2027", startsOn: "2026-08-24", endsOn: "2027-07-16" })
    .returning();
  const [group] = await tx
    .insert(groups)
    .values({ orgId, schoolYearId: year!.id, name: "Dreumesgroep Vlinders" })
    .returning();
  await tx.insert(memberships).values([
    { orgId, userId: id(DEMO_ACCOUNTS.daycareLeader), role: "school_leader" },
    { orgId, userId: id(DEMO_ACCOUNTS.advisor), role: "advisor" },
  ]);
  await tx.insert(groupStaff).values({ orgId, groupId: group!.id, userId: id(DEMO_ACCOUNTS.daycareLeader) });
  // The group 7 teacher is also a parent here: one person, two roles, two organisations.
  const [guardian] = await tx
    .insert(guardians)
    .values({ orgId, userId: id(DEMO_ACCOUNTS.teacher7), name: "Fatima Yılmaz", email: DEMO_ACCOUNTS.teacher7 })
    .returning();
  const [child] = await tx
    .insert(pupils)
    .values({ orgId, firstName: "Elif", surname: "Yılmaz", dateOfBirth: "2025-01-20", groupId: group!.id })
    .returning();
  await tx.insert(pupilGuardians).values({ orgId, pupilId: child!.id, guardianId: guardian!.id });
}
