/**
 * Bytes to and from PGlite as one hex string made by Buffer. PGlite's own bytea serializer builds
 * an array of numbers and then one of two-character strings for every byte (Array.from(…).map(…)
 * .join), some 40 bytes of heap per byte of the file: a 10 MB attachment took ~400 MB while it was
 * inserted, and its parser does the same per byte on reading. Buffer's hex is one string of twice
 * the bytes, made in native code. PostgreSQL over node-postgres gets a Buffer and is not affected.
 */
import { types } from "@electric-sql/pglite";

const toHex = (value: Uint8Array) =>
  `\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("hex")}`;

const fromHex = (text: string): Uint8Array => {
  const bytes = Buffer.from(text.slice(2), "hex");
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
};

export const byteaSerializers = { [types.BYTEA]: toHex };
export const byteaParsers = { [types.BYTEA]: fromHex };
