/**
 * Uploaded files between the steps of the web import. An upload belongs to
 * the organisation (row-level security) and is only found by the person who
 * uploaded it.
 */
import { and, eq, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { withOrg, type Db, type Tx } from "../../db/client.js";
import { importUploads } from "../../db/schema/index.js";

export interface UploadScope {
  orgId: string;
  userId: string;
}

/** Without the file's bytes: a step reads them only when it has no analysis of them (analyses.ts). */
export type Upload = Omit<typeof importUploads.$inferSelect, "content">;

const uploadId = z.uuid();

/** Stores a new upload and deletes this organisation's uploads older than a day. */
export function saveUpload(db: Db, scope: UploadScope, file: { name: string; bytes: Uint8Array }): Promise<string> {
  return withOrg(db, scope, async (tx) => {
    await tx
      .delete(importUploads)
      .where(and(eq(importUploads.orgId, scope.orgId), lt(importUploads.createdAt, sql`now() - interval '1 day'`)));
    const [row] = await tx
      .insert(importUploads)
      .values({ orgId: scope.orgId, createdBy: scope.userId, fileName: file.name, content: file.bytes })
      .returning({ id: importUploads.id });
    if (!row) throw new Error("insert returned no row");
    return row.id;
  });
}

function mine(scope: UploadScope, id: string) {
  return and(eq(importUploads.orgId, scope.orgId), eq(importUploads.id, id), eq(importUploads.createdBy, scope.userId));
}

/** The upload, or null when it does not exist, is someone else's, or the id is malformed. */
export async function findUpload(db: Db, scope: UploadScope, id: string): Promise<Upload | null> {
  if (!uploadId.safeParse(id).success) return null;
  const { id: uploadIdColumn, orgId, createdBy, fileName, columns, createdAt } = importUploads;
  const [row] = await withOrg(db, scope, (tx) =>
    tx
      .select({ id: uploadIdColumn, orgId, createdBy, fileName, columns, createdAt })
      .from(importUploads)
      .where(mine(scope, id)),
  );
  return row ?? null;
}

/** The upload was imported (from another tab) or expired after it was found. */
export class UploadGone extends Error {
  constructor() {
    super("import upload gone");
    this.name = "UploadGone";
  }
}

/**
 * The bytes of an upload found before. Read only when needed: receiving 5 MB from the database
 * took the server's thread for 60–350 ms on every preview (docs/benchmarks.md, import).
 */
export async function uploadContent(db: Db, scope: UploadScope, id: string): Promise<Uint8Array> {
  const [row] = await withOrg(db, scope, (tx) =>
    tx.select({ content: importUploads.content }).from(importUploads).where(mine(scope, id)),
  );
  if (!row) throw new UploadGone();
  return row.content;
}

export async function saveColumns(db: Db, scope: UploadScope, id: string, columns: string[]): Promise<void> {
  await withOrg(db, scope, (tx) => tx.update(importUploads).set({ columns }).where(mine(scope, id)));
}

/**
 * Deletes the upload inside the import's transaction; false when it is already
 * gone. A second click on Import (or a second tab) waits for the first and then
 * finds nothing, so a file is imported once.
 */
export async function takeUpload(tx: Tx, scope: UploadScope, id: string): Promise<boolean> {
  const deleted = await tx.delete(importUploads).where(mine(scope, id)).returning({ id: importUploads.id });
  return deleted.length > 0;
}
