/**
 * Creating a measurement: the measurement, its audiences and the school's own
 * items in one transaction, with its audit entry and its jobs: the invitations
 * when it opens (at once when it opens today), the automatic reminder a few days
 * before it closes, and the closing when its last day ends. Queued in the same
 * transaction, the jobs exist exactly when the measurement does.
 */
import { newToken } from "../../../auth/tokens.js";
import { recordAudit } from "../../../audit/record.js";
import { measurementAudiences, measurements } from "../../../db/schema/index.js";
import type { Tx } from "../../../db/client.js";
import type { Deps } from "../../../web/env.js";
import { anonymityThreshold } from "../domain/anonymity.js";
import { currentInstrument } from "../instrument/index.js";
import { insertExtraItems } from "./extra-items.js";
import { closeJob, inviteJob, remindJob } from "../jobs.js";
import { reminderDue } from "./reminders.js";
import { endOfDay, startOfDay } from "../../../lib/time/school-date.js";
import type { MeasurementInput } from "./schemas.js";
import { InputError } from "../../../web/input-error.js";
import { areCurrentGroups, guardiansOfChildren, pupilsOfGroups } from "../../pupils/index.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";
import { newBallotKey } from "./sealing.js";

/** Whether a measurement with this first day is open from the moment it is made (its first day is today). */
export function opensAtOnce(opensOn: string, now: Date = new Date()): boolean {
  return startOfDay(opensOn) <= now;
}

export async function createMeasurement(
  deps: Deps,
  scope: OrgScope,
  input: MeasurementInput,
  now: Date = new Date(),
): Promise<{ id: string }> {
  const opensAt = startOfDay(input.opensOn);
  const closesAt = endOfDay(input.closesOn);
  const open = opensAtOnce(input.opensOn, now);
  const measurement = await inOrg(scope, async (tx) => {
    await checkGroups(tx, scope.orgId, [...input.parents, ...input.pupils, ...input.young]);
    await checkSomeoneToAsk(tx, scope.orgId, input);
    const [row] = await tx
      .insert(measurements)
      .values({
        orgId: scope.orgId,
        kind: input.kind,
        title: input.title,
        instrumentVersion: currentInstrument.version,
        opensAt,
        closesAt,
        threshold: anonymityThreshold(input.threshold ?? deps.config.ANONYMITY_THRESHOLD),
        status: open ? "open" : "scheduled",
        ballotKey: newBallotKey(deps.config.SECRET_KEY),
        createdBy: scope.userId,
      })
      .returning({ id: measurements.id });
    const audiences = [
      ...(input.team ? [{ respondentGroup: "team" as const, groupId: null, openToken: null }] : []),
      ...input.parents.map((groupId) => ({ respondentGroup: "parents" as const, groupId, openToken: newToken() })),
      ...input.pupils.map((groupId) => ({ respondentGroup: "pupils" as const, groupId, openToken: newToken() })),
      // Young children answer with the teacher or a parent, through their group's open link.
      ...input.young.map((groupId) => ({ respondentGroup: "young" as const, groupId, openToken: newToken() })),
    ];
    await tx
      .insert(measurementAudiences)
      .values(audiences.map((audience) => ({ ...audience, orgId: scope.orgId, measurementId: row!.id })));
    await insertExtraItems(tx, scope.orgId, row!.id, input.extras);
    const audit = { orgId: scope.orgId, userId: scope.userId, entity: "measurement", entityId: row!.id } as const;
    await recordAudit(tx, { ...audit, action: "create", detail: input.kind });
    if (open) await recordAudit(tx, { ...audit, action: "open" });
    const job = { orgId: scope.orgId, measurementId: row!.id };
    await deps.jobs.send(tx, inviteJob, job, { startAfter: opensAt });
    const remindAt = reminderDue({ opensAt, closesAt });
    if (remindAt) await deps.jobs.send(tx, remindJob, job, { startAfter: remindAt });
    await deps.jobs.send(tx, closeJob, job, { startAfter: closesAt });
    return row!;
  });
  return measurement;
}

/** Only current (not archived) groups of this organisation can be asked. */
async function checkGroups(tx: Tx, orgId: string, ids: string[]): Promise<void> {
  if (!(await areCurrentGroups(tx, orgId, ids))) throw new InputError("audiences", "measure.error.unknownGroup");
}

/**
 * Every group asked has someone to ask: pupils for its pupils and young children, parents of
 * them for its parents. A group with nobody would make a measurement (a poll, most often) that no
 * one can answer, whose open link says at once that everyone has answered.
 */
async function checkSomeoneToAsk(tx: Tx, orgId: string, input: MeasurementInput): Promise<void> {
  const asked = await pupilsOfGroups(tx, orgId, [...new Set([...input.parents, ...input.pupils, ...input.young])]);
  const withPupils = new Set(asked.map((pupil) => pupil.groupId));
  const allHave = (groupIds: string[], have: Set<string | null>) => groupIds.every((id) => have.has(id));
  if (!allHave([...input.parents, ...input.pupils, ...input.young], withPupils))
    throw new InputError("audiences", "measure.error.noPupilsInGroup");
  const children = asked.filter((pupil) => pupil.groupId && input.parents.includes(pupil.groupId));
  const guardians = await guardiansOfChildren(
    tx,
    orgId,
    children.map((child) => child.pupilId),
  );
  const parented = new Set(guardians.map((guardian) => guardian.pupilId));
  const withParents = new Set(children.filter((child) => parented.has(child.pupilId)).map((child) => child.groupId));
  if (!allHave(input.parents, withParents)) throw new InputError("audiences", "measure.error.noParentsInGroup");
}
