import { describe, expect, it } from "vitest";
import { localPath } from "./local-path.js";

describe("localPath", () => {
  it("keeps a path of this site with its query and fragment", () => {
    expect(localPath("/conversations?round=1#slots")).toBe("/conversations?round=1#slots");
    expect(localPath("/a/../b")).toBe("/b");
  });

  it("refuses whatever a browser would open on another site", () => {
    for (const value of [
      "//evil.example",
      "/\\evil.example",
      "https://evil.example/x",
      "/.//evil.example/x",
      "/..//evil.example",
      "/%2e//evil.example",
      "\t//evil.example",
      "javascript:alert(1)",
    ]) {
      expect(localPath(value), value).toBeNull();
    }
  });

  it("gives nothing for nothing", () => {
    expect(localPath(undefined)).toBeNull();
    expect(localPath("")).toBeNull();
  });
});
