import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { mergeCatalogs, type Catalog } from "../web/i18n/index.js";
import * as home from "./home/messages.js";
import { featureCatalogs } from "./catalogs.js";

describe("the features' message catalogs", () => {
  it("never define one key twice", () => {
    expect(Object.keys(featureCatalogs)).toContain("measurements/staff");
    expect(() => mergeCatalogs(featureCatalogs)).not.toThrow();
  });

  it("would refuse a feature whose catalog repeats a key of another feature", () => {
    expect(() => mergeCatalogs({ ...featureCatalogs, "copy/home": home })).toThrow(
      /The message key "[\w.]+" is defined in two catalogs: home\/home and copy\/home\./,
    );
  });

  it("give each catalog the same keys in Dutch and English", () => {
    for (const [name, catalog] of Object.entries(featureCatalogs)) {
      expect(Object.keys(catalog.en).sort(), name).toEqual(Object.keys(catalog.nl).sort());
    }
  });

  it("are all in the one list (catalogs.ts): every *messages.ts module in src that is a catalog", async () => {
    const src = fileURLToPath(new URL("..", import.meta.url));
    const paths = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((path) =>
      path.endsWith("messages.ts"),
    );
    const listed = new Set<Catalog>(Object.values(featureCatalogs));
    let catalogs = 0;
    for (const path of paths) {
      const module: Partial<Catalog> = await import(`../${path.replace(/\.ts$/, ".js")}`);
      if (!module.nl || !module.en) continue; // not a catalog (the messages table's schema)
      catalogs++;
      expect(listed.has(module as Catalog), path).toBe(true);
    }
    expect(catalogs).toBe(listed.size);
  });
});
