import { describe, expect, it } from "vitest";
import { mergeCatalogs } from "../web/i18n/index.js";
import * as home from "./home/messages.js";
import { featureCatalogs } from "./catalogs.js";
import { catalogsOf, features } from "./index.js";

describe("the features' message catalogs", () => {
  it("never define one key twice", () => {
    const catalogs = catalogsOf(features);
    expect(Object.keys(catalogs)).toContain("measurements/staff");
    expect(() => mergeCatalogs(catalogs)).not.toThrow();
  });

  it("would refuse a feature whose catalog repeats a key of another feature", () => {
    const copy = { name: "copy", messages: { home } };
    expect(() => mergeCatalogs(catalogsOf([...features, copy]))).toThrow(
      /The message key "[\w.]+" is defined in two catalogs: home\/home and copy\/home\./,
    );
  });

  it("give each catalog the same keys in Dutch and English", () => {
    for (const [name, catalog] of Object.entries(catalogsOf(features))) {
      expect(Object.keys(catalog.en).sort(), name).toEqual(Object.keys(catalog.nl).sort());
    }
  });

  it("are all in the command line's list, which holds nothing else (catalogs.ts)", () => {
    const manifests = catalogsOf(features);
    expect(Object.keys(featureCatalogs)).toEqual(Object.keys(manifests));
    for (const [name, catalog] of Object.entries(manifests)) expect(featureCatalogs[name], name).toBe(catalog);
  });
});
