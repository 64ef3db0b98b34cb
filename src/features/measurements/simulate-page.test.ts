/** The demo's button "Voeg 40 verzonnen reacties toe" on a measurement's page, outside production. */
import { describe, expect, it } from "vitest";
import { leaderSignedIn, useTestContext } from "../../../tests/helpers/app.js";
import { tableOf } from "../../../tests/helpers/page.js";
import { apportion } from "./service/simulate.js";
import { createMeasurementAs, runQueuedInvitations } from "./testing.js";

const ctx = useTestContext();

describe("made-up responses", () => {
  it("never outnumber those asked, and the flash says how many when fewer than 40", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const both = [school.groupA.id, school.groupB.id];
    const id = await createMeasurementAs(leader, { parents: both, pupils: both });
    await runQueuedInvitations(ctx, id);
    const simulated = await leader.post(`/organisation/measurements/${id}/simulate`);
    expect(simulated.status).toBe(303);
    const html = await (await leader.get(`/organisation/measurements/${id}`)).text();
    // Two in the team, one parent with e-mail and one pupil in each group: six could answer.
    expect(html).toContain(
      "Verzonnen reacties toegevoegd: 6. Meer niet: nooit meer reacties dan er mensen gevraagd zijn.",
    );
    const rows = Object.fromEntries(
      [
        ...tableOf(html, "<caption>Reacties per groep</caption>").matchAll(
          /<th scope="row">([^<]*)<\/th><td>(\d+)<\/td><td>(\d+)<\/td>/g,
        ),
      ].map((m) => [m[1], [Number(m[2]), Number(m[3])]]),
    );
    expect(rows).toMatchObject({
      "Het team": [2, 2],
      [`Ouders van ${school.groupA.name}`]: [1, 1],
      [`Ouders van ${school.groupB.name}`]: [1, 1],
      // Pupils answer through their class's open link: none by e-mail, one pupil in each class.
      [`Leerlingen van ${school.groupA.name}`]: [0, 1],
      [`Leerlingen van ${school.groupB.name}`]: [0, 1],
    });
    // Everyone asked has answered: the next press adds none, and says so.
    await leader.post(`/organisation/measurements/${id}/simulate`);
    const again = await (await leader.get(`/organisation/measurements/${id}`)).text();
    expect(again).toContain("Verzonnen reacties toegevoegd: 0. Meer niet");
  });

  it("are spread in proportion to how many each group asks, never more than it asks", () => {
    expect(apportion(40, [6, 44, 50])).toEqual([2, 18, 20]);
    expect(apportion(10, [6, 6])).toEqual([5, 5]);
    expect(apportion(40, [6, 10, 3])).toEqual([6, 10, 3]);
    expect(apportion(40, [0, 0])).toEqual([0, 0]);
    // Each group first up to the threshold of 5, so its results show; the rest in proportion.
    expect(apportion(40, [6, 44, 50], 5)).toEqual([5, 17, 18]);
    expect(apportion(40, [12, 23, 23, 23, 23], 5)).toEqual([6, 9, 9, 8, 8]);
    // Too few for every group's threshold: in proportion, as without one.
    expect(apportion(12, [6, 44, 50], 5)).toEqual(apportion(12, [6, 44, 50]));
    for (const rooms of [
      [1, 1, 1],
      [7, 3, 90],
      [13, 13, 14, 1],
    ]) {
      const shares = apportion(40, rooms);
      expect(shares.reduce((a, b) => a + b)).toBe(
        Math.min(
          40,
          rooms.reduce((a, b) => a + b),
        ),
      );
      shares.forEach((share, i) => expect(share).toBeLessThanOrEqual(rooms[i]!));
    }
  });
});
