import { describe, expect, it } from "vitest";
import { viewerWith } from "../../../tests/helpers/viewer.js";
import { mayManageNews, mayPostNews, mayReactToNews, mayReadNews } from "./policy.js";

describe("news policy", () => {
  it("lets managers manage, teachers post, parents read and react", () => {
    const leader = viewerWith(["school_leader"]);
    const office = viewerWith(["office"]);
    const teacher = viewerWith(["teacher"]);
    const parent = viewerWith([], true);
    expect([leader, office, teacher, parent].map(mayManageNews)).toEqual([true, true, false, false]);
    expect([leader, office, teacher, parent].map(mayPostNews)).toEqual([true, true, true, false]);
    expect([leader, teacher, parent].map(mayReactToNews)).toEqual([false, false, true]);
    expect([leader, teacher, parent, viewerWith([])].map(mayReadNews)).toEqual([true, true, true, false]);
  });
});
