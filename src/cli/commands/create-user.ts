/**
 * `samen create-user`: a person with a role. Staff roles and advisor belong to
 * an organisation and are invited like in the app (account, membership, audit
 * entry and a sign-in mail); admin is the platform-wide administrator.
 */
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client.js";
import { organisations, users } from "../../db/schema/index.js";
import { inviteStaff } from "../../features/organisation/invite.js";
import { membershipRoles } from "../../features/organisation/policy.js";
import { checkInput } from "../../web/input-error.js";
import { emailField, nameField } from "../../features/organisation/schemas.js";
import { CommandError, parseFlags, UsageError, type Command } from "../command.js";
import { cliDeps, withDatabase } from "../database.js";

const platformRoles = ["admin", "editor"] as const;
const roles = [...membershipRoles, ...platformRoles] as const;
type PlatformRole = (typeof platformRoles)[number];
const isPlatformRole = (role: string): role is PlatformRole => (platformRoles as readonly string[]).includes(role);

const flags = z.object({
  email: z.string({ message: "--email is required." }),
  name: z.string({ message: "--name is required." }),
  role: z.enum(roles, { message: `--role must be one of: ${roles.join(", ")}.` }),
  org: z.string().optional(),
});

export const createUser: Command = {
  help: `Usage: npm run samen -- create-user --email <address> --name <name> --role <role> [--org <id or code>]

Creates the account (or adds the role to an existing one) and prints its id.
  --role   ${roles.join(" | ")}
  --org    the organisation's id or registration code; required for every role
           except admin and editor (who runs the campaign, the parent panel and
           the advice pages), which are platform-wide and take no --org
Staff and advisors get an invitation mail with a sign-in link (in the outbox
when SMTP_URL is not set). Everyone signs in with their e-mail address.
The links point to PUBLIC_URL, else http://localhost:PORT: run this command
with the PUBLIC_URL or PORT the server runs with.`,
  options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, org: { type: "string" } },
  async run(values, { env, io }) {
    const input = parseFlags(flags, values);
    const platformRole = isPlatformRole(input.role);
    if (platformRole && input.org) throw new UsageError(`${input.role} is a platform role: leave out --org.`);
    if (!platformRole && !input.org) throw new UsageError(`--org is required for the role ${input.role}.`);
    const person = checkInput(z.object({ email: emailField, name: nameField }), input);
    const role = input.role;
    await withDatabase(env, async (database, config) => {
      if (isPlatformRole(role)) {
        const userId = await grantPlatformRole(database.db, person, role);
        io.out(`${person.email} is a platform ${role} (user id ${userId}); sign in at ${config.publicUrl}/sign-in.\n`);
        return;
      }
      const org = await findOrganisation(database.db, input.org ?? "");
      const deps = cliDeps(database, config);
      const { userId } = await inviteStaff({
        deps,
        orgId: org.id,
        invitedBy: null,
        ...person,
        roles: [role],
        direct: true,
      });
      io.out(
        `${person.email} is ${role} of "${org.name}" (user id ${userId}); an invitation was mailed with links to ${config.publicUrl}.\n`,
      );
    });
  },
};

/** The organisation by id or by registration code (written as people write it: any case, spaces). */
export async function findOrganisation(db: Db, idOrCode: string) {
  const isId = z.string().uuid().safeParse(idOrCode).success;
  const code = idOrCode.replace(/[\s.-]/g, "").toUpperCase();
  const [org] = await db
    .select({ id: organisations.id, name: organisations.name, type: organisations.type })
    .from(organisations)
    .where(isId ? eq(organisations.id, idOrCode) : eq(organisations.registrationCode, code));
  if (!org) throw new CommandError(`There is no organisation with id or registration code "${idOrCode}".`);
  return org;
}

/** A new account, or an existing one given the role; users is a global table, outside row-level security. */
async function grantPlatformRole(db: Db, person: { email: string; name: string }, role: PlatformRole): Promise<string> {
  const flag = role === "admin" ? { isPlatformAdmin: true } : { isPlatformEditor: true };
  return db.transaction(async (tx) => {
    await tx
      .insert(users)
      .values({ ...person, ...flag })
      .onConflictDoNothing();
    const [user] = await tx
      .update(users)
      .set(flag)
      .where(eq(sql`lower(${users.email})`, person.email))
      .returning({ id: users.id });
    if (!user) throw new Error(`${role} account missing`);
    return user.id;
  });
}
