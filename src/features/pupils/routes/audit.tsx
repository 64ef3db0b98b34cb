/** /organisation/audit: the latest audit entries, for the school leader. */
import { Hono } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { allow } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { canReadAudit } from "../access.js";
import { listAuditEntries } from "../service/audit-queries.js";
import { AuditPage } from "../views/audit.js";
import { pageProps, scopeOf } from "../../../web/route-context.js";

export const auditRoutes = new Hono<AppEnv>().get("/", allow(canReadAudit), async (c) => {
  const entries = await listAuditEntries(scopeOf(c));
  const { t } = c.var;
  const page = <AuditPage {...pageProps(c)} entries={entries} />;
  return renderPage(c, { title: t("pupils.audit.title"), children: page });
});
