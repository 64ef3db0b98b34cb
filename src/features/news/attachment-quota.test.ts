/**
 * A news post's files count towards the writer's day's room for attachments, and the organisation's:
 * a post or an edit whose files no longer fit is shown again with the reason beside the files, and
 * nothing of it is stored (the room is claimed in the transaction that stores the post). A daycare
 * reads the organisation's limit in its own words.
 */
import { describe, expect, it } from "vitest";
import { schoolSignedIn, useTestContext } from "../../../tests/helpers/app.js";
import { daycareSignedIn, expectNoSchoolWords } from "../../../tests/helpers/wording.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";
import { pdfOfSize } from "../../attachments/testing/files.js";
import { postFormData, postNewsAs, storedNews } from "./testing/fixtures.js";

const ctx = useTestContext({ ATTACHMENT_DAILY_MB_PERSON: "1", ATTACHMENT_DAILY_MB_ORG: "1" });
const KB = 1024;
const quotaMessage =
  "U heeft vandaag al zoveel bestanden toegevoegd dat deze er niet meer bij passen (hoogstens 1 MB per dag).";

describe("a post's files beyond the writer's day's room", () => {
  it("are refused beside the files on a new post and an edit, storing nothing", async () => {
    const { school, leader } = await schoolSignedIn(ctx);
    const postId = await postNewsAs(leader, { title: "Brief" }, [["brief.pdf", pdfOfSize(700 * KB)]]);
    const before = await storedNews(ctx, school);
    const more: [string, Uint8Array][] = [["bijlage.pdf", pdfOfSize(400 * KB)]];
    await expectRefused(await leader.postMultipart("/news/new", postFormData({ title: "Nog een" }, more)), [
      quotaMessage,
    ]);
    const edit = postFormData({ title: "Brief, aangevuld" }, more);
    await expectRefused(await leader.postMultipart(`/news/${postId}/edit`, edit), [quotaMessage]);
    expect((await storedNews(ctx, school)).posts).toEqual(before.posts);
    const page = await (await leader.get(`/news/${postId}`)).text();
    expect(page).toContain("brief.pdf");
    expect(page).not.toContain("bijlage.pdf");
  });
});

describe("a daycare's files beyond its day's room", () => {
  it("are refused in the setting's words, in Dutch and English", async () => {
    const { daycare, manager, pm } = await daycareSignedIn(ctx);
    await postNewsAs(manager, { title: "Brief" }, [["brief.pdf", pdfOfSize(700 * KB)]]);
    const toGroup = { title: "Uitje", audience: "groups", groupIds: [daycare.groupA.id] };
    const more: [string, Uint8Array][] = [["bijlage.pdf", pdfOfSize(400 * KB)]];
    const refused = {
      nl: "Uw opvang heeft vandaag al zoveel bestanden toegevoegd dat deze er niet meer bij passen (hoogstens 1 MB per dag voor de hele opvang).",
      en: "Your setting has added so many files today that these no longer fit (at most 1 MB a day for the whole setting).",
    };
    for (const locale of ["nl", "en"] as const) {
      await pm.post("/language", { locale, back: "/home" });
      const html = await expectRefused(await pm.postMultipart("/news/new", postFormData(toGroup, more)), [
        refused[locale],
      ]);
      expectNoSchoolWords(html);
    }
  });
});
