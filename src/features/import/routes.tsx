/**
 * The web import for staff who manage the organisation: upload → (columns) →
 * preview → import. The file stays on the server (import_uploads) between the
 * steps; nothing is written to pupils or guardians before the last step.
 */
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "../../web/env.js";
import { renderPage } from "../../web/layout.js";
import { organisationManagers, viewerOf } from "../../web/guards.js";
import { redirectWithFlash } from "../../web/flash.js";
import { oncePerForm } from "../../web/once-per-form.js";
import { uploadGate } from "../../attachments/index.js";
import { analyseFile, ImportFileProblem, initialChoices, type Analysis, type ColumnChoice } from "./analyse.js";
import { analysisOf, keepAnalysis } from "./analyses.js";
import { readColumnChoices, columnExamples } from "./columns-form.js";
import { readGroupChoices } from "./group-choices.js";
import { buildPreview, needsColumns } from "./service.js";
import { runImport } from "./run-import.js";
import { findUpload, saveColumns, saveUpload, UploadGone, type Upload, type UploadScope } from "./uploads.js";
import { ColumnsPage } from "./views/columns.js";
import { PreviewPage } from "./views/preview.js";
import { UploadPage } from "./views/upload.js";
import { columnsPath, importPath, previewPath } from "./views/shared.js";

const maxBytes = (c: Context<AppEnv>) => c.var.deps.config.IMPORT_MAX_MB * 1024 * 1024;

/**
 * Mounted before the CSRF check, which reads the whole form: a file that is far
 * too large is turned away before anything reads it. Multipart framing adds a
 * little to the file's own size. IMPORT_MAX_MB (5 by default) is far above a
 * school's export (under 1 MB) and keeps the one-time analysis short.
 */
export const importUploadLimit = uploadGate((c, next) =>
  bodyLimit({
    maxSize: maxBytes(c) + 64 * 1024,
    onError: (c) => c.redirect(`${importPath}?problem=tooLarge`, 303),
  })(c, next),
);

function tooLarge(c: Context<AppEnv>) {
  return uploadPage(c, c.var.t("import.upload.tooLarge", { maxMb: c.var.deps.config.IMPORT_MAX_MB }));
}

function scopeOf(c: Context<AppEnv>): UploadScope {
  const viewer = viewerOf(c);
  if (!viewer.current) throw new Error("guarded route without organisation");
  return { orgId: viewer.current.orgId, userId: viewer.userId };
}

function uploadPage(c: Context<AppEnv>, error?: string) {
  const maxMb = c.var.deps.config.IMPORT_MAX_MB;
  const page = <UploadPage t={c.var.t} csrf={c.var.csrfToken} maxMb={maxMb} error={error} />;
  return renderPage(c, { title: c.var.t("import.title"), children: page }, error ? 422 : 200);
}

/** Runs `next` with the viewer's upload, or sends them back to the start when it is gone. */
async function withUpload(c: Context<AppEnv>, next: (upload: Upload, scope: UploadScope) => Promise<Response>) {
  const scope = scopeOf(c);
  const upload = await findUpload(c.var.deps.db, scope, c.req.param("id") ?? "");
  const expired = () => redirectWithFlash(c, importPath, "import.upload.expired");
  if (!upload) return expired();
  try {
    return await next(upload, scope);
  } catch (error) {
    if (error instanceof UploadGone) return expired();
    throw error;
  }
}

const analysed = (c: Context<AppEnv>, upload: Upload) => analysisOf(c.var.deps.db, scopeOf(c), upload);

export const importRoutes = new Hono<AppEnv>()
  .use(importPath, organisationManagers)
  .use(`${importPath}/*`, organisationManagers)
  // ?problem=tooLarge: where importUploadLimit sends a file that was too large.
  .get(importPath, (c) => (c.req.query("problem") === "tooLarge" ? tooLarge(c) : uploadPage(c)))
  .post(importPath, async (c) => {
    const { t } = c.var;
    const file = (await c.req.parseBody())["file"];
    if (!(file instanceof File) || (file.size === 0 && file.name === ""))
      return uploadPage(c, t("import.upload.missing"));
    if (file.size > maxBytes(c)) return tooLarge(c);
    const bytes = new Uint8Array(await file.arrayBuffer());
    let analysis: Analysis;
    try {
      analysis = await analyseFile(bytes);
    } catch (error) {
      if (error instanceof ImportFileProblem) return uploadPage(c, t(error.code));
      throw error;
    }
    const next = await oncePerForm(c, async (db) => {
      const id = await saveUpload(db, scopeOf(c), { name: file.name.slice(0, 200), bytes });
      keepAnalysis(id, null, analysis);
      return needsColumns(null, analysis) ? columnsPath(id) : previewPath(id);
    });
    return c.redirect(next, 303);
  })
  .get(`${importPath}/:id/columns`, (c) =>
    withUpload(c, async (upload) => {
      return columnsPage(c, upload, initialChoices(await analysed(c, upload)));
    }),
  )
  .post(`${importPath}/:id/columns`, (c) =>
    withUpload(c, async (upload, scope) => {
      const headers = (await analysed(c, upload)).table.headers;
      const form = readColumnChoices(c.var.t, headers.length, await c.req.parseBody());
      if (!form.ok) return columnsPage(c, upload, form.choices, form.errors);
      await saveColumns(c.var.deps.db, scope, upload.id, form.choices);
      return c.redirect(previewPath(upload.id), 303);
    }),
  )
  .get(`${importPath}/:id`, (c) =>
    withUpload(c, async (upload, scope) => {
      const analysis = await analysed(c, upload);
      if (needsColumns(upload.columns, analysis)) return c.redirect(columnsPath(upload.id), 303);
      const preview = await buildPreview(c.var.deps.db, scope, upload, analysis);
      const page = <PreviewPage t={c.var.t} csrf={c.var.csrfToken} preview={preview} />;
      return renderPage(c, { title: c.var.t("import.preview.title"), children: page });
    }),
  )
  // Reached by reloading the result page or switching language on it: the preview says what is left to do.
  .get(`${importPath}/:id/confirm`, (c) => c.redirect(previewPath(c.req.param("id")), 303))
  .post(`${importPath}/:id/confirm`, (c) =>
    withUpload(c, async (upload, scope) => {
      const analysis = await analysed(c, upload);
      if (needsColumns(upload.columns, analysis)) return c.redirect(columnsPath(upload.id), 303);
      const form = readGroupChoices(await c.req.parseBody());
      const preview = await buildPreview(c.var.deps.db, scope, upload, analysis, form.decisions);
      // The button is not even shown with rejected rows; this answers a forged or stale request the same way.
      if (preview.rejected.length > 0 || preview.plan.groups.confirm) {
        const page = <PreviewPage t={c.var.t} csrf={c.var.csrfToken} preview={preview} chosen={form.chosen} />;
        return renderPage(c, { title: c.var.t("import.preview.title"), children: page }, 422);
      }
      return runImport(c, scope, upload.id, analysis.rows, form.decisions);
    }),
  );

async function columnsPage(
  c: Context<AppEnv>,
  upload: Upload,
  choices: ColumnChoice[],
  errors?: Record<string, string>,
) {
  const table = (await analysed(c, upload)).table;
  const page = (
    <ColumnsPage
      t={c.var.t}
      csrf={c.var.csrfToken}
      uploadId={upload.id}
      headers={table.headers}
      examples={columnExamples(table)}
      choices={choices}
      errors={errors}
    />
  );
  return renderPage(c, { title: c.var.t("import.columns.title"), children: page }, errors ? 422 : 200);
}
