import { describe, expect, it } from "vitest";
import { loggedLines } from "../helpers/log-lines.js";
import { lastMailTo, signIn, TestClient, useTestContext } from "../helpers/app.js";
import { createSchool } from "../helpers/factories.js";
import { loggablePath } from "../../src/logger.js";
import {
  createMeasurementAs,
  openLinkOf,
  questionnaireLink,
  runQueuedInvitations,
} from "../../src/features/measurements/testing.js";

/** Every line the app logs, parsed. */
const { lines, logger } = loggedLines();
const ctx = useTestContext({}, { logger });

const requestLines = () => lines.filter((line) => line.msg === "request");

describe("the request log", () => {
  it("logs questionnaire, open-link and sign-in requests without their tokens", async () => {
    const school = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    const signInToken = (await lastMailTo(ctx, school.leader.email))!.text.match(/token=([A-Za-z0-9_-]+)/)![1]!;
    const id = await createMeasurementAs(leader, { parents: school.groupA.id, pupils: school.groupA.id });
    await runQueuedInvitations(ctx, id);
    const link = await questionnaireLink(ctx, school.parent.email);
    const open = await openLinkOf(leader, id, "Leerlingen van Groep A");
    const respondent = new TestClient(ctx.app);
    await respondent.get(`${link}/send`);
    await respondent.post(`${link}/send`);
    await respondent.get(`/sign-in/link?token=${signInToken}`);
    await respondent.get(open);

    const logged = JSON.stringify(requestLines());
    for (const token of [link.split("/")[2]!, open.split("/")[3]!, signInToken]) expect(logged).not.toContain(token);
    const paths = requestLines().map((line) => line.path);
    expect(paths).toContain("/m/:token/send");
    expect(paths).toContain("/m/open/:token");
    expect(paths).toContain("/sign-in/link");
    expect(paths).toContain(`/organisation/measurements/${id}`);
  });

  it("hides a token with whatever a mail client or a browser added to it", () => {
    const token = "lrWbTmVhDL6vSZNN88wl3eHHmfsv61ejoLHiGjsHrlQ";
    for (const tail of [".", ")", ">", "%20", "%2F1", ".json", ";x", "%2F"]) {
      expect(loggablePath(`/m/${token}${tail}`)).not.toContain(token);
      expect(loggablePath(`/m/open/${token}${tail}`)).toMatch(/^\/m\/open\/:token/);
    }
  });

  it("keeps ids and words readable", () => {
    const id = "0b6f2f8e-3a9c-4a57-9c1e-2d6b1f0a9e11";
    expect(loggablePath(`/conversations/rounds/${id}/availability`)).toBe(`/conversations/rounds/${id}/availability`);
    expect(loggablePath("/account/two-factor/passkeys/options")).toBe("/account/two-factor/passkeys/options");
  });
});
