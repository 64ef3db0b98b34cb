import { describe, expect, it } from "vitest";
import { translator, type Translate } from "./i18n/index.js";
import { roleNames, rolesInText } from "./role-names.js";

describe("role names", () => {
  it("keep their capital alone and read in lower case inside a sentence", () => {
    const t = translator("nl");
    expect(roleNames(t, ["coordinator", "teacher"])).toBe("Coördinator ouderbetrokkenheid, Leraar");
    expect(rolesInText(t, ["coordinator", "teacher"])).toBe("coördinator ouderbetrokkenheid, leraar");
    expect(rolesInText(translator("en"), ["school_leader", "admin"])).toBe("school leader, platform administrator");
  });

  it("leave an abbreviation at the start of a name as it is", () => {
    const names: Record<string, string> = { "role.teacher": "ICT-coördinator", "role.mentor": "Mentor BSO" };
    const t = ((key: string) => names[key]) as Translate;
    expect(rolesInText(t, ["teacher", "mentor"])).toBe("ICT-coördinator, mentor BSO");
  });
});
