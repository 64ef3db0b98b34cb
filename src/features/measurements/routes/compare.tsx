/** /organisation/measurements/compare: a nulmeting against a later measurement of the same school, with the change. */
import { Hono } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { renderPage } from "../../../web/layout.js";
import { currentInstrument } from "../instrument/index.js";
import { comparisonQuery, loadComparison } from "../service/compare.js";
import { ComparePage } from "../views/compare.js";
import { readers } from "../policy.js";
import { scopeOf } from "../../../web/route-context.js";

export const compareRoutes = new Hono<AppEnv>().use("*", readers).get("/", async (c) => {
  // A choice that is not a measurement of this school falls back to the default pair.
  const query = comparisonQuery.parse({ from: c.req.query("from"), to: c.req.query("to") });
  const view = await loadComparison(scopeOf(c), query);
  const { t, locale } = c.var;
  // Domain names only: every instrument version names the same six domains.
  const page = <ComparePage t={t} locale={locale} view={view} instrument={currentInstrument} />;
  return renderPage(c, { title: t("measure.compare.title"), children: page });
});
