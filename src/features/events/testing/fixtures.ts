/** Fixtures for the school's own events' tests: an event made through the staff form, and its rows. */
import { expect } from "vitest";
import { signIn, type TestClient, type TestContext } from "../../../../tests/helpers/app.js";
import { createParent, createSchool } from "../../../../tests/helpers/factories.js";
import type { School } from "../../../../tests/helpers/isolation.js";
import { withOrg } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { eventSignups, eventTopicSupports } from "../../../db/schema/index.js";
import { schoolDate } from "../../../lib/time/school-date.js";

/**
 * A school with its leader and parent signed in, and a second parent (of the child in group B)
 * signed in too: whom an event for group A invites, and whom it does not.
 */
export async function schoolWithTwoParents(ctx: TestContext) {
  const school = await createSchool(ctx.database.db);
  const second = await createParent(ctx.database.db, school, "Tweede Ouder");
  return {
    school,
    leader: await signIn(ctx, school.leader.email),
    parent: await signIn(ctx, school.parent.email),
    other: await signIn(ctx, second.email),
    /** The second parent's account (its id and address). */
    otherUser: second,
  };
}

export const dayIn = (days: number) => schoolDate(new Date(Date.now() + days * 24 * 3600 * 1000));

/** Creates an event through the form as this staff member; returns its id. */
export async function createEventAs(staff: TestClient, form: Record<string, string | string[]> = {}): Promise<string> {
  const response = await staff.post("/events", {
    kind: "information_evening",
    title: "Informatieavond",
    day: dayIn(14),
    startsAt: "19:30",
    endsAt: "21:00",
    place: "De aula",
    capacity: "",
    audience: "all",
    ...form,
  });
  const id = /^\/events\/([0-9a-f-]{36})$/.exec(response.headers.get("location") ?? "")?.[1];
  expect(response.status, await response.clone().text()).toBe(303);
  return id!;
}

export function signupsOf(ctx: TestContext, school: School, eventId: string) {
  return withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
    tx
      .select({
        userId: eventSignups.userId,
        people: eventSignups.people,
        waiting: eventSignups.waiting,
        attended: eventSignups.attended,
      })
      .from(eventSignups)
      .where(ofOrg(eventSignups, school.orgId, { eventId }))
      .orderBy(eventSignups.signedUpAt, eventSignups.userId),
  );
}

export function topicSupportsOf(ctx: TestContext, school: School, topicId: string) {
  return withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
    tx
      .select({ userId: eventTopicSupports.userId })
      .from(eventTopicSupports)
      .where(ofOrg(eventTopicSupports, school.orgId, { topicId })),
  );
}
