/**
 * The route walk's factories (tests/isolation/route-walk.test.ts). Each feature's
 * `testing/isolation.ts` exports `isolation`: it makes some of the feature's entities in
 * a school, through the real pages or services, and says which route parameters their ids
 * fill. The walk finds these files itself, so a new feature is walked with its own ids.
 */
import type { TestClient, TestContext } from "./app.js";
import type { createSchool } from "./factories.js";

export type School = Awaited<ReturnType<typeof createSchool>>;

/**
 * Ids (or other values) by the route parameter they fill: its name ("roundId"), or the
 * path segment before it and its name where the name alone says nothing ("locations/:id").
 */
export type IdsByParameter = Record<string, string[]>;

/** The school a factory makes its entities in. */
export interface Organisation {
  ctx: TestContext;
  school: School;
  /** Goes into the entities' texts, so that a page showing one is caught. */
  marker: string;
  /** A client signed in as one of the school's people (signed in once, then reused). */
  signedIn(email: string): Promise<TestClient>;
}

/** Makes some of a feature's entities in the organisation. */
export type IsolationFactory = (organisation: Organisation) => Promise<IdsByParameter>;

/** The id at the end of a redirect's address (…/rounds/<id>). */
export function idFromRedirect(response: Response, at = -1): string {
  const id = response.headers.get("location")?.split("/").at(at);
  if (response.status !== 303 || !id) throw new Error(`expected a redirect to a new entity, got ${response.status}`);
  return id;
}
