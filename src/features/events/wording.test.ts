/** A daycare's events in its own words: the whole setting is invited, and the setting sees the topics' support. */
import { describe, it } from "vitest";
import { useTestContext } from "../../../tests/helpers/app.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";
import { daycareSignedIn, expectChildcareWords, expectNoSchoolWords } from "../../../tests/helpers/wording.js";
import { createEventAs } from "./testing/fixtures.js";

const ctx = useTestContext();

describe("a daycare's events", () => {
  it("invite the whole 'opvang', to staff and parents, in Dutch and English", async () => {
    const { manager, pm, parent } = await daycareSignedIn(ctx);
    const noGroups = { kind: "workshop", title: "Voorlezen", day: "2030-01-10", startsAt: "19:00", endsAt: "20:00" };
    expectNoSchoolWords(
      await expectRefused(await manager.post("/events", { ...noGroups, audience: "groups" }), [
        "Kies minstens één groep, of nodig de hele opvang uit.",
      ]),
    );
    const eventId = await createEventAs(manager, { title: "Ouderavond", audience: "all" });
    const whole = { nl: ["De hele opvang is uitgenodigd"], en: ["The whole setting is invited"] };
    await expectChildcareWords([
      { who: manager, path: "/events", ...whole },
      { who: manager, path: "/events/new", ...whole },
      { who: manager, path: `/events/${eventId}`, ...whole },
      { who: manager, path: `/events/${eventId}/edit`, ...whole },
      { who: pm, path: "/events", ...whole },
      {
        who: parent,
        path: `/events/${eventId}`,
        nl: ["De hele opvang is uitgenodigd", "de opvang ziet hoeveel ouders iets willen bespreken"],
        en: ["The whole setting is invited", "the setting sees how many parents want to discuss something"],
      },
    ]);
  });
});
