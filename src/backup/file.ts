/** Reading and writing the gzip'd lines of a backup file, streamed, never all in memory. */
import fs from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import { BackupError } from "./backup-error.js";

/**
 * Writes the lines to file through a temporary file renamed at the end, so a
 * backup that fails half-way never leaves a file that looks like a backup.
 */
export async function writeLines(file: string, lines: AsyncIterable<string>): Promise<void> {
  if (fs.existsSync(file)) throw new BackupError(`${file} already exists. Choose another name or remove it first.`);
  const partial = `${file}.partial`;
  try {
    await pipeline(Readable.from(lines), createGzip(), fs.createWriteStream(partial));
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/** The lines of a gzip'd file; a damaged or cut-off file throws a BackupError. */
export async function* readLines(file: string): AsyncGenerator<string> {
  if (!fs.existsSync(file)) throw new BackupError(`There is no file ${file}.`);
  const input = fs.createReadStream(file);
  const gunzip = createGunzip();
  input.on("error", (error) => gunzip.destroy(error));
  gunzip.setEncoding("utf8");
  let rest = "";
  try {
    for await (const chunk of input.pipe(gunzip) as AsyncIterable<string>) {
      const parts = (rest + chunk).split("\n");
      rest = parts.pop() ?? "";
      yield* parts;
    }
  } catch (error) {
    if (String((error as NodeJS.ErrnoException).code).startsWith("Z_")) {
      throw new BackupError(`${file} is damaged or incomplete, or not a Samen backup (${(error as Error).message}).`);
    }
    throw error;
  } finally {
    input.destroy(); // also when the reader stops early, e.g. at a refused header
  }
  if (rest) yield rest;
}
