/**
 * The import itself, answered as a streamed page: the layout, a progress line
 * per batch, then the outcome. Chosen over a status page that refreshes itself
 * because the embedded database runs one transaction at a time: a status
 * request would wait for the import to finish before it could answer, so it
 * could never show progress. The stream works the same on PostgreSQL, needs no
 * JavaScript, and the import's own request reports on itself.
 */
import type { Context } from "hono";
import type { AppEnv } from "../../web/env.js";
import type { MessageKey } from "../../web/i18n/index.js";
import { ImportRefused } from "./apply.js";
import type { GroupDecisions } from "./plan.js";
import type { RowResult } from "./rows.js";
import { importUpload } from "./service.js";
import { streamPage, type Write } from "./stream-page.js";
import type { UploadScope } from "./uploads.js";
import { Busy, Done, Failed, ProgressLine, ResultShell } from "./views/result.js";

export function runImport(
  c: Context<AppEnv>,
  scope: UploadScope,
  uploadId: string,
  rows: readonly RowResult[],
  groups: GroupDecisions,
) {
  const { t } = c.var;
  return streamPage(c, { title: t("import.title"), children: <ResultShell t={t} /> }, async (write) => {
    await write(String(<Busy t={t} />) + '<div class="import-progress">');
    const outcome = await importUpload(c.var.deps.db, scope, {
      uploadId,
      rows,
      groups,
      onProgress: (done, total) => write(String(<ProgressLine t={t} done={done} total={total} />)),
    }).catch((error: unknown) => failure(c, error));
    await write("</div>");
    await finish(c, write, outcome);
  });
}

type Outcome = Awaited<ReturnType<typeof importUpload>> | MessageKey;

async function finish(c: Context<AppEnv>, write: Write, outcome: Outcome) {
  const { t } = c.var;
  if (outcome === null) await write(String(<Failed t={t} reason="import.upload.expired" />));
  else if (typeof outcome === "string") await write(String(<Failed t={t} reason={outcome} />));
  else {
    c.var.log.info({ counts: outcome.plan.counts }, "import done");
    await write(String(<Done t={t} counts={outcome.plan.counts} />));
  }
}

/** Why the import did not happen, as a message key; logs what the user cannot fix. */
function failure(c: Context<AppEnv>, error: unknown): MessageKey {
  if (error instanceof ImportRefused) return error.code;
  const cause = (error as { cause?: { code?: unknown; constraint?: unknown } }).cause;
  // The query error's message holds the pupils' data as parameters: log only what identifies the failure.
  if (cause?.code === "23505") {
    c.var.log.warn({ constraint: cause.constraint }, "import refused by a unique index");
    return "import.failed.conflict";
  }
  c.var.log.error({ code: cause?.code, name: (error as Error).name }, "import failed");
  return "import.failed.server";
}
