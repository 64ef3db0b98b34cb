import { describe, expect, it } from "vitest";
import { translator, type Locale } from "../../../web/i18n/index.js";
import { sessionStatus } from "../../../db/schema/index.js";
import { auditDetail } from "./audit-details.js";
import { en, nl } from "../audit-messages.js";
import { membershipRoles } from "../../organisation/policy.js";
import { measurementKinds } from "../../measurements/service/schemas.js";
import { skippableSteps } from "../../trajectory/domain/phase.js";
import { moveForm } from "../../trajectory/schemas.js";
import { ideaStatuses } from "../../ideas/schemas.js";
import type { BookingActor } from "../../conversations/service/audit.js";
import type { PupilInput } from "../service/pupils.js";
import type { GuardianInput } from "../service/guardians.js";
import { referringIn, type Reference } from "../service/audit-references.js";

/** A detail as the page reads it; a thing it names by id is looked up as gone (the page's test finds them). */
const said = (locale: Locale, entity: string, action: string, detail: string | null) => {
  const refers = referringIn({ entity, action, detail });
  const reference = refers && ({ ...refers, thing: null } as Reference);
  return auditDetail(translator(locale), locale, { entity, action, detail, reference });
};

type Written = [entity: string, action: string, detail: string];

/** What the features write, code by code, as their services spell it. */
function everyCodeWritten(): Written[] {
  const actors: BookingActor[] = ["parent", "teacher"];
  const files = ["report.pdf", "results.csv", "results.xlsx", "responses.csv", "responses.xlsx"];
  return [
    ...membershipRoles.flatMap((role): Written[] => [
      ["staff", "create", `roles: ${role},teacher`],
      ["staff", "create", `invitation: roles: ${role}`],
      ["staff", "create", `roles: ${role} (invitation accepted)`],
      ["staff", "update", `roles: ${role}`],
    ]),
    ...measurementKinds.flatMap((kind): Written[] => [
      ["measurement", "create", kind],
      ["measurement", "delete", `${kind}: Ouders over school`],
    ]),
    ...files.map((file): Written => ["measurement", "export", file]),
    ...actors.map((by): Written => ["conversation_booking", "create", `by ${by}; slot 0b6f3f8e`]),
    ...skippableSteps.flatMap((step): Written[] => [
      ["trajectory", "skip", `${step}: al gedaan`],
      ["trajectory", "unskip", step],
    ]),
    ...sessionStatus.enumValues.map((status): Written => ["trajectory_session", "update", status]),
    ...moveForm.shape.direction.options.map((direction): Written => ["trajectory_session", "move", direction]),
    ...ideaStatuses.map((status): Written => ["idea", "update", `status:${status}`]),
    ...["staff", "advisor"].map((from): Written => ["staff", "delete", from]),
    ...["shared", "private"].map((shared): Written => ["advisor_note", "update", shared]),
    ...["listed", "unlisted"].map((listed): Written => ["certificate", "update", listed]),
    ...["renamed", "staff-assigned", "staff-unassigned"].map((code): Written => ["group", "update", code]),
    ...["guardian-linked", "guardian-unlinked"].map((code): Written => ["pupil", "update", code]),
    ["guardian", "update", "invitation-sent"],
    ["pupil", "view", "conversation history"],
    ["staff", "revoke", "invitation"],
    ["staff", "decline", "invitation declined by the invitee"],
    ["staff", "decline", "invitation"],
    ["measurement", "remind", "round 1"],
    ["measurement", "remind", "round 2 (automatic)"],
    ["conversation_round", "remind", "14"],
    ["conversation_round", "delete", "Najaarsgesprekken; 3 conversations cancelled"],
    ["trajectory_session", "update", "sign-up: capacity 40"],
    ["trajectory_session", "update", "sign-up: capacity none"],
    ["expectations", "publish", "version 2"],
    ["plan", "update", "version:4"],
    ["plan", "publish", "version:4 mailed:0"],
    ["plan_goal", "create", "version:5"],
    ["plan_action", "delete", "version:6"],
    ["network_request", "create", "asked 7"],
    ["idea", "merge", "into:5d1c2a9e"],
    ["trajectory", "link", "3fdcf0f3-0000-4000-8000-000000000001"],
    ["trajectory", "unlink", "3fdcf0f3-0000-4000-8000-000000000001"],
  ];
}

describe("the audit trail's details", () => {
  it("has words in Dutch and English for every code the features write, with nothing left to fill", () => {
    for (const locale of ["nl", "en"] as const)
      for (const [entity, action, detail] of everyCodeWritten()) {
        const words = said(locale, entity, action, detail);
        expect(words, `${locale} ${entity}.${action} "${detail}"`).not.toBe(detail);
        expect(words, `${locale} ${entity}.${action} "${detail}"`).not.toMatch(/\{\w+|\bundefined\b/);
      }
  });

  it("names every field a change of a pupil, a guardian or a conversation round lists", () => {
    const pupil: Record<keyof PupilInput, true> = {
      ...{ firstName: true, surnamePrefix: true, surname: true },
      ...{ dateOfBirth: true, pupilNumber: true, groupId: true },
    };
    const guardian: Record<keyof GuardianInput, true> = { name: true, email: true, phone: true };
    const round = ["name", "slotSettings", "opensAt", "closesAt", "changeDeadline", "bufferMinutes"];
    const fields = [...Object.keys(pupil), ...Object.keys(guardian), ...round, "toleranceMinutes", "reminderHours"];
    for (const catalog of [nl, en]) {
      const keys = Object.keys(catalog);
      expect(fields.filter((field) => !keys.includes(`pupils.audit.detail.field.${field}`))).toEqual([]);
    }
    expect(said("nl", "pupil", "update", "surname, groupId")).toBe("Gewijzigd: achternaam, groep");
    expect(said("en", "conversation_round", "update", "opensAt, reminderHours")).toBe(
      "Changed: booking opens, reminder to parents",
    );
  });

  it("counts in each language's plural", () => {
    expect(said("nl", "conversation_round", "remind", "1")).toBe("Herinnering aan 1 ouder");
    expect(said("en", "network_request", "create", "asked 3")).toBe("Asked 3 parents");
    expect(said("nl", "conversation_round", "delete", "Voorjaar; 0 conversations cancelled")).toBe(
      "Voorjaar: geen gesprekken geannuleerd",
    );
  });

  it("shows what people typed, and what it does not know, as written, and never fails", () => {
    // A group named like a code is a name; so are a reason and a title.
    expect(said("nl", "group", "create", "renamed")).toBe("renamed");
    expect(said("en", "certificate", "revoke", "roles: teacher")).toBe("roles: teacher");
    expect(said("nl", "news_post", "delete", "version:3")).toBe("version:3");
    // Shapes without words: an unknown role, a kind added later, garbled counts, an unknown feature.
    expect(said("nl", "staff", "update", "roles: teacher,wizard")).toBe("roles: teacher,wizard");
    expect(said("nl", "measurement", "create", "census")).toBe("census");
    expect(said("en", "pupils", "import", '{"rowsValid":')).toBe('{"rowsValid":');
    expect(said("en", "pupils", "import", '{"rowsValid":1}')).toBe('{"rowsValid":1}');
    expect(said("nl", "something_new", "update", "status:done")).toBe("status:done");
    expect(said("nl", "pupil", "view", null)).toBe("");
  });

  it("says a daycare's words where a school's differ", () => {
    const daycare = translator("nl", "childcare");
    const slot = { startsAt: new Date("2026-12-17T17:00:00Z"), endsAt: new Date("2026-12-17T17:10:00Z") };
    const booking = {
      ...{ entity: "conversation_booking", action: "move", detail: "by teacher; slot 1a" },
      reference: {
        kind: "conversationSlot",
        id: "1a",
        by: "teacher",
        thing: { ...slot, teacher: "Juf Anna" },
      } as const,
    };
    expect(auditDetail(daycare, "nl", booking)).toBe(
      "Door de pedagogisch medewerker, tijdvak donderdag 17 december 18:00–18:10 bij Juf Anna",
    );
    const staff = { entity: "staff", action: "update", detail: "roles: school_leader", reference: null };
    expect(auditDetail(daycare, "nl", staff)).toBe("Rollen: leidinggevende");
  });
});
