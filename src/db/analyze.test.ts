/** The planner's statistics gathered as the owner (issue 16): what the demo does once the families are in. */
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../tests/helpers/database.js";
import { analyzeAsOwner } from "./analyze.js";
import { organisations, users } from "./schema/index.js";

describe("analyzeAsOwner", () => {
  const database = useTestDatabase();
  const rowsPlanned = async (table: string) =>
    (await database.ownerSql("select reltuples::int as n from pg_class where relname = $1", [table])).rows[0];

  it("tells the planner how many rows the tables hold, which the app's role may not", async () => {
    await database.db.insert(users).values([
      { email: "een@example.org", name: "Een" },
      { email: "twee@example.org", name: "Twee" },
      { email: "drie@example.org", name: "Drie" },
    ]);
    await database.db.insert(organisations).values({ type: "primary", name: "De Linde" });

    await analyzeAsOwner(database)([users, organisations]);

    expect(await rowsPlanned("users")).toEqual({ n: 3 });
    expect(await rowsPlanned("organisations")).toEqual({ n: 1 });
  });
});
