/** A download's name can neither climb out of a folder, hide its type, nor break the header it is sent in. */
import { describe, expect, it } from "vitest";
import { contentDisposition, safeFileName } from "./names.js";

describe("safe file names", () => {
  it.each([
    ["../../etc/passwd", "passwd.pdf"],
    ["C:\\Users\\juf\\Desktop\\rooster.pdf", "rooster.pdf"],
    ["in\"put's.pdf", "inputs.pdf"],
    ["gpj\u202E.exe", "gpj.pdf"],
    ["line\r\nbreak.pdf", "linebreak.pdf"],
    ["...", "attachment.pdf"],
    ["   .pdf", "attachment.pdf"],
    ["Zoë's verslag groep 5.PDF", "Zoës verslag groep 5.pdf"],
  ])("%j becomes %j", (name, safe) => {
    expect(safeFileName(name, "pdf")).toBe(safe);
  });

  it("shortens a very long name and keeps the type's extension", () => {
    const name = safeFileName(`${"a".repeat(300)}.exe`, "jpg");
    expect(name).toBe(`${"a".repeat(100)}.jpg`);
  });
});

describe("Content-Disposition", () => {
  it("sends an ASCII name for old clients and the exact name as filename* (RFC 5987)", () => {
    expect(contentDisposition("attachment", "Zoës verslag (1).pdf")).toBe(
      "attachment; filename=\"Zoes verslag (1).pdf\"; filename*=UTF-8''Zo%C3%ABs%20verslag%20%281%29.pdf",
    );
    expect(contentDisposition("inline", "فطور.jpg")).toBe(
      "inline; filename=\"attachment.jpg\"; filename*=UTF-8''%D9%81%D8%B7%D9%88%D8%B1.jpg",
    );
  });
});
