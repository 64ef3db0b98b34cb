/**
 * The demo's nulmeting (closed) and eindmeting (open), as a school that used Samen has them: the
 * team and the parents of every class asked, as the form asks them; the invitations the job makes,
 * mailed; some of them responded, and made-up answers for those, stored as closing stores them
 * (shuffled responses under the storage rule for small classes; tallies for the closed one).
 * Demo only: the responses it starts with are stored, not sealed; the open eindmeting has a ballot
 * key (when the loader has the server's SECRET_KEY), so that responses made up on its page are
 * sealed as a real respondent's are, and closing counts both.
 */
import { inArray, sql } from "drizzle-orm";
import { newToken } from "../../auth/tokens.js";
import type { Tx } from "../../db/client.js";
import { ofOrg } from "../../db/of-org.js";
import { measurementAudiences, measurementInvitations, measurements } from "../../db/schema/index.js";
import type { RespondentGroup } from "./domain/instrument.js";
import type { ItemAnswer } from "./domain/tally.js";
import { currentInstrument } from "./instrument/index.js";
import { currentGroups } from "../pupils/index.js";
import type { Ballot } from "./service/answering.js";
import { recordResults, storeResponses } from "./service/close.js";
import { createInvitations } from "./service/invitations.js";
import { mailedWith } from "./service/mailing.js";
import { ballotKey, newBallotKey } from "./service/sealing.js";

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
  /** How many of the team responded (at most all of it), and of the parents, spread evenly over the classes. */
  team: number;
  parents: number;
  random: () => number;
  /** The server's SECRET_KEY, for an open measurement's ballot key. */
  secretKey?: string;
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

const THRESHOLD = 5;

async function seedMeasurement(
  tx: Tx,
  orgId: string,
  options: DemoMeasurement & { kind: "baseline" | "final"; open: boolean; lift: number },
): Promise<string> {
  const [row] = await tx
    .insert(measurements)
    .values({
      orgId,
      kind: options.kind,
      title: options.title,
      instrumentVersion: currentInstrument.version,
      opensAt: options.opensAt,
      closesAt: options.closesAt,
      threshold: THRESHOLD,
      status: options.open ? "open" : "closed",
      ballotKey: options.open && options.secretKey ? newBallotKey(options.secretKey) : null,
      invitationsMadeAt: options.opensAt,
    })
    .returning();
  const measurementId = row!.id;
  const classes = (await currentGroups(tx, orgId)).map((group) => group.id);
  const audiences = await tx
    .insert(measurementAudiences)
    .values([
      { orgId, measurementId, respondentGroup: "team" as const },
      ...classes.map((groupId) => ({
        orgId,
        measurementId,
        respondentGroup: "parents" as const,
        groupId,
        openToken: newToken(),
      })),
    ])
    .returning();
  await createInvitations(tx, orgId, measurementId);
  await markMailed(
    tx,
    orgId,
    measurementId,
    row!.ballotKey && options.secretKey ? ballotKey(row!.ballotKey, options.secretKey) : null,
  );
  const ballots: Ballot[] = [];
  for (const audience of audiences) {
    const group = audience.respondentGroup;
    // The parents' responses spread evenly over the classes, as many as their invitations allow.
    const share =
      group === "team" ? options.team : spread(options.parents, classes.length, classes.indexOf(audience.groupId!));
    const answered = await markResponded(tx, orgId, audience.id, share);
    for (let i = 0; i < answered; i++)
      ballots.push({
        group,
        subgroupId: audience.groupId,
        answers: madeUp(group, options.random, options.lift),
        open: {},
      });
  }
  const tree = await storeResponses(tx, { orgId, measurementId, threshold: THRESHOLD }, ballots);
  if (!options.open) {
    const [closed] = await tx
      .update(measurements)
      .set({ subgroupTree: tree })
      .where(ofOrg(measurements, orgId, { id: measurementId }))
      .returning();
    await recordResults(tx, closed!);
  }
  return measurementId;
}

/**
 * Marks the invitations mailed. An open measurement's each get a link of their own, sealed under
 * its ballot key, as its mail leaves them: a reminder counts and reaches only those, so without
 * it the eindmeting's page said "Nog niet gereageerd: 0" with most parents not answered. A closed
 * one (or one without a key, loaded without the server's SECRET_KEY) keeps no link, as closing leaves it.
 */
async function markMailed(tx: Tx, orgId: string, measurementId: string, key: Buffer | null): Promise<void> {
  const invitations = ofOrg(measurementInvitations, orgId, { measurementId });
  if (!key) {
    await tx.update(measurementInvitations).set({ mailed: true }).where(invitations);
    return;
  }
  const invited = await tx.select({ id: measurementInvitations.id }).from(measurementInvitations).where(invitations);
  if (!invited.length) return;
  // One statement for all ~200 (one each took ~0.3 s of a fresh start: docs/benchmarks.md, startup, session 29).
  const links = invited.map(({ id }) => {
    const { tokenHash, sealedToken } = mailedWith(key, newToken());
    return sql`(${id}::uuid, ${tokenHash}, ${sealedToken})`;
  });
  await tx.execute(sql`
    update measurement_invitations as i
    set token_hash = v.token_hash, sealed_token = v.sealed_token, mailed = true
    from (values ${sql.join(links, sql`, `)}) as v (id, token_hash, sealed_token)
    where i.org_id = ${orgId} and i.id = v.id`);
}

/** The i-th of `parts` even shares of `total`. */
function spread(total: number, parts: number, i: number): number {
  return Math.floor(total / parts) + (i < total % parts ? 1 : 0);
}

/** Marks up to `count` of the audience's invitations responded; returns how many. */
async function markResponded(tx: Tx, orgId: string, audienceId: string, count: number): Promise<number> {
  const invited = await tx
    .select({ id: measurementInvitations.id })
    .from(measurementInvitations)
    .where(ofOrg(measurementInvitations, orgId, { audienceId }))
    .limit(count);
  if (!invited.length) return 0;
  const ids = invited.map((invitation) => invitation.id);
  await tx
    .update(measurementInvitations)
    .set({ responded: true })
    .where(ofOrg(measurementInvitations, orgId, {}, inArray(measurementInvitations.id, ids)));
  return ids.length;
}
