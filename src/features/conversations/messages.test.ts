import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { en, nl } from "./messages.js";
import type { BookingRefusal } from "./domain/rules.js";
import type { UnplacedReason } from "./domain/fair-allocation.js";

const domain = new URL("./domain/", import.meta.url);

describe("conversation messages", () => {
  it("has a Dutch and English text for every message key the domain code uses", () => {
    const sources = readdirSync(domain)
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
      .map((name) => readFileSync(new URL(name, domain), "utf8"))
      .join("\n");
    const used = new Set(sources.match(/"conversations\.[a-z]+\.[a-zA-Z]+"/g)?.map((key) => key.slice(1, -1)));
    expect(used.size).toBeGreaterThan(10);
    for (const key of used) {
      expect(nl).toHaveProperty([key]);
      expect(en).toHaveProperty([key]);
    }
  });

  it("explains every refusal and every reason a family was not placed", () => {
    const refusals: BookingRefusal[] = [
      "slotTaken",
      "outsideWindow",
      "afterDeadline",
      "notYourChild",
      "alreadyBooked",
      "notYourBooking",
    ];
    const reasons: UnplacedReason[] = ["noSuitableTime", "conflicts", "tooFewTimes"];
    for (const code of refusals) expect(nl).toHaveProperty([`conversations.refusal.${code}`]);
    for (const code of reasons) expect(nl).toHaveProperty([`conversations.unplaced.${code}`]);
  });
});
