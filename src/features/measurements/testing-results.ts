/** Test helper: a closed measurement with given responses, recorded as closing records it (tallies, benchmark). */
import { withOrg, type Db } from "../../db/client.js";
import { measurementResponses, measurements } from "../../db/schema/index.js";
import type { MeasurementResponse } from "./domain/tally.js";
import { currentInstrument } from "./instrument/index.js";
import { recordResults } from "./service/close.js";

export async function closedMeasurement(
  db: Db,
  orgId: string,
  options: {
    responses: readonly MeasurementResponse[];
    kind?: "baseline" | "interim" | "final" | "poll";
    title?: string;
    closesAt?: Date;
    subgroupTree?: Record<string, { id: string; unlinked?: number }[]>;
  },
): Promise<string> {
  const closesAt = options.closesAt ?? new Date("2026-03-15");
  return withOrg(db, { orgId, userId: null }, async (tx) => {
    const [closed] = await tx
      .insert(measurements)
      .values({
        orgId,
        kind: options.kind ?? "baseline",
        title: options.title ?? "Nulmeting",
        instrumentVersion: currentInstrument.version,
        opensAt: new Date(closesAt.getTime() - 14 * 24 * 3600 * 1000),
        closesAt,
        threshold: 5,
        status: "closed",
        subgroupTree: options.subgroupTree ?? {},
      })
      .returning();
    if (options.responses.length) {
      await tx.insert(measurementResponses).values(
        options.responses.map((r) => ({
          orgId,
          measurementId: closed!.id,
          respondentGroup: r.group,
          subgroupId: r.subgroup ?? null,
          answers: r.answers,
          openAnswers: r.openAnswers ?? {},
        })),
      );
    }
    await recordResults(tx, closed!);
    return closed!.id;
  });
}
