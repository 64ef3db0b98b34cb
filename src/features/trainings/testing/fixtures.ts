/** Trainings made and registered for through the pages, as an editor and a council member would: shared by the feature's tests. */
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { createUser, unique } from "../../../../tests/helpers/factories.js";
import { lastMailTo, signIn, TestClient, type TestContext } from "../../../../tests/helpers/app.js";
import { trainingSessions, trainings } from "../../../db/schema/index.js";

/** Next year, so every date lies ahead whenever the tests run. */
export const year = new Date().getFullYear() + 1;

export const sessionFields = {
  date: `10-02-${year}`,
  startsAt: "19:30",
  endsAt: "21:30",
  place: "Utrecht",
  onlineUrl: "",
};

/** A new training as the editors' form posts it. */
export const trainingFields = (slug: string) => ({
  slug,
  titleNl: "Basiscursus MR",
  titleEn: "Council basics",
  audienceNl: "",
  audienceEn: "",
  descriptionNl: "Over de **MR**.",
  descriptionEn: "About the **council**.",
});

/** A training with one date of `capacity` places, made by an editor through the pages. */
export async function trainingWith(ctx: TestContext, capacity: number) {
  const editorUser = await createUser(ctx.database.db, { isPlatformEditor: true });
  const editor = await signIn(ctx, editorUser.email);
  const slug = `mr-basis-${unique()}`;
  const made = await editor.post("/trainings/manage", trainingFields(slug));
  expect(made.status).toBe(303);
  const added = await editor.post(`/trainings/manage/${slug}/sessions`, {
    ...sessionFields,
    capacity: String(capacity),
  });
  expect(added.status).toBe(303);
  const [training] = await ctx.database.db.select().from(trainings).where(eq(trainings.slug, slug));
  const [session] = await ctx.database.db
    .select()
    .from(trainingSessions)
    .where(eq(trainingSessions.trainingId, training!.id));
  return { editor, editorId: editorUser.id, slug, trainingId: training!.id, sessionId: session!.id };
}

/** Registers through the page and returns the visitor and the token of the mailed confirmation link. */
export async function registerAs(ctx: TestContext, slug: string, sessionId: string, email: string) {
  const visitor = new TestClient(ctx.app);
  const response = await visitor.post(`/trainings/${slug}/register`, {
    session: sessionId,
    name: "Lid",
    email,
    school: "",
    website: "",
  });
  expect(response.status).toBe(200);
  const token = (await lastMailTo(ctx, email))!.text.match(/\/trainings\/confirm\/([A-Za-z0-9_-]+)/)![1]!;
  return { visitor, token };
}

/** Registers a new member, confirms with the mailed link and returns their address. */
export async function registered(ctx: TestContext, slug: string, sessionId: string) {
  const email = `lid-${unique()}@example.nl`;
  const { visitor, token } = await registerAs(ctx, slug, sessionId, email);
  expect((await visitor.post(`/trainings/confirm/${token}`)).status).toBe(200);
  return email;
}
