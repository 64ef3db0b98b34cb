/**
 * What organisation handlers share beyond the shared route context: the admin guard, the organisation's
 * name, inviting once per form, and answering for an invitation that is gone.
 */
import type { Context } from "hono";
import type { Tx } from "../../../db/client.js";
import type { AppEnv } from "../../../web/env.js";
import { NotFoundError } from "../../../web/errors.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { allow, viewerOf } from "../../../web/guards.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import { pathId, scopeOf } from "../../../web/route-context.js";
import { withdrawInvitation } from "../invitations.js";
import { sendInvitation, type Invitee } from "../invite.js";
import { mayRemoveMember } from "../policy.js";

/** Signed in as a platform administrator. */
export const platformAdmin = allow((viewer) => viewer.isPlatformAdmin);

/** The current organisation's name, as the viewer already knows it. */
export function orgNameOf(c: Context<AppEnv>): string {
  return viewerOf(c).current?.orgName ?? "";
}

/**
 * An invitation form sent once (decision 007): `add` records the invitation (or, for someone already
 * here, the roles) in the form's transaction, and only the post that did so mails the sign-in link,
 * after the commit (recorded in the outbox and sent at once, not queued). A second post of the form mails nothing.
 */
export async function inviteOncePerForm(c: Context<AppEnv>, location: string, add: (db: Tx) => Promise<Invitee>) {
  const added: Invitee[] = [];
  await oncePerForm(c, async (db) => {
    added.push(await add(db));
    return location;
  });
  for (const invitee of added) await sendInvitation(c.var.deps, invitee, c.var.locale);
}

/**
 * `act`, or `gone` when what it acts on is not found: an invitation withdrawn, answered or expired
 * meanwhile (a page opened before that, a second tab, a colleague), as one of another organisation or
 * person is. `gone` is the page the person came from saying so, instead of a bare "page not found";
 * it still answers 404, so nobody learns whether an id exists elsewhere.
 */
export async function unlessGone(act: () => Promise<Response>, gone: () => Promise<Response>): Promise<Response> {
  try {
    return await act();
  } catch (error) {
    if (error instanceof NotFoundError) return gone();
    throw error;
  }
}

/**
 * The organisation takes back the invitation in the path, from the page that listed it (`page`): back
 * there with a flash, or, when it is gone, `gonePage`. Only a school leader takes back "school leader".
 */
export function withdrawFrom(c: Context<AppEnv>, page: string, gonePage: () => Promise<Response>) {
  return unlessGone(async () => {
    const viewer = viewerOf(c);
    const invitationId = pathId(c, "invitationId");
    await withdrawInvitation({ ...scopeOf(c), invitationId, mayWithdraw: (roles) => mayRemoveMember(viewer, roles) });
    return redirectWithFlash(c, page, "org.staff.pending.withdrawn");
  }, gonePage);
}
