/**
 * Closing a measurement empties the sealed box (docs/measurement-anonymity.md):
 * in one transaction the ballots are decrypted, shuffled and written as
 * responses with fresh random ids, the ballots and drafts are deleted, the
 * ballot key is dropped and the split into classes is fixed. Afterwards every
 * response row was written by the same transaction, in random order, and
 * nothing links it to an invitation; a response of a class or group where
 * fewer than the threshold responded loses its class or answers, which would
 * otherwise point at the few invitees who responded there (domain/linkage.ts). The same transaction counts the tallies
 * the results are read from and updates the school's part in the benchmark.
 * Afterwards the invitations' sealed links are cleared. Running it twice changes nothing.
 * The vacuum job (service/vacuum.ts), which clears the deleted and overwritten
 * rows from disk, is queued in the closing transaction: a crash after the commit
 * cannot lose it.
 */
import { randomInt, randomUUID } from "node:crypto";
import { recordAudit } from "../../../audit/record.js";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import {
  measurementAudiences,
  measurementBallots,
  measurementDrafts,
  measurementInvitations,
  measurementResponses,
  measurements,
} from "../../../db/schema/index.js";
import type { Config } from "../../../config.js";
import { unlinkSmallCells, type Unlinked } from "../domain/linkage.js";
import type { Deps } from "../../../web/env.js";
import { vacuumJob } from "../jobs.js";
import { instrumentByVersion } from "../instrument/index.js";
import type { Ballot } from "./answering.js";
import { contributeToBenchmark } from "./benchmark.js";
import { scoreMeasurement } from "./results.js";
import { openBallots } from "./open-ballots.js";
import { fixPeople } from "./overfull.js";
import { ballotKey } from "./sealing.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";
import { writeTallies } from "./tallies.js";

/** Closes the measurement if it is not closed yet; returns whether this call closed it. */
export async function closeMeasurement(
  scope: OrgScope,
  deps: { config: Pick<Config, "SECRET_KEY">; jobs: Deps["jobs"] },
  measurementId: string,
): Promise<boolean> {
  const { orgId } = scope;
  const closed = await inOrg(scope, async (tx) => {
    const [measurement] = await tx
      .select({
        status: measurements.status,
        ballotKey: measurements.ballotKey,
        threshold: measurements.threshold,
        opensAt: measurements.opensAt,
        closesAt: measurements.closesAt,
      })
      .from(measurements)
      .where(ofOrg(measurements, orgId, { id: measurementId }))
      .for("update");
    if (!measurement || measurement.status === "closed") return false;
    const ballots = await tx
      .select({ ciphertext: measurementBallots.ciphertext })
      .from(measurementBallots)
      .where(ofOrg(measurementBallots, orgId, { measurementId }));
    const key = measurement.ballotKey ? ballotKey(measurement.ballotKey, deps.config.SECRET_KEY) : null;
    const opened = openBallots(
      key,
      ballots.map((ballot) => ballot.ciphertext),
    );
    const tree = await storeResponses(tx, { orgId, measurementId, threshold: measurement.threshold }, opened);
    await tx.delete(measurementBallots).where(ofOrg(measurementBallots, orgId, { measurementId }));
    await deleteDrafts(tx, orgId, measurementId);
    await fixPeople(tx, orgId, measurementId);
    const [closed] = await tx
      .update(measurements)
      .set({
        status: "closed",
        ballotKey: null,
        subgroupTree: tree,
        ...windowUntilNow(measurement),
      })
      .where(ofOrg(measurements, orgId, { id: measurementId }))
      .returning();
    await recordResults(tx, closed!);
    await recordAudit(tx, {
      orgId,
      userId: scope.userId,
      action: "close",
      entity: "measurement",
      entityId: measurementId,
    });
    await deps.jobs.send(tx, vacuumJob, { orgId, measurementId });
    return true;
  });
  if (closed) await clearSealedTokens(scope, measurementId);
  return closed;
}

/**
 * Closed before its last day ended, the measurement was open until now: its window ends now, so
 * its period, the day the trajectory counts it done and the order of results all read the real
 * day. Closed before it opened, the window is the moment of closing.
 */
function windowUntilNow(window: { opensAt: Date; closesAt: Date }, now = new Date()) {
  const closesAt = now < window.closesAt ? now : window.closesAt;
  const opensAt = window.opensAt < closesAt ? window.opensAt : new Date(closesAt.getTime() - 1);
  return { opensAt, closesAt };
}

/**
 * The invitations' sealed links, useless once the ballot key is dropped, are
 * cleared too — in a transaction of their own, so that the one that wrote the
 * responses wrote no invitation (their shared xmin would be a link). Every
 * invitation is rewritten, also those without a sealed link (open links'):
 * otherwise its xmin would still be the transaction that sent it, and tell in
 * which order people responded.
 */
export function clearSealedTokens(scope: OrgScope, measurementId: string): Promise<void> {
  return inOrg(scope, async (tx) => {
    await tx
      .update(measurementInvitations)
      .set({ sealedToken: null })
      .where(ofOrg(measurementInvitations, scope.orgId, { measurementId }));
  });
}

const BATCH = 500;

/**
 * Stores the ballots as the measurement's responses the way closing does: a class smaller than the
 * threshold unlinked, in random order. Returns the classes the results may be split into.
 */
export async function storeResponses(
  tx: Tx,
  measurement: { orgId: string; measurementId: string; threshold: number },
  ballots: Ballot[],
): Promise<Record<string, { id: string; unlinked?: number }[]>> {
  const { orgId, measurementId } = measurement;
  const { responses, unlinked } = unlinkSmallCells(ballots, measurement.threshold);
  await insertResponses(tx, orgId, measurementId, shuffle(responses));
  return subgroupTree(tx, orgId, measurementId, unlinked);
}

/**
 * Each response gets a fresh random id here and is written in the order of those ids: a random
 * order like the shuffle's, and the one the response-level export reads them in (a batch is a
 * range of ids), so that a batch lies on a few adjacent pages instead of one page per response
 * (docs/benchmarks.md, "Exports at 1M").
 */
export async function insertResponses(tx: Tx, orgId: string, measurementId: string, ballots: Ballot[]): Promise<void> {
  const fresh = ballots.map((ballot) => ({ id: randomUUID(), ballot })).sort((a, b) => (a.id < b.id ? -1 : 1));
  for (let start = 0; start < fresh.length; start += BATCH) {
    const rows = fresh.slice(start, start + BATCH).map(({ id, ballot }) => ({
      orgId,
      id,
      measurementId,
      respondentGroup: ballot.group,
      subgroupId: ballot.subgroupId,
      answers: ballot.answers,
      openAnswers: ballot.open,
    }));
    await tx.insert(measurementResponses).values(rows);
  }
}

async function deleteDrafts(tx: Tx, orgId: string, measurementId: string): Promise<void> {
  const invitationsOfMeasurement = tx
    .select({ id: measurementInvitations.id })
    .from(measurementInvitations)
    .where(ofOrg(measurementInvitations, orgId, { measurementId }));
  await tx
    .delete(measurementDrafts)
    .where(and(eq(measurementDrafts.orgId, orgId), inArray(measurementDrafts.invitationId, invitationsOfMeasurement)));
}

/** Counts the tallies of a closed measurement and makes it the school's part in the benchmark; safe to repeat. */
export async function recordResults(tx: Tx, closed: typeof measurements.$inferSelect): Promise<void> {
  await writeTallies(tx, closed.orgId, closed.id, instrumentByVersion(closed.instrumentVersion));
  await contributeToBenchmark(tx, closed.orgId, closed.id, await scoreMeasurement(tx, closed));
}

/** Per respondent group, its classes: the cells the results may be split into, with the count of those unlinked. */
async function subgroupTree(
  tx: Tx,
  orgId: string,
  measurementId: string,
  unlinked: Unlinked<Ballot>["unlinked"],
): Promise<Record<string, { id: string; unlinked?: number }[]>> {
  const rows = await tx
    .select({ group: measurementAudiences.respondentGroup, groupId: measurementAudiences.groupId })
    .from(measurementAudiences)
    .where(ofOrg(measurementAudiences, orgId, { measurementId }, isNotNull(measurementAudiences.groupId)));
  const tree: Record<string, { id: string; unlinked?: number }[]> = {};
  for (const row of rows) {
    const count = unlinked.get(row.group)?.get(row.groupId!);
    (tree[row.group] ??= []).push({ id: row.groupId!, ...(count ? { unlinked: count } : {}) });
  }
  return tree;
}

/** Fisher–Yates with a cryptographic random source: the order must reveal nothing. */
export function shuffle<T>(items: T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}
