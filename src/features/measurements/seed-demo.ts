/**
 * A closed measurement for the demo (the trajectory in progress links it as its nulmeting):
 * made-up answers of the team and of parents, stored as closing stores them (responses, tallies),
 * so the thermometer and the team's capacity for change have something to show. Demo only: it
 * has no invitations and no ballots, as if its links had long expired.
 */
import type { Tx } from "../../db/client.js";
import { measurementAudiences, measurementResponses, measurements } from "../../db/schema/index.js";
import type { RespondentGroup } from "./domain/instrument.js";
import type { ItemAnswer } from "./domain/tally.js";
import { currentInstrument } from "./instrument/index.js";
import { recordResults } from "./service/close.js";

/** Where each group tends to answer "now", as a share of its scale: the team a little rosier than parents. */
const LEANING: Partial<Record<RespondentGroup, number>> = { team: 0.7, parents: 0.55 };

function madeUp(group: RespondentGroup, random: () => number, lift: number): Record<string, ItemAnswer> {
  const questionnaire = currentInstrument.questionnaires[group];
  const points = questionnaire.scale.points.length;
  const value = (lean: number) => Math.max(1, Math.min(points, Math.round(lean * points + (random() - 0.5) * 2)));
  const answers: Record<string, ItemAnswer> = {};
  for (const { items } of questionnaire.domains)
    for (const item of items) {
      const current = value((LEANING[group] ?? 0.6) + lift);
      answers[item.id] = { current, desired: Math.min(points, current + 1 + Math.round(random())) };
    }
  // Time is short, support is there, the will to change is strong.
  const capacityLean = { time: 0.45, support: 0.75, readiness: 0.85 };
  for (const item of questionnaire.changeCapacity?.items ?? [])
    answers[item.id] = { current: value(capacityLean[item.aspect]) };
  return answers;
}

export interface DemoMeasurement {
  title: string;
  opensAt: Date;
  closesAt: Date;
  team: number;
  parents: number;
  random: () => number;
}

export function seedClosedMeasurement(tx: Tx, orgId: string, options: DemoMeasurement): Promise<string> {
  return seedMeasurement(tx, orgId, { ...options, kind: "baseline", open: false, lift: 0 });
}

/**
 * An eindmeting still open, its made-up answers (a share `lift` higher than the nulmeting's
 * leaning: the school grew) already stored as responses, so closing it on its page (which tallies
 * the stored responses) makes the trajectory's readiness something to judge. Demo only: a real
 * open measurement holds sealed ballots until it closes.
 */
export function seedOpenEindmeting(tx: Tx, orgId: string, options: DemoMeasurement): Promise<string> {
  return seedMeasurement(tx, orgId, { ...options, kind: "final", open: true, lift: 0.25 });
}

async function seedMeasurement(
  tx: Tx,
  orgId: string,
  options: DemoMeasurement & { kind: "baseline" | "final"; open: boolean; lift: number },
): Promise<string> {
  const [closed] = await tx
    .insert(measurements)
    .values({
      orgId,
      kind: options.kind,
      title: options.title,
      instrumentVersion: currentInstrument.version,
      opensAt: options.opensAt,
      closesAt: options.closesAt,
      threshold: 5,
      status: options.open ? "open" : "closed",
      subgroupTree: {},
    })
    .returning();
  const measurementId = closed!.id;
  await tx.insert(measurementAudiences).values([
    { orgId, measurementId, respondentGroup: "team" },
    { orgId, measurementId, respondentGroup: "parents" },
  ]);
  const groups: RespondentGroup[] = [
    ...Array<RespondentGroup>(options.team).fill("team"),
    ...Array<RespondentGroup>(options.parents).fill("parents"),
  ];
  await tx.insert(measurementResponses).values(
    groups.map((group) => ({
      orgId,
      measurementId,
      respondentGroup: group,
      answers: madeUp(group, options.random, options.lift),
      openAnswers: {},
    })),
  );
  if (!options.open) await recordResults(tx, closed!);
  return measurementId;
}
