/** Helpers for the advice desk's tests: an advisor for a school, and a question written by an editor. */
import type { TestContext } from "../../../../tests/helpers/app.js";
import { createUser, unique } from "../../../../tests/helpers/factories.js";
import { withOrg } from "../../../db/client.js";
import { memberships } from "../../../db/schema/index.js";

/** A new advisor of the organisation. */
export async function advisorOf(ctx: TestContext, orgId: string, name = "Petra Adviseur") {
  const advisor = await createUser(ctx.database.db, { name, email: `adviseur-${unique()}@example.nl` });
  await withOrg(ctx.database.db, { orgId, userId: null }, (tx) =>
    tx.insert(memberships).values({ orgId, userId: advisor.id, role: "advisor" }),
  );
  return advisor;
}

/** The fields of a question as the editors' form posts them. */
export function questionForm(slug: string, fields: Partial<Record<string, string>> = {}): Record<string, string> {
  return {
    kind: "faq",
    slug,
    topic: "conversations",
    titleNl: "Hoe voeren we een goed gesprek met ouders?",
    titleEn: "How do we hold a good conversation with parents?",
    bodyNl: "Bereid het **gesprek** samen voor met de gesprekswijzer.",
    bodyEn: "Prepare the **conversation** together with the guide.",
    position: "1",
    published: "on",
    ...fields,
  };
}
