/**
 * What other features learn of the plan without importing it the other way round: the trajectory
 * its plan step (the day of the first publication, through `trajectoryFacts`), the idea board
 * which published action took an idea up (through `ideaUptake`), and certification whether and
 * when a trajectory's plan was published (`planPublication`, exported from index.ts).
 */
import type { Tx } from "../../../db/client.js";
import { schoolDate } from "../../../lib/time/school-date.js";
import type { MessageKey } from "../../../web/i18n/index.js";
import type { UptakeSource } from "../../ideas/index.js";
import type { TrajectoryFactSource } from "../../trajectory/index.js";
import { planOfTrajectory } from "./plan-row.js";
import { publicationOf, publishedSnapshot } from "./reads.js";

export interface PlanPublication {
  /** The school date of the first publication. */
  firstPublishedOn: string;
  /** The latest publication and the version it showed. */
  publishedAt: Date;
  version: number;
}

/** Whether (and when) a trajectory's plan was published; null while it never was. */
export async function planPublication(tx: Tx, orgId: string, trajectoryId: string): Promise<PlanPublication | null> {
  const publication = publicationOf(await planOfTrajectory(tx, orgId, trajectoryId));
  if (!publication) return null;
  return {
    firstPublishedOn: schoolDate(publication.firstPublishedAt),
    publishedAt: publication.publishedAt,
    version: publication.version,
  };
}

export const planFacts: TrajectoryFactSource = async (tx, trajectory) => ({
  planPublishedOn: (await planPublication(tx, trajectory.orgId, trajectory.id))?.firstPublishedOn ?? null,
});

/** The published version's actions that took these ideas up: what parents can read too. */
export const planUptake: UptakeSource = async (tx, orgId, ideaIds) => {
  const published = await publishedSnapshot(tx, orgId);
  if (!published) return [];
  const wanted = new Set(ideaIds);
  return published.snapshot.actions.flatMap((action) =>
    action.ideaIds
      .filter((ideaId) => wanted.has(ideaId))
      .map((ideaId) => ({
        ideaId,
        action: action.title,
        statusKey: `plan.status.${action.status}` satisfies MessageKey,
      })),
  );
};
