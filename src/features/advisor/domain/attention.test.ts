import { describe, expect, it } from "vitest";
import { attentionOf, byAttention, type AttentionInput } from "./attention.js";

const today = "2026-12-02";
const base: AttentionInput = {
  orgName: "",
  active: true,
  overdue: 0,
  deadlineNear: false,
  finalDueOn: "2027-10-01",
  awaitingReview: false,
  nextSessionOn: null,
};
const row = (orgName: string, input: Partial<AttentionInput>) => ({
  orgName,
  attention: attentionOf({ ...base, orgName, ...input }, today),
});

describe("what needs the advisor's attention", () => {
  it("orders overdue (most first), a near deadline (soonest first), a review, a session soon, the rest, no trajectory", () => {
    const rows = [
      row("Geen", { active: false }),
      row("Rustig", {}),
      row("Later", { nextSessionOn: "2026-12-30" }),
      row("Sessie", { nextSessionOn: "2026-12-10" }),
      row("Besluit", { awaitingReview: true }),
      row("Deadline later", { deadlineNear: true, finalDueOn: "2027-02-01" }),
      row("Deadline", { deadlineNear: true, finalDueOn: "2027-01-01" }),
      row("Eén te laat", { overdue: 1, deadlineNear: true }),
      row("Drie te laat", { overdue: 3 }),
    ];
    expect(byAttention(rows).map((r) => r.orgName)).toEqual([
      "Drie te laat",
      "Eén te laat",
      "Deadline",
      "Deadline later",
      "Besluit",
      "Sessie",
      "Later",
      "Rustig",
      "Geen",
    ]);
  });

  it("orders by name within the same reason", () => {
    expect(byAttention([row("Zon", {}), row("appel", {}), row("Boom", {})]).map((r) => r.orgName)).toEqual([
      "appel",
      "Boom",
      "Zon",
    ]);
  });
});
