/** Helpers for the discussion groups' tests: a second parent, a group made through the pages, ids from redirects. */
import { orgRows } from "../../../../tests/helpers/org-rows.js";
import type { TestClient, TestContext } from "../../../../tests/helpers/app.js";
import { createParent } from "../../../../tests/helpers/factories.js";
import type { School } from "../../../../tests/helpers/isolation.js";
import { withOrg } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { auditLog, discussionPosts, guardians } from "../../../db/schema/index.js";
import { CONDUCT_VERSION } from "../domain/conduct.js";

/** Another parent with an account, guardian of the child in group B. */
export const addParentOfB = (ctx: TestContext, school: School, name = "Tweede Ouder") =>
  createParent(ctx.database.db, school, name);

/** The parent leaves the organisation: their guardian record is removed, their account stays. */
export function removeGuardian(ctx: TestContext, school: School, userId: string) {
  return withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
    tx.delete(guardians).where(ofOrg(guardians, school.orgId, { userId })),
  );
}

function idAt(response: Response, pattern: RegExp, what: string): string {
  const id = pattern.exec(response.headers.get("location") ?? "")?.[1];
  if (response.status !== 303 || !id) throw new Error(`${what} failed with ${response.status}`);
  return id;
}

/** Staff make a group (open at once); returns its id. */
export async function createGroupAs(client: TestClient, name = "Schermtijd"): Promise<string> {
  const response = await client.post("/discussions/groups", { name, description: "Over telefoons en tablets" });
  return idAt(response, /^\/discussions\/groups\/([0-9a-f-]{36})$/, "creating a group");
}

/** Joins the group and agrees to the code of conduct. */
export async function joinAndAgree(client: TestClient, groupId: string) {
  const joined = await client.post(`/discussions/groups/${groupId}/join`);
  if (joined.status !== 303) throw new Error(`joining failed with ${joined.status}`);
  const agreed = await client.post("/discussions/conduct", { version: String(CONDUCT_VERSION), back: "/discussions" });
  if (agreed.status !== 303) throw new Error(`agreeing failed with ${agreed.status}`);
}

export async function startThreadAs(
  client: TestClient,
  groupId: string,
  form: { title?: string; body?: string } = {},
): Promise<string> {
  const response = await client.post(`/discussions/groups/${groupId}/threads`, {
    title: "Hoeveel schermtijd?",
    body: "Hoe doen jullie dat thuis?",
    ...form,
  });
  return idAt(response, /^\/discussions\/threads\/([0-9a-f-]{36})$/, "starting a thread");
}

export async function replyAs(
  client: TestClient,
  threadId: string,
  body = "Bij ons een uur per dag.",
): Promise<string> {
  const response = await client.post(`/discussions/threads/${threadId}/replies`, { body });
  return idAt(response, /#post-([0-9a-f-]{36})$/, "replying");
}

export function postRows(ctx: TestContext, orgId: string) {
  return orgRows(ctx.database.db, discussionPosts, orgId);
}

export function auditOf(ctx: TestContext, orgId: string, entityId: string) {
  return withOrg(ctx.database.db, { orgId, userId: null }, (tx) =>
    tx
      .select({ action: auditLog.action, userId: auditLog.userId })
      .from(auditLog)
      .where(ofOrg(auditLog, orgId, { entityId })),
  );
}
