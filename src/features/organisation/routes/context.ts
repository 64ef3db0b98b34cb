/** What organisation handlers share beyond the shared route context: the admin guard, the organisation's name. */
import type { Context } from "hono";
import type { Tx } from "../../../db/client.js";
import type { AppEnv } from "../../../web/env.js";
import { allow, viewerOf } from "../../../web/guards.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import { sendInvitation, type Invitee } from "../invite.js";

/** Signed in as a platform administrator. */
export const platformAdmin = allow((viewer) => viewer.isPlatformAdmin);

/** The current organisation's name, as the viewer already knows it. */
export function orgNameOf(c: Context<AppEnv>): string {
  return viewerOf(c).current?.orgName ?? "";
}

/** Every value posted for a checkbox group, to show the boxes ticked again after an error. */
export async function postedList(c: Context<AppEnv>, name: string): Promise<string[]> {
  const value = (await c.req.parseBody({ all: true }))[name];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
}

/**
 * An invitation form sent once (decision 007): `add` gives the person their roles in the form's
 * transaction, and only the post that did so mails the sign-in link, after the commit (a link
 * is sent at once, not through the outbox). A second post of the form mails nothing.
 */
export async function inviteOncePerForm(c: Context<AppEnv>, location: string, add: (db: Tx) => Promise<Invitee>) {
  const added: Invitee[] = [];
  await oncePerForm(c, async (db) => {
    added.push(await add(db));
    return location;
  });
  for (const invitee of added) await sendInvitation(c.var.deps, invitee, c.var.locale);
}
