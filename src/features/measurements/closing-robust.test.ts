/**
 * Issue 10 §2: a respondent with nothing but an open link sent an open answer
 * with a NUL in it, and closing the measurement failed with a 500 from then on
 * (PostgreSQL refuses U+0000 in jsonb): no results, the ballot key never
 * dropped. Closing must go through whatever a ballot holds, also ballots sealed
 * before input was cleaned.
 */
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { TestClient, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { withOrg } from "../../db/client.js";
import { measurementBallots, measurementResponses, measurements } from "../../db/schema/index.js";
import { ballotKey, seal } from "./service/sealing.js";
import { createMeasurementAs, openLinkOf } from "./testing.js";
import { ofOrg } from "../../db/of-org.js";

const ctx = useTestContext({ SECRET_KEY: "a-secret-key-of-at-least-32-characters" });

async function openMeasurement() {
  const { school, leader } = await leaderSignedIn(ctx);
  const id = await createMeasurementAs(leader, { parents: school.groupA.id, team: "" });
  const open = await openLinkOf(leader, id, `Ouders van ${school.groupA.name}`);
  const inOrg = <T>(fn: Parameters<typeof withOrg<T>>[2]) =>
    withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, fn);
  const responses = () =>
    inOrg((tx) => tx.select().from(measurementResponses).where(eq(measurementResponses.measurementId, id)));
  /** Sealed ballots put in the box directly; a parents' ballot of class A when given its open answers. */
  const addBallots = async (plain: (string | Record<string, string>)[]) => {
    const [stored] = await inOrg((tx) =>
      tx.select({ key: measurements.ballotKey }).from(measurements).where(eq(measurements.id, id)),
    );
    const key = ballotKey(stored!.key!, ctx.config.SECRET_KEY);
    const text = (open: string | Record<string, string>) =>
      typeof open === "string"
        ? open
        : JSON.stringify({
            group: "parents",
            subgroupId: school.groupA.id,
            answers: { "parents.vision.1": { current: 2 } },
            open,
          });
    await inOrg((tx) =>
      tx
        .insert(measurementBallots)
        .values(plain.map((p) => ({ orgId: school.orgId, measurementId: id, ciphertext: seal(key, text(p)) }))),
    );
  };
  return { school, leader, id, open, inOrg, responses, addBallots };
}

// A group keeps its answers only from five respondents on (domain/linkage.ts): these fill it up.
const others = (n: number) => Array.from({ length: n }, () => ({}));
const withText = (open: Record<string, string>) => Object.keys(open).length > 0;

/** The form with every page, every scale answered with its first value. */
async function completeQuestionnaire(client: TestClient, link: string): Promise<Record<string, string>> {
  const html = await (await client.get(`${link}/all`)).text();
  const names = new Set([...html.matchAll(/type="radio"[^>]*name="([^"]+)"/g)].map((m) => m[1]!));
  return Object.fromEntries([...names].map((name) => [name, "1"]));
}

describe("closing a measurement", () => {
  it("goes through after a respondent sent a NUL in an open answer through an open link", async () => {
    const { leader, id, open, responses, addBallots } = await openMeasurement();
    await addBallots(others(4));
    const respondent = new TestClient(ctx.app);
    const link = (await respondent.post(open)).headers.get("location")!;
    const answers = await completeQuestionnaire(respondent, link);
    const sent = await respondent.post(`${link}/all`, { ...answers, "open:vision": "hallo\u0000wereld", go: "send" });
    expect(sent.status).toBe(303);

    const closed = await leader.post(`/organisation/measurements/${id}/close`);
    expect(closed.status).toBe(303);
    const opened = (await responses()).map((r) => r.openAnswers).filter(withText);
    expect(opened).toEqual([{ vision: "hallowereld" }]);
    expect(await (await leader.get(`/organisation/measurements/${id}`)).text()).toContain("gesloten");
  });

  it("goes through with ballots sealed before input was cleaned, and leaves out what is no ballot", async () => {
    const { school, leader, id, inOrg, responses, addBallots } = await openMeasurement();
    await addBallots([
      { vision: "nul\u0000teken", learning: "escape\u001b[31m en \ud800 half" },
      { "vision\u0000": "sleutel" },
      '{"group":"parents","answers":"geen ballot"}',
      "geen json",
      ...others(3),
    ]);

    expect((await leader.post(`/organisation/measurements/${id}/close`)).status).toBe(303);
    const opened = (await responses())
      .map((r) => r.openAnswers)
      .filter(withText)
      .sort((a, b) => Object.keys(a).length - Object.keys(b).length);
    expect(opened).toEqual([{ vision: "sleutel" }, { vision: "nulteken", learning: "escape[31m en \ufffd half" }]);
    const [after] = await inOrg((tx) =>
      tx
        .select({ status: measurements.status, key: measurements.ballotKey })
        .from(measurements)
        .where(ofOrg(measurements, school.orgId, { id })),
    );
    expect(after).toEqual({ status: "closed", key: null });
    expect(
      await inOrg((tx) => tx.select().from(measurementBallots).where(eq(measurementBallots.measurementId, id))),
    ).toEqual([]);
  });

  it("stops, and drops nothing, when no ballot opens with the key", async () => {
    const { school, leader, id, inOrg } = await openMeasurement();
    const wrongKey = Buffer.alloc(32, 7);
    await inOrg((tx) =>
      tx
        .insert(measurementBallots)
        .values({ orgId: school.orgId, measurementId: id, ciphertext: seal(wrongKey, "{}") }),
    );
    expect((await leader.post(`/organisation/measurements/${id}/close`)).status).toBe(500);
    const [after] = await inOrg((tx) =>
      tx.select({ status: measurements.status }).from(measurements).where(eq(measurements.id, id)),
    );
    expect(after?.status).not.toBe("closed");
  });
});
