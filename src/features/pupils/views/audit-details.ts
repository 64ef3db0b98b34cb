/**
 * How the school's trail says each feature's details (src/web/audit-detail.ts): the codes and
 * shapes every feature writes with recordAudit, read into the words of audit-messages.ts. A reader
 * is found by "entity.action", else by entity for all its actions; shapes written by earlier
 * versions stay readable here, since the trail keeps them. A detail that names a thing by id (a
 * time slot, an idea, a measurement) is said by the thing as the page found it
 * (service/audit-references.ts), or as gone: never by its id.
 */
import type { AuditAction, AuditEntity } from "../../../audit/record.js";
import {
  codeIn,
  codeOf,
  either,
  namedCodes,
  readDetail,
  shaped,
  wordsOf,
  type DetailReader,
} from "../../../web/audit-detail.js";
import { isMessageKey, type Locale, type MessageKey, type Translate } from "../../../web/i18n/index.js";
import { formatSlot } from "../../../lib/time/format.js";
import { rolesInText, type RoleName } from "../../../web/role-names.js";
import type { Reference } from "../service/audit-references.js";

const P = "pupils.audit.detail.";

/** "teacher,mentor" as "leraar, mentor"; null when a role has no name. */
function roleList(t: Translate, codes: string): string | null {
  const roles = codes.split(",");
  return roles.every((role) => isMessageKey(`role.${role}`)) ? rolesInText(t, roles as RoleName[]) : null;
}

/** Roles in one of the shapes inviting and changing staff write. */
const rolesAs = (pattern: RegExp, key: MessageKey): DetailReader =>
  shaped(pattern, (t, [codes]) => {
    const roles = roleList(t, codes!);
    return roles === null ? null : t(key, { roles });
  });

/** "firstName, groupId": the fields a change touched, each in words (one added later as written). */
const fields = shaped(/^(\w+(?:, \w+)*)$/, (t, [names]) =>
  t(`${P}changed`, {
    fields: names!
      .split(", ")
      .map((name) => wordsOf(t, `${P}field.`, name) ?? name)
      .join(", "),
  }),
);

/** A number said by a counting text. */
const counted = (pattern: RegExp, key: MessageKey, name: string): DetailReader =>
  shaped(pattern, (t, [n]) => t(key, { [name]: Number(n) }));

const version = shaped(/^version[: ](\d+)$/, (t, [n]) => t(`${P}version`, { version: n! }));

/** The counts of an import, as JSON; every one the text names must be there. */
const importCounts = [
  "rowsValid",
  "rowsRejected",
  "pupilsToCreate",
  "pupilsToUpdate",
  "pupilsUnchanged",
  "groupsToCreate",
  "guardiansToCreate",
  "guardiansToUpdate",
  "guardiansUnchanged",
  "linksToAdd",
] as const;
const imported: DetailReader = (t, detail) => {
  const counts: unknown = JSON.parse(detail);
  if (typeof counts !== "object" || counts === null) return null;
  const values = counts as Record<string, unknown>;
  return importCounts.every((name) => typeof values[name] === "number")
    ? t(`${P}imported`, values as Record<string, number>)
    : null;
};

const invitationDeclined = `${P}invitationDeclined` as const;

const readers: Partial<Record<`${AuditEntity}.${AuditAction}` | AuditEntity, DetailReader>> = {
  "group.update": namedCodes({
    renamed: `${P}renamed`,
    "staff-assigned": `${P}staff-assigned`,
    "staff-unassigned": `${P}staff-unassigned`,
  }),
  "pupil.update": either(
    namedCodes({ "guardian-linked": `${P}guardian-linked`, "guardian-unlinked": `${P}guardian-unlinked` }),
    fields,
  ),
  "pupil.view": namedCodes({ "conversation history": `${P}conversationHistory` }),
  "guardian.update": either(namedCodes({ "invitation-sent": `${P}invitation-sent` }), fields),
  "pupils.import": imported,
  "staff.create": either(
    rolesAs(/^roles: ([\w,]+)$/, `${P}roles`),
    rolesAs(/^invitation: roles: ([\w,]+)$/, `${P}rolesOffered`),
    rolesAs(/^roles: ([\w,]+) \(invitation accepted\)$/, `${P}rolesAccepted`),
  ),
  "staff.update": rolesAs(/^roles: ([\w,]+)$/, `${P}roles`),
  "staff.delete": namedCodes({ staff: `${P}asStaff`, advisor: `${P}asAdvisor` }),
  "staff.revoke": namedCodes({ invitation: `${P}invitationWithdrawn` }),
  // "invitation" is how a decline was written before it said by whom.
  "staff.decline": namedCodes({
    "invitation declined by the invitee": invitationDeclined,
    invitation: invitationDeclined,
  }),
  "measurement.create": codeOf(`${P}kind.`),
  "measurement.delete": codeIn(/^(\w+): (.*)$/s, `${P}kind.`, `${P}titled`, ["kind", "title"]),
  "measurement.remind": either(
    counted(/^round (\d+)$/, `${P}reminderRound`, "round"),
    counted(/^round (\d+) \(automatic\)$/, `${P}reminderRoundAutomatic`, "round"),
  ),
  "measurement.export": codeOf(`${P}file.`),
  "conversation_round.remind": counted(/^(\d+)$/, `${P}parentsReminded`, "count"),
  "conversation_round.update": fields,
  "conversation_round.delete": shaped(/^(.*); (\d+) conversations cancelled$/s, (t, [name, n]) =>
    t(`${P}roundDeleted`, { name: name!, count: Number(n) }),
  ),
  "trajectory.skip": codeIn(/^(\w+): (.*)$/s, `${P}step.`, `${P}stepSkipped`, ["step", "reason"]),
  "trajectory.unskip": codeOf(`${P}step.`),
  "trajectory_session.update": either(
    codeOf(`${P}session.`),
    counted(/^sign-up: capacity (\d+)$/, `${P}signUps`, "capacity"),
    namedCodes({ "sign-up: capacity none": `${P}signUpsUnlimited` }),
  ),
  "trajectory_session.move": codeOf(`${P}direction.`),
  expectations: version,
  plan: either(
    shaped(/^version:(\d+) mailed:(\d+)$/, (t, [n, mailed]) =>
      t(`${P}versionMailed`, { version: n!, mailed: Number(mailed) }),
    ),
    version,
  ),
  plan_goal: version,
  plan_action: version,
  "network_request.create": counted(/^asked (\d+)$/, `${P}parentsAsked`, "count"),
  "idea.update": codeIn(/^status:(\w+)$/, `${P}status.`, `${P}ideaStatus`, ["status"]),
  advisor_note: codeOf(`${P}note.`),
  "certificate.update": namedCodes({ listed: `${P}listed`, unlisted: `${P}unlisted` }),
};

/** A detail that names a thing: the thing in words, or that it is gone; null when the detail says it as written. */
function referenceWords(t: Translate, locale: Locale, reference: Reference): string | null {
  switch (reference.kind) {
    case "conversationSlot": {
      const { thing } = reference;
      const slot = thing
        ? t(`${P}slot`, { time: formatSlot(locale, thing.startsAt, thing.endsAt), teacher: thing.teacher })
        : t(`${P}gone`);
      const key = `${P}bookedBy.${reference.by}`;
      return isMessageKey(key) ? t(key, { slot }) : slot;
    }
    case "idea":
      return reference.thing ? t(`${P}mergedInto`, { idea: reference.thing.text }) : t(`${P}mergedIntoGone`);
    case "measurement": {
      const { thing } = reference;
      if (!thing) return t(`${P}measurementGone`);
      return t(`${P}titled`, { kind: wordsOf(t, `${P}kind.`, thing.kind) ?? thing.kind, title: thing.title });
    }
    case "invitee":
      // The person invited is the entry's subject (inviteeWords); the detail says the roles offered.
      return null;
  }
}

/** Whom an invitation went to: the name, and whether it still waits for an answer. */
export function inviteeWords(t: Translate, reference: Extract<Reference, { kind: "invitee" }>): string {
  const { thing } = reference;
  if (!thing) return t(`${P}inviteeGone`);
  return thing.pending ? t(`${P}inviteePending`, { name: thing.name }) : thing.name;
}

/** The entry's detail in the viewer's words; names, reasons and titles people typed, as written. */
export function auditDetail(
  t: Translate,
  locale: Locale,
  entry: { entity: string; action: string; detail: string | null; reference: Reference | null },
): string {
  // The trail shows an invitation as sent ("invite", views/audit.tsx); its detail is read as invite.ts wrote it.
  const written = entry.reference?.kind === "invitee" ? { ...entry, action: "create" } : entry;
  return (entry.reference && referenceWords(t, locale, entry.reference)) ?? readDetail(t, readers, written);
}
