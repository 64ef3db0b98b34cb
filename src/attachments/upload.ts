/**
 * Reading attachments from a posted form (multipart, so it works without JavaScript): every file
 * of a field checked (check.ts), or the first problem as a message key with the file's name, for
 * the form to show beside the field. An empty file input (nothing chosen) is no file. The files
 * carry the day's room of this deployment, which storing them claims (quota.ts, store.ts).
 */
import type { Context } from "hono";
import type { AppEnv } from "../web/env.js";
import type { MessageKey } from "../web/i18n/index.js";
import type { DailyRoom } from "./quota.js";
import { prepareAttachment, type AttachmentLimits, type AttachmentProblem } from "./check.js";
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
    prepared.push({ ...checked.file, room: dailyRoom(c) });
  }
  return { ok: true, files: prepared };
}

const dailyRoom = (c: Context<AppEnv>): DailyRoom => {
  const { ATTACHMENT_DAILY_MB_PERSON, ATTACHMENT_DAILY_MB_ORG } = c.var.deps.config;
  return { ATTACHMENT_DAILY_MB_PERSON, ATTACHMENT_DAILY_MB_ORG };
};
