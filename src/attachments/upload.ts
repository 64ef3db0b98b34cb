/**
 * Reading attachments from a posted form (multipart, so it works without JavaScript): every file
 * of a field checked (check.ts), or the first problem as a message key with the file's name, for
 * the form to show beside the field. An empty file input (nothing chosen) is no file. Files that
 * would pass the day's room of the person or their organisation (quota.ts) are refused as a whole.
 */
import type { Context } from "hono";
import type { AppEnv } from "../web/env.js";
import type { MessageKey } from "../web/i18n/index.js";
import { prepareAttachment, type AttachmentLimits, type AttachmentProblem } from "./check.js";
import { quotaRefusal } from "./quota.js";
import type { PreparedAttachment } from "./types.js";

export type UploadResult =
  { ok: true; files: PreparedAttachment[] } | { ok: false; key: MessageKey; params: Record<string, string | number> };

const problemKeys: Record<AttachmentProblem, MessageKey> = {
  empty: "attachments.error.empty",
  tooLarge: "attachments.error.tooLarge",
  type: "attachments.error.type",
  damaged: "attachments.error.damaged",
  tooMany: "attachments.error.tooMany",
};

/** The limits of this deployment (ATTACHMENT_MAX_MB), at most ten files at once. */
export function attachmentLimits(c: Context<AppEnv>): AttachmentLimits {
  return { maxBytes: c.var.deps.config.ATTACHMENT_MAX_MB * 1024 * 1024, maxFiles: 10 };
}

function chosenFiles(value: unknown): File[] {
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v): v is File => v instanceof File && !(v.size === 0 && v.name === ""));
}

export async function readAttachmentUploads(
  c: Context<AppEnv>,
  field: string,
  limits: AttachmentLimits = attachmentLimits(c),
): Promise<UploadResult> {
  const body = await c.req.parseBody({ all: true });
  const files = chosenFiles(body[field]);
  const params = { max: limits.maxFiles, maxMb: Math.floor(limits.maxBytes / (1024 * 1024)) };
  if (files.length > limits.maxFiles) return { ok: false, key: problemKeys.tooMany, params };
  const prepared: PreparedAttachment[] = [];
  for (const file of files) {
    const checked = await prepareAttachment(
      { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
      limits,
    );
    if (!checked.ok) return { ok: false, key: problemKeys[checked.problem], params: { ...params, name: checked.name } };
    prepared.push(checked.file);
  }
  const refusal = await dailyRoom(c, prepared);
  return refusal ? { ok: false, ...refusal } : { ok: true, files: prepared };
}

/** The quota of the viewer and their organisation; none outside an organisation (the public side's editors). */
async function dailyRoom(c: Context<AppEnv>, files: readonly PreparedAttachment[]) {
  const organisation = c.var.viewer?.current;
  if (!organisation || files.length === 0) return null;
  const bytes = files.reduce((sum, file) => sum + file.bytes.byteLength, 0);
  const scope = { orgId: organisation.orgId, userId: c.var.viewer!.userId };
  return quotaRefusal(c.var.deps.db, c.var.deps.config, scope, bytes);
}
