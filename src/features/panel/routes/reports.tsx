/**
 * The published reports, for anyone, answered before the session (the manifest's publicRoutes):
 * /panel/rapporten (the years, and a year's reports side by side with ?jaar=), a report's page
 * with its server-drawn charts and tables, and its PDF.
 */
import { Hono } from "hono";
import { getCookie } from "hono/cookie";
import { z } from "zod";
import type { AppEnv } from "../../../web/env.js";
import { NotFoundError } from "../../../web/errors.js";
import { chooseLocale, LANGUAGE_COOKIE, translator } from "../../../web/i18n/index.js";
import { renderPublicPage } from "../../../web/layout.js";
import { pathId } from "../../../web/route-context.js";
import { reportPdf } from "../pdf.js";
import { publishedReport, reportsOfYear, reportYears } from "../service/report.js";
import { ReportPage, ReportsPage } from "../views/report.js";

const yearSchema = z.coerce.number().int().min(2000).max(2100);

export const reportRoutes = new Hono<AppEnv>()
  .get("/panel/rapporten", async (c) => {
    const { db } = c.var.deps;
    const years = await reportYears(db);
    const asked = yearSchema.safeParse(c.req.query("jaar"));
    const year = asked.success ? asked.data : (years[0] ?? null);
    const reports = year === null ? [] : await reportsOfYear(db, year);
    return renderPublicPage(c, (t, locale) => ({
      title: t("panel.reports.title"),
      children: <ReportsPage t={t} locale={locale} years={years} year={year} reports={reports} />,
    }));
  })
  .get("/panel/rapporten/:survey", async (c) => {
    const report = await publishedReport(c.var.deps.db, pathId(c, "survey"));
    if (!report) throw new NotFoundError("panel report");
    return renderPublicPage(c, (t, locale) => ({
      title: report.survey.title[locale],
      children: (
        <ReportPage t={t} locale={locale} report={report} pdfHref={`/panel/rapporten/${report.survey.id}/pdf`} />
      ),
    }));
  })
  .get("/panel/rapporten/:survey/pdf", async (c) => {
    const report = await publishedReport(c.var.deps.db, pathId(c, "survey"));
    if (!report) throw new NotFoundError("panel report");
    const locale = chooseLocale(getCookie(c, LANGUAGE_COOKIE), c.req.header("accept-language"));
    const pdf = await reportPdf(translator(locale), locale, report);
    c.header("Content-Type", "application/pdf");
    c.header("Content-Disposition", 'attachment; filename="ouderpanel-rapport.pdf"');
    return c.body(new Uint8Array(pdf));
  });
