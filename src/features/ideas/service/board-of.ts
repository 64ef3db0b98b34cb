/**
 * The board every service works on: the one of the organisation's active trajectory. Without an
 * active trajectory there is no board, and a form posted after the trajectory ended finds nothing.
 */
import type { Tx } from "../../../db/client.js";
import { NotFoundError } from "../../../web/errors.js";
import { InputError } from "../../../web/input-error.js";
import { currentGroups, childrenOfGuardian } from "../../pupils/index.js";
import { activeTrajectory } from "../../trajectory/index.js";
import { chosenGroup, signingGroups, type SigningGroup } from "../domain/signing.js";

export async function activeBoard(tx: Tx, orgId: string): Promise<{ trajectoryId: string } | null> {
  const trajectory = await activeTrajectory(tx, orgId);
  return trajectory ? { trajectoryId: trajectory.id } : null;
}

export async function boardOf(tx: Tx, orgId: string): Promise<{ trajectoryId: string }> {
  const board = await activeBoard(tx, orgId);
  if (!board) throw new NotFoundError("idea board");
  return board;
}

/** The groups this person may sign as: their children's current groups. */
export async function signingGroupsOf(tx: Tx, orgId: string, userId: string): Promise<SigningGroup[]> {
  const children = await childrenOfGuardian(tx, orgId, userId);
  if (!children.length) return [];
  const current = await currentGroups(tx, orgId);
  return signingGroups(children, new Set(current.map((g) => g.id)));
}

/** The group an author signs as (null: their name); a group not theirs is refused beside the field. */
export async function signatureOf(tx: Tx, orgId: string, userId: string, signAs: string): Promise<string | null> {
  const group = chosenGroup(signAs, await signingGroupsOf(tx, orgId, userId));
  if (group === undefined) throw new InputError("signAs", "ideas.error.signAs");
  return group;
}
