/** GET /attachments/:attachmentId: an attachment for a signed-in person its owning record lets see it. */
import { Hono } from "hono";
import type { AppEnv } from "../web/env.js";
import { NotFoundError } from "../web/errors.js";
import { requireViewer, viewerOf } from "../web/guards.js";
import { pathId, scopeOf } from "../web/route-context.js";
import { downloadResponse, readAttachment } from "./download.js";

export const attachmentPath = (attachmentId: string) => `/attachments/${attachmentId}`;

export const attachmentRoutes = new Hono<AppEnv>().get("/attachments/:attachmentId", requireViewer, async (c) => {
  const attachmentId = pathId(c, "attachmentId");
  const scope = scopeOf(c);
  const download = await readAttachment({ ...scope, viewer: viewerOf(c), attachmentId });
  if (!download) throw new NotFoundError("attachment");
  return downloadResponse(scope, download);
});
