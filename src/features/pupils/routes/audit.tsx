/** /organisation/audit: the audit trail, searched and paged, for the school leader. */
import { Hono } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { allow } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { validate } from "../../../web/validation.js";
import { canReadAudit } from "../access.js";
import { auditQuery, filterOf, noFilter } from "../audit-filter.js";
import { auditPeople, listAuditEntries } from "../service/audit-queries.js";
import { AuditPage } from "../views/audit.js";
import { pageProps, scopeOf } from "../../../web/route-context.js";

export const auditRoutes = new Hono<AppEnv>().get("/", allow(canReadAudit), async (c) => {
  const sent = c.req.query();
  const parsed = validate(c, auditQuery, sent, sent);
  const scope = scopeOf(c);
  // A bad address searches nothing: the form says what was wrong, as it was sent.
  const page = parsed.ok ? await listAuditEntries({ ...scope, query: parsed.data }) : null;
  // A place to page from is no field: what is wrong with it is said above the form.
  const { before, after, ...errors } = parsed.ok ? {} : parsed.errors;
  const lost = before ?? after ?? (parsed.ok && !page ? c.var.t("pupils.audit.filter.error.page") : undefined);
  const view = (
    <AuditPage
      {...pageProps(c)}
      filter={parsed.ok ? filterOf(parsed.data) : noFilter}
      form={{ values: sent, errors }}
      lost={lost}
      people={await auditPeople(scope)}
      page={page}
      paged={parsed.ok && Boolean(parsed.data.before || parsed.data.after)}
    />
  );
  return renderPage(c, { title: c.var.t("pupils.audit.title"), children: view }, page ? 200 : 422);
});
