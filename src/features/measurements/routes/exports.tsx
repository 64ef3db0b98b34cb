/**
 * Downloads of a closed measurement, for those who may see its results: the
 * PDF report and the aggregated results as CSV or XLSX (from the same results
 * object as the page), and, for those who run it, the anonymous responses as
 * CSV or XLSX, streamed.
 * Each download is written to the audit log.
 */
import { Hono, type Context } from "hono";
import { recordAudit } from "../../../audit/record.js";
import type { AppEnv } from "../../../web/env.js";
import { renderPage } from "../../../web/layout.js";
import { download, fileName, type FileType } from "../export/download.js";
import { reportPdf } from "../export/pdf/report.js";
import { responsesCsvStream, responsesXlsxStream } from "../export/responses-stream.js";
import { resultsCsv, resultsXlsx } from "../export/results-files.js";
import { instrumentByVersion } from "../instrument/index.js";
import { prepareResponseExport, reportFacts } from "../service/exports.js";
import { loadResults } from "../service/results.js";
import { inOrg } from "../../../db/org-scope.js";
import { MessagePage } from "../views/message.js";
import { readers, runners } from "../policy.js";
import { pathId, scopeOf } from "../../../web/route-context.js";

/** The measurement is still open: like the results page, say when the results come. */
function notYet(c: Context<AppEnv>, id: string) {
  const { t } = c.var;
  const back = { href: `/organisation/measurements/${id}`, label: t("measure.back") };
  const page = <MessagePage title={t("measure.results.title")} body={t("measure.results.notYet")} back={back} />;
  return renderPage(c, { title: t("measure.results.title"), children: page }, 409);
}

function audit(c: Context<AppEnv>, id: string, file: string) {
  const scope = scopeOf(c);
  return inOrg(scope, (tx) =>
    recordAudit(tx, {
      orgId: scope.orgId,
      userId: scope.userId,
      action: "export",
      entity: "measurement",
      entityId: id,
      detail: file,
    }),
  );
}

/** The results as the page shows them, with what a report needs besides; null while open. */
async function resultsInput(c: Context<AppEnv>, id: string) {
  const view = await loadResults(scopeOf(c), id);
  if (!view) return null;
  const facts = await reportFacts(scopeOf(c), id);
  const instrument = instrumentByVersion(view.results.instrumentVersion, c.var.wording);
  return { t: c.var.t, locale: c.var.locale, view, instrument, facts, extras: facts.extras };
}

async function resultsFile(c: Context<AppEnv>, type: FileType) {
  const id = pathId(c, "id");
  const input = await resultsInput(c, id);
  if (!input) return notYet(c, id);
  const { t, view } = input;
  const body = type === "pdf" ? await reportPdf(input) : type === "csv" ? resultsCsv(input) : await resultsXlsx(input);
  const prefix = type === "pdf" ? t("measure.export.file.report") : t("measure.export.file.results");
  await audit(c, id, type === "pdf" ? "report.pdf" : `results.${type}`);
  return download(typeof body === "string" ? body : new Uint8Array(body), fileName(prefix, view.title, type), type);
}

async function responsesFile(c: Context<AppEnv>, type: "csv" | "xlsx") {
  const id = pathId(c, "id");
  const scope = scopeOf(c);
  const prepared = await prepareResponseExport(scope, id);
  if (!prepared) return notYet(c, id);
  const { t, locale } = c.var;
  const input = { scope, measurementId: id, t, locale, wording: c.var.wording, prepared };
  await audit(c, id, `responses.${type}`);
  const stream = type === "csv" ? responsesCsvStream(input) : responsesXlsxStream(input);
  return download(stream, fileName(t("measure.export.file.responses"), prepared.title, type), type);
}

/** Mounted under /organisation/measurements. */
export const exportRoutes = new Hono<AppEnv>()
  .use("/:id/export/*", readers)
  .get("/:id/export/report.pdf", (c) => resultsFile(c, "pdf"))
  .get("/:id/export/results.csv", (c) => resultsFile(c, "csv"))
  .get("/:id/export/results.xlsx", (c) => resultsFile(c, "xlsx"))
  .get("/:id/export/responses.csv", runners, (c) => responsesFile(c, "csv"))
  .get("/:id/export/responses.xlsx", runners, (c) => responsesFile(c, "xlsx"));
