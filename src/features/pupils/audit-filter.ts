/**
 * What the audit log's address asks for (/organisation/audit?…): the filters of its search form
 * and the place to page from. A page is named by the entry it starts after (`before`, older ones)
 * or before (`after`, newer ones), not by a number, so new entries never shift it.
 */
import { z } from "zod";
import { auditActions, auditEntities } from "../../audit/record.js";
import { isCalendarDate } from "../../lib/time/school-date.js";

/** A parameter left out or empty means "any"; a repeated one counts once (its first value). */
const optional = <T extends z.ZodType<string, string>>(schema: T) =>
  z
    .preprocess((value: unknown) => (Array.isArray(value) ? value[0] : value) || undefined, schema.optional())
    .transform((value) => value ?? "");

const date = z.string().refine(isCalendarDate, "error.date");
const entryId = z.guid("pupils.audit.filter.error.page");

export const auditQuery = z
  .object({
    entity: optional(z.enum(auditEntities, "pupils.audit.filter.error.entity")),
    action: optional(z.enum(auditActions, "pupils.audit.filter.error.action")),
    person: optional(z.guid("pupils.audit.filter.error.person")),
    from: optional(date),
    to: optional(date),
    before: optional(entryId),
    after: optional(entryId),
  })
  .superRefine((query, ctx) => {
    if (query.from && query.to && query.from > query.to)
      ctx.addIssue({ code: "custom", path: ["to"], message: "pupils.audit.filter.error.range" });
    if (query.before && query.after)
      ctx.addIssue({ code: "custom", path: ["before"], message: "pupils.audit.filter.error.page" });
  });
export type AuditQuery = z.infer<typeof auditQuery>;

/** The filters of a query, which every link from its pages keeps. */
export type AuditFilter = Omit<AuditQuery, "before" | "after">;
export const noFilter: AuditFilter = { entity: "", action: "", person: "", from: "", to: "" };

/** The filters of a query without its place. */
export function filterOf({ entity, action, person, from, to }: AuditQuery): AuditFilter {
  return { entity, action, person, from, to };
}

/** The page's address with these filters (the ones set) and a place to page from. */
export function auditHref(filter: AuditFilter, place: { before: string } | { after: string } | object = {}): string {
  const params = new URLSearchParams(
    Object.entries({ ...filter, ...place }).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  const query = params.toString();
  return query ? `/organisation/audit?${query}` : "/organisation/audit";
}
