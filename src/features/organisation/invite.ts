/**
 * Inviting people into an organisation: the account (created when the address is new), an invitation
 * that waits for the person's consent and an audit entry in one transaction, then an e-mail with a
 * sign-in link once that transaction has committed. Whether the address had an account changes
 * nothing the organisation sees, nor the work done (decision 004): the roles come when the person
 * accepts (invitations.ts), and until then the organisation knows only the name and address it typed.
 */
import { eq, sql } from "drizzle-orm";
import { withOrg, type Db, type Tx } from "../../db/client.js";
import { ofOrg } from "../../db/of-org.js";
import { memberships, organisations, staffInvitations, users } from "../../db/schema/index.js";
import { stillHereAmong } from "../pupils/index.js";
import { recordAudit } from "../../audit/record.js";
import { createSignInToken } from "../../auth/sign-in-links.js";
import type { StaffRole } from "../../auth/viewer.js";
import type { Deps } from "../../web/env.js";
import { NotFoundError } from "../../web/errors.js";
import { isLocale, translator, wordingOf, type Locale } from "../../web/i18n/index.js";
import type { OrganisationType } from "./registration-code.js";
import { checkInput } from "../../web/input-error.js";
import { rolesInText } from "../../web/role-names.js";
import { memberInput } from "./schemas.js";
import { countInvitation } from "./invite-limit.js";

export interface Invitee {
  userId: string;
  email: string;
  name: string;
  locale: string | null;
  orgName: string;
  /** Its type: the mail names the roles in a school's or childcare's words. */
  orgType: OrganisationType;
  roles: StaffRole[];
  /** The roles wait for the person to accept them (anyone new to the organisation). */
  pending: boolean;
}

interface MemberDetails {
  orgId: string;
  invitedBy: string | null;
  email: string;
  name: string;
  roles: StaffRole[];
  /**
   * Roles at once even for an existing account new to the organisation: the command line and a
   * new organisation's first leader, which the platform administrator names.
   */
  direct?: boolean;
}

/**
 * Offers a person these roles in the organisation, inside the caller's transaction. An address with
 * no account gets one under the typed name (so the mailed sign-in link works); an existing account
 * keeps its own name. Anyone with no place here yet (no role, no guardian record) gets an invitation
 * (`offerRoles`), whether or not the account existed: the organisation cannot tell the two apart, and
 * learns nothing of the account until the person accepts. Someone already here (whom the organisation
 * knows) gets the roles at once, as does everyone when `direct`; roles already held stay.
 */
export async function addMember(tx: Tx, details: MemberDetails): Promise<Invitee> {
  const { orgId, invitedBy, direct = false } = details;
  const { email, name, roles } = checkInput(memberInput, details);
  const [org] = await tx
    .select({ name: organisations.name, type: organisations.type })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  if (!org) throw new NotFoundError("organisation");
  // Insert-then-read is safe when two invitations for a new address cross: the one that did not
  // create the account waits for it to commit, then invites it too (the same invitation in one organisation).
  await tx.insert(users).values({ email, name }).onConflictDoNothing();
  const [user] = await tx
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email));
  if (!user) throw new Error("invited user missing");
  const invitee = {
    userId: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    orgName: org.name,
    orgType: org.type,
    roles,
  };
  if (!direct && !(await stillHereAmong(tx, orgId, [user.id])).has(user.id)) {
    await offerRoles(tx, { orgId, userId: user.id, roles, name, email, invitedBy });
    return { ...invitee, pending: true };
  }
  await tx
    .insert(memberships)
    .values(roles.map((role) => ({ orgId, userId: user.id, role })))
    .onConflictDoNothing();
  // Roles given at once (the command line, or someone who became a parent here meanwhile) replace an
  // invitation still waiting: accepting it later would hand back roles the organisation has moved on from.
  await tx.delete(staffInvitations).where(ofOrg(staffInvitations, orgId, { userId: user.id }));
  const detail = `roles: ${roles.join(",")}`;
  await recordAudit(tx, { orgId, userId: invitedBy, action: "create", entity: "staff", entityId: user.id, detail });
  return { ...invitee, pending: false };
}

/**
 * Records the invitation that waits for the person's consent, with an audit entry. One already
 * waiting is renewed (the typed name, the inviter, 30 days from now) and keeps the roles it offered,
 * as a member keeps roles already held: inviting an advisor as teacher too offers both.
 */
async function offerRoles(
  tx: Tx,
  offer: { orgId: string; userId: string; roles: StaffRole[]; name: string; email: string; invitedBy: string | null },
): Promise<void> {
  const { orgId, userId, roles, invitedBy } = offer;
  const renewed = { name: offer.name, email: offer.email, invitedBy, createdAt: new Date() };
  const allRoles = sql`array(select distinct unnest(${staffInvitations.roles} || excluded.roles))`;
  await tx
    .insert(staffInvitations)
    .values({ orgId, userId, roles, ...renewed })
    .onConflictDoUpdate({
      target: [staffInvitations.orgId, staffInvitations.userId],
      set: { ...renewed, roles: allRoles },
    });
  const detail = `invitation: roles: ${roles.join(",")}`;
  await recordAudit(tx, { orgId, userId: invitedBy, action: "create", entity: "staff", entityId: userId, detail });
}

/** Mails the invitation in the invitee's own language when they chose one, else in the inviter's. */
export async function sendInvitation(deps: Deps, invitee: Invitee, fallbackLocale: Locale = "nl"): Promise<void> {
  const { token, lasts } = await createSignInToken(deps.db, invitee.userId);
  const t = translator(isLocale(invitee.locale) ? invitee.locale : fallbackLocale, wordingOf(invitee.orgType));
  await deps.mailer.send({
    to: invitee.email,
    userId: invitee.userId,
    subject: t("org.invite.subject", { org: invitee.orgName }),
    text: t(invitee.pending ? "org.invite.pendingBody" : "org.invite.body", {
      name: invitee.name,
      org: invitee.orgName,
      roles: rolesInText(t, invitee.roles),
      link: `${deps.config.publicUrl}/sign-in/link?token=${token}`,
      lasts: t(lasts.key, { count: lasts.count }),
      signIn: `${deps.config.publicUrl}/sign-in`,
      invitations: `${deps.config.publicUrl}/invitations`,
    }),
  });
}

export interface InviteOptions {
  deps: Deps;
  orgId: string;
  invitedBy: string | null;
  email: string;
  name: string;
  roles: StaffRole[];
  /** The language of the mail when the invitee has not chosen one. */
  locale?: Locale;
  /** Roles at once, without the person's consent (the command line): see `addMember`. */
  direct?: boolean;
}

/**
 * Gives someone roles in the organisation in `db` (the app's, or a form's transaction); the mail is the
 * caller's, and counted here: a few an hour to one address (invite-limit.ts), else InputError and nothing changes.
 */
export function addInvitee(db: Db, options: Omit<InviteOptions, "deps" | "locale">): Promise<Invitee> {
  return withOrg(db, { orgId: options.orgId, userId: options.invitedBy }, async (tx) => {
    await countInvitation(tx, options.orgId, options.email);
    return addMember(tx, options);
  });
}

/** Invites someone to the organisation with one or more roles and mails them a sign-in link. */
export async function inviteStaff(options: InviteOptions): Promise<{ userId: string }> {
  const invitee = await addInvitee(options.deps.db, options);
  await sendInvitation(options.deps, invitee, options.locale);
  return { userId: invitee.userId };
}
