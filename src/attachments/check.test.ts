/**
 * What a file becomes before anyone else sees it: a photo upright and without its camera's
 * metadata (the GPS position of a family's home never reaches other parents), a PDF as it came,
 * and anything else, whatever its name says, refused with the reason.
 */
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { prepareAttachment, type Checked } from "./check.js";
import { brokenJpeg, hasGpsDirectory, pdf, photoWithGps, svgWithScript, windowsProgram } from "./testing/files.js";

const limits = { maxBytes: 1024 * 1024, maxFiles: 10 };

function prepared(checked: Checked) {
  if (!checked.ok) throw new Error(`refused: ${checked.problem}`);
  return checked.file;
}

describe("preparing an attachment", () => {
  it("stores a phone photo upright, without its GPS position or any other metadata", async () => {
    const photo = await photoWithGps();
    const before = await sharp(photo).metadata();
    expect(hasGpsDirectory(before.exif)).toBe(true);
    expect(photo.toString("latin1")).toContain("SamenPhone");

    const file = prepared(await prepareAttachment({ name: "IMG_0001.JPG", bytes: photo }, limits));
    const stored = Buffer.from(file.bytes);
    const after = await sharp(stored).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(stored.includes(Buffer.from("Exif\0\0"))).toBe(false);
    expect(stored.toString("latin1")).not.toContain("SamenPhone");
    expect([file.width, file.height, after.width, after.height]).toEqual([20, 40, 20, 40]);
    expect(file).toMatchObject({ mediaType: "image/jpeg", fileName: "IMG_0001.jpg" });
  });

  it("keeps a PDF byte for byte", async () => {
    const file = prepared(await prepareAttachment({ name: "brief.pdf", bytes: pdf }, limits));
    expect(Buffer.from(file.bytes).equals(pdf)).toBe(true);
    expect(file).toMatchObject({ mediaType: "application/pdf", fileName: "brief.pdf", width: null });
  });

  it("names a file by what its bytes are, not by its extension", async () => {
    const png = await sharp({ create: { width: 2, height: 2, channels: 4, background: "blue" } })
      .png()
      .toBuffer();
    const file = prepared(await prepareAttachment({ name: "foto.jpg", bytes: png }, limits));
    expect(file).toMatchObject({ mediaType: "image/png", fileName: "foto.png" });
  });

  it.each([
    ["a renamed program", "vakantie.jpg", windowsProgram, "type"],
    ["an SVG with a script", "tekening.svg", svgWithScript, "type"],
    ["an SVG named as a PNG", "tekening.png", svgWithScript, "type"],
    ["HTML named as a PDF", "brief.pdf", Buffer.from("<html><script>alert(1)</script></html>"), "type"],
    ["a JPEG that does not decode", "kapot.jpg", brokenJpeg, "damaged"],
    ["an empty file", "leeg.pdf", Buffer.alloc(0), "empty"],
  ])("refuses %s", async (_what, name, bytes, problem) => {
    expect(await prepareAttachment({ name, bytes }, limits)).toEqual({ ok: false, problem, name });
  });

  it("refuses a file over the limit before reading what it is", async () => {
    const big = Buffer.concat([pdf, Buffer.alloc(limits.maxBytes)]);
    expect(await prepareAttachment({ name: "groot.pdf", bytes: big }, limits)).toMatchObject({ problem: "tooLarge" });
  });
});
