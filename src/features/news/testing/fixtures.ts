/** Helpers for the news' tests: posting through the page, parents of a group, the stored rows. */
import { eq } from "drizzle-orm";
import { schoolSignedIn, signIn, type TestClient, type TestContext } from "../../../../tests/helpers/app.js";
import { createUser } from "../../../../tests/helpers/factories.js";
import type { School } from "../../../../tests/helpers/isolation.js";
import { withOrg } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import {
  auditLog,
  guardians,
  newsPosts,
  newsReactions,
  newsSuggestions,
  pupilGuardians,
  pupils,
} from "../../../db/schema/index.js";
import { unique } from "../../../../tests/helpers/factories.js";

export type PostFields = Record<string, string | string[]>;

/** The multipart form of a post: defaults for the whole school, published now, reactions on. */
export function postFormData(fields: PostFields = {}, files: [name: string, bytes: Uint8Array][] = []): FormData {
  const form = new FormData();
  const all: PostFields = {
    title: "Schoolreisje",
    body: "We gaan naar de **dierentuin**.",
    audience: "all",
    publish: "now",
    reactionsOpen: "on",
    ...fields,
  };
  for (const [key, value] of Object.entries(all))
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  for (const [name, bytes] of files) form.append("files", new File([bytes as Uint8Array<ArrayBuffer>], name));
  return form;
}

/** Posts as this client and returns the post's id (the page redirects to it). */
export async function postNewsAs(
  client: TestClient,
  fields: PostFields = {},
  files: [name: string, bytes: Uint8Array][] = [],
): Promise<string> {
  const response = await client.postMultipart("/news/new", postFormData(fields, files));
  const id = /^\/news\/([0-9a-f-]{36})$/.exec(response.headers.get("location") ?? "")?.[1];
  if (response.status !== 303 || !id) throw new Error(`posting news failed with ${response.status}`);
  return id;
}

/**
 * A school with its leader, teacher and parent signed in (schoolSignedIn), and another parent signed in:
 * `another`, with their account `anotherUser`, the guardian of a new child in group A or B.
 */
export async function schoolWithAnotherParent(ctx: TestContext, group: "groupA" | "groupB") {
  const signedIn = await schoolSignedIn(ctx);
  const [user] = await addParents(ctx, signedIn.school, signedIn.school[group].id, 1);
  return { ...signedIn, anotherUser: user!, another: await signIn(ctx, user!.email) };
}

/** `count` more parents with an account, each the guardian of a new child in this group. */
export async function addParents(ctx: TestContext, school: School, groupId: string, count: number) {
  const users = [];
  for (let i = 0; i < count; i++) {
    const user = await createUser(ctx.database.db, { name: `Ouder ${i}` });
    await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, async (tx) => {
      const [child] = await tx
        .insert(pupils)
        .values({
          orgId: school.orgId,
          pupilNumber: `N${unique()}`,
          firstName: `Kind${i}`,
          surname: "Extra",
          groupId,
          dateOfBirth: "2018-01-01",
        })
        .returning();
      const [guardian] = await tx
        .insert(guardians)
        .values({ orgId: school.orgId, userId: user.id, name: user.name, email: user.email })
        .returning();
      await tx.insert(pupilGuardians).values({ orgId: school.orgId, pupilId: child!.id, guardianId: guardian!.id });
    });
    users.push(user);
  }
  return users;
}

export function storedNews(ctx: TestContext, school: School) {
  return withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, async (tx) => ({
    posts: await tx.select().from(newsPosts).where(eq(newsPosts.orgId, school.orgId)),
    reactions: await tx.select().from(newsReactions).where(eq(newsReactions.orgId, school.orgId)),
    suggestions: await tx.select().from(newsSuggestions).where(eq(newsSuggestions.orgId, school.orgId)),
  }));
}

export function auditOfReaction(ctx: TestContext, orgId: string, reactionId: string) {
  return withOrg(ctx.database.db, { orgId, userId: null }, (tx) =>
    tx
      .select({ action: auditLog.action, userId: auditLog.userId })
      .from(auditLog)
      .where(ofOrg(auditLog, orgId, { entity: "news_reaction", entityId: reactionId })),
  );
}
