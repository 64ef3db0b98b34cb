/** Helpers for the buddies' tests: parents with an account in group A or B, a request and an offer through the pages. */
import type { TestClient, TestContext } from "../../../../tests/helpers/app.js";
import { createParent } from "../../../../tests/helpers/factories.js";
import type { School } from "../../../../tests/helpers/isolation.js";

/** Another parent with an account, guardian of the child in group A or B. */
export const addParent = (ctx: TestContext, school: School, name: string, of: "child" | "other" = "other") =>
  createParent(ctx.database.db, school, name, of);

export async function askAs(client: TestClient, form: Record<string, string | string[]> = {}) {
  const response = await client.post("/buddies/request", {
    reasons: ["language", "new"],
    languages: ["ar"],
    availability: ["morning"],
    note: "Wij komen uit Syrië",
    ...form,
  });
  if (response.status !== 303) throw new Error(`asking for a buddy failed with ${response.status}`);
}

export async function offerAs(client: TestClient, form: Record<string, string | string[]> = {}) {
  const response = await client.post("/buddies/offer", {
    languages: ["nl"],
    availability: ["morning"],
    capacity: "1",
    ...form,
  });
  if (response.status !== 303) throw new Error(`offering to be a buddy failed with ${response.status}`);
}

/** The ids of the open requests and their first suggestion on the coordinator's page. */
export async function firstRequestOn(coordinator: TestClient) {
  const page = await (await coordinator.get("/buddies/coordinate")).text();
  const requestId = /\/buddies\/requests\/([0-9a-f-]{36})\/match/.exec(page)?.[1];
  const offerId = /name="offerId"[^>]*value="([0-9a-f-]{36})"/.exec(page)?.[1];
  return { page, requestId, offerId };
}
