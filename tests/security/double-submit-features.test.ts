/**
 * The features' create forms, each sent twice at once with the same one-time token (a double
 * click, a browser's retry): one thing is made, and both answers lead where the first one did
 * (decision 007). Where a natural key already kept it to one (a buddy request, a training's
 * address), the second answer used to be a refusal of the first one's success.
 */
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { withOrg } from "../../src/db/client.js";
import {
  advisorNotes,
  buddyRequests,
  campaignNews,
  networkRequests,
  panelSurveys,
  trainings,
  trainingSessions,
} from "../../src/db/schema/index.js";
import { advisorOf } from "../../src/features/advice/testing/fixtures.js";
import { createConversationSchool, conversationDay } from "../../src/features/conversations/testing/fixtures.js";
import { mailsTo } from "../../src/features/conversations/testing/queries.js";
import { addParent, saveProfileOf } from "../../src/features/network/testing/fixtures.js";
import { surveyForm } from "../../src/features/panel/testing/fixtures.js";
import { actionForm, actionRows, ensureTrajectory, goalRows } from "../../src/features/plan/testing/fixtures.js";
import { sessionFields, trainingFields, trainingWith } from "../../src/features/trainings/testing/fixtures.js";
import { signIn, type TestClient, useTestContext } from "../helpers/app.js";
import { expectAllRedirectTo, postAtOnce } from "../helpers/double-submit.js";
import { orgRows } from "../helpers/org-rows.js";
import { createSchool, createUser, unique } from "../helpers/factories.js";

const ctx = useTestContext();
const db = () => ctx.database.db;

/** Who fills in the form, where it posts, what it sends, and how many of what it makes there are. */
interface Sent {
  client: TestClient;
  path: string;
  form: Record<string, string | string[]>;
  made: () => Promise<number>;
}

async function leaderOfNewSchool() {
  const school = await createSchool(db());
  return { school, leader: await signIn(ctx, school.leader.email) };
}

const editor = async () => signIn(ctx, (await createUser(db(), { isPlatformEditor: true })).email);

async function advisorNote(): Promise<Sent> {
  const school = await createSchool(db());
  const advisor = await advisorOf(ctx, school.orgId);
  const client = await signIn(ctx, advisor.email);
  await client.post("/home/organisation", { orgId: school.orgId });
  const body = `Dubbel ${unique()}`;
  // The note is its writer's alone: read as the advisor, through row-level security.
  const made = async () =>
    (
      await withOrg(db(), { orgId: school.orgId, userId: advisor.id }, (tx) =>
        tx.select().from(advisorNotes).where(eq(advisorNotes.body, body)),
      )
    ).length;
  return { client, path: "/advisor/notes", form: { body, sessionId: "" }, made };
}

async function planGoal(): Promise<Sent> {
  const { school, leader } = await leaderOfNewSchool();
  await ensureTrajectory(ctx, school);
  const form = { domain: "information", title: "Ouders horen het op tijd", fromGroup: "" };
  return { client: leader, path: "/plan/goals", form, made: async () => (await goalRows(ctx, school.orgId)).length };
}

async function planAction(): Promise<Sent> {
  const { school, leader } = await leaderOfNewSchool();
  await ensureTrajectory(ctx, school);
  const made = async () => (await actionRows(ctx, school.orgId)).length;
  return { client: leader, path: "/plan/actions", form: actionForm(), made };
}

async function campaignNewsItem(): Promise<Sent> {
  const title = `Dubbel nieuws ${unique()}`;
  const made = async () => (await db().select().from(campaignNews).where(eq(campaignNews.title, title))).length;
  return { client: await editor(), path: "/campagne/redactie/nieuws", form: { title, body: "Een keer." }, made };
}

async function panelSurvey(): Promise<Sent> {
  const titleNl = `Dubbele vragenlijst ${unique()}`;
  const made = async () => (await db().select().from(panelSurveys)).filter((s) => s.title.nl === titleNl).length;
  return { client: await editor(), path: "/panel/beheer/nieuw", form: surveyForm({ titleNl }), made };
}

async function networkRequest(): Promise<Sent> {
  const { school, leader } = await leaderOfNewSchool();
  const parent = await addParent(ctx, school, "A", "Ayşe Demir");
  await saveProfileOf(ctx, school, parent.id, { findable: true, languages: ["tr"] });
  const form = { body: "Wilt u tolken bij de informatieavond?", parents: parent.id };
  const made = async () => (await orgRows(db(), networkRequests, school.orgId)).length;
  return { client: leader, path: "/network/requests", form, made };
}

/** The teacher proposes times for a parent's request: the parent is mailed them once. */
async function conversationProposal(): Promise<Sent> {
  const school = await createConversationSchool(db());
  const parent = await signIn(ctx, school.parent.email);
  const asked = await parent.post("/conversations/requests", { pupilId: school.child.id, topic: "home" });
  const day = conversationDay();
  const form = { time1: `${day}T15:00`, time2: `${day}T16:00`, minutes: "15" };
  const made = async () =>
    (await mailsTo(db(), school.parent.email)).filter((m) => m.subject.startsWith("Tijden voorgesteld")).length;
  const path = `${asked.headers.get("location")!}/propose`;
  return { client: await signIn(ctx, school.teacher.email), path, form, made };
}

async function buddyRequest(): Promise<Sent> {
  const school = await createSchool(db());
  const form = { reasons: ["language", "new"], languages: ["ar"], availability: ["morning"], note: "" };
  const made = async () => (await orgRows(db(), buddyRequests, school.orgId)).length;
  return { client: await signIn(ctx, school.parent.email), path: "/buddies/request", form, made };
}

async function training(): Promise<Sent> {
  const slug = `dubbel-${unique()}`;
  const made = async () => (await db().select().from(trainings).where(eq(trainings.slug, slug))).length;
  return { client: await editor(), path: "/trainings/manage", form: trainingFields(slug), made };
}

async function trainingDate(): Promise<Sent> {
  const { editor: client, slug, trainingId } = await trainingWith(ctx, 5);
  const made = async () =>
    (await db().select().from(trainingSessions).where(eq(trainingSessions.trainingId, trainingId))).length;
  const form = { ...sessionFields, date: `11-02-${new Date().getFullYear() + 1}`, capacity: "5" };
  return { client, path: `/trainings/manage/${slug}/sessions`, form, made };
}

describe("a feature's create form sent twice at once", () => {
  const forms = [
    { what: "an advisor's note", send: advisorNote },
    { what: "a goal of the plan", send: planGoal },
    { what: "an action of the plan", send: planAction },
    { what: "a campaign news item", send: campaignNewsItem },
    { what: "a panel survey", send: panelSurvey },
    { what: "a request for help in the network", send: networkRequest },
    { what: "times proposed for a conversation on request", send: conversationProposal },
    { what: "a request for a buddy", send: buddyRequest },
    { what: "a training", send: training },
    { what: "a training's date", send: trainingDate },
  ];
  it.each(forms)("makes $what once and answers the second as the first", async ({ send }) => {
    const { client, path, form, made } = await send();
    const before = await made();
    const answers = await postAtOnce(client, path, form, 2);
    expect(answers[0]!.status).toBe(303);
    expectAllRedirectTo(answers, answers[0]!.headers.get("location")!);
    expect((await made()) - before).toBe(1);
  });
});
