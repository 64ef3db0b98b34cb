import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createUser } from "../../../tests/helpers/factories.js";
import { lastMailTo, signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { registered, sessionFields, trainingWith, year } from "./testing/fixtures.js";
import { platformAuditLog, trainingRegistrations, trainingSessions } from "../../db/schema/index.js";
import { expectPage } from "../../../tests/helpers/page.js";

const ctx = useTestContext();

async function auditOf(entityId: string) {
  return ctx.database.db
    .select()
    .from(platformAuditLog)
    .where(eq(platformAuditLog.entityId, entityId))
    .orderBy(desc(platformAuditLog.at), desc(platformAuditLog.id));
}

describe("editing trainings", () => {
  it("an editor changes a training's texts and a date; those registered are told, with a new invitation", async () => {
    const { editor, editorId, slug, trainingId, sessionId } = await trainingWith(ctx, 1);
    const placed = await registered(ctx, slug, sessionId);
    const waiting = await registered(ctx, slug, sessionId);

    const form = await (await editor.get(`/trainings/manage/${slug}/edit`)).text();
    expect(form).toContain("Basiscursus MR");
    const saved = await editor.post(`/trainings/manage/${slug}/edit`, {
      titleNl: "Basiscursus medezeggenschap",
      titleEn: "Council basics",
      audienceNl: "Nieuwe leden",
      audienceEn: "New members",
      descriptionNl: "Over de **MR**.",
      descriptionEn: "About the **council**.",
    });
    expect(saved.status).toBe(303);
    expect(await (await new TestClient(ctx.app).get(`/trainings/${slug}`)).text()).toContain(
      "Basiscursus medezeggenschap",
    );
    expect(await auditOf(trainingId)).toMatchObject([{ userId: editorId, action: "update", entity: "training" }]);

    // The edit page shows the date as it is; fewer places than are taken is refused, nothing changed.
    const page = await (await editor.get(`/trainings/manage/${slug}/sessions/${sessionId}`)).text();
    expect(page).toContain(`value="10-02-${year}"`);
    const fewer = await editor.post(`/trainings/manage/${slug}/sessions/${sessionId}`, {
      ...sessionFields,
      capacity: "0",
    });
    expect(fewer.status).toBe(422);

    // Moved to another evening with one more place: the waiting one moves up, both are told.
    const moved = await editor.post(`/trainings/manage/${slug}/sessions/${sessionId}`, {
      ...sessionFields,
      date: `11-02-${year}`,
      capacity: "2",
    });
    expect(moved.status).toBe(303);
    const placedMail = await lastMailTo(ctx, placed);
    expect(placedMail?.subject).toBe("Gewijzigd: Basiscursus medezeggenschap");
    expect(placedMail?.text).toContain("U houdt uw plaats");
    const invitation = JSON.stringify(placedMail?.attachments);
    expect(invitation).toContain("METHOD:REQUEST");
    expect(invitation).toContain("SEQUENCE:1");
    // The waiting one was told of the change, then got the place the extra capacity made.
    expect((await lastMailTo(ctx, waiting))?.subject).toContain("plaats voor u vrijgekomen");
    const states = await ctx.database.db
      .select({ state: trainingRegistrations.state })
      .from(trainingRegistrations)
      .where(eq(trainingRegistrations.sessionId, sessionId));
    expect(states.map((s) => s.state)).toEqual(["placed", "placed"]);
    expect((await auditOf(sessionId))[0]).toMatchObject({ action: "update", entity: "training_session" });

    // Capacity alone changes no invitation: nobody is mailed.
    const before = await lastMailTo(ctx, placed);
    await editor.post(`/trainings/manage/${slug}/sessions/${sessionId}`, {
      ...sessionFields,
      date: `11-02-${year}`,
      capacity: "5",
    });
    expect((await lastMailTo(ctx, placed))?.id).toBe(before?.id);
  });

  it("deleting a date with registrations asks first, then tells those placed and waiting with a CANCEL", async () => {
    const { editor, editorId, slug, sessionId } = await trainingWith(ctx, 1);
    const placed = await registered(ctx, slug, sessionId);
    const waiting = await registered(ctx, slug, sessionId);

    const asked = await editor.post(`/trainings/manage/${slug}/sessions/${sessionId}/delete`);
    await expectPage(asked, [
      "heeft 1 persoon een plaats, staat er 1 op de wachtlijst",
      `/trainings/manage/${slug}/sessions/${sessionId}/delete/confirmed`,
    ]);
    expect(
      await ctx.database.db.select().from(trainingSessions).where(eq(trainingSessions.id, sessionId)),
    ).toHaveLength(1);

    const deleted = await editor.post(`/trainings/manage/${slug}/sessions/${sessionId}/delete/confirmed`);
    expect(deleted.status).toBe(303);
    expect(await ctx.database.db.select().from(trainingSessions).where(eq(trainingSessions.id, sessionId))).toEqual([]);
    expect(
      await ctx.database.db.select().from(trainingRegistrations).where(eq(trainingRegistrations.sessionId, sessionId)),
    ).toEqual([]);
    const placedMail = await lastMailTo(ctx, placed);
    expect(placedMail?.subject).toContain("Gaat niet door: Basiscursus MR");
    expect(JSON.stringify(placedMail?.attachments)).toContain("METHOD:CANCEL");
    const waitingMail = await lastMailTo(ctx, waiting);
    expect(waitingMail?.subject).toContain("Gaat niet door");
    expect(waitingMail?.attachments ?? []).toEqual([]);
    expect(await auditOf(sessionId)).toMatchObject([
      { userId: editorId, action: "delete", entity: "training_session" },
    ]);
    expect((await new TestClient(ctx.app).get(`/trainings/${slug}`)).status).toBe(200);
    expect((await editor.get(`/trainings/manage/${slug}/sessions/${sessionId}`)).status).toBe(404);
  });

  it("a date nobody registered for goes at once; a training is deleted after the question (in the page's language); only editors", async () => {
    const { editor, slug, trainingId, sessionId } = await trainingWith(ctx, 3);
    const parent = await signIn(ctx, (await createUser(ctx.database.db)).email);
    expect((await parent.get(`/trainings/manage/${slug}/edit`)).status).toBe(403);
    expect((await parent.post(`/trainings/manage/${slug}/sessions/${sessionId}/delete/confirmed`)).status).toBe(403);
    expect((await parent.post(`/trainings/manage/${slug}/delete/confirmed`)).status).toBe(403);

    const second = await editor.post(`/trainings/manage/${slug}/sessions`, {
      ...sessionFields,
      date: `12-02-${year}`,
      capacity: "3",
    });
    expect(second.status).toBe(303);
    expect((await editor.post(`/trainings/manage/${slug}/sessions/${sessionId}/delete`)).status).toBe(303);

    const [other] = await ctx.database.db
      .select()
      .from(trainingSessions)
      .where(eq(trainingSessions.trainingId, trainingId));
    const member = await registered(ctx, slug, other!.id);
    // The editor's pages head the confirmation times as such, and show the title in the page's language.
    const dutch = await (await editor.get(`/trainings/manage/${slug}`)).text();
    expect(dutch).toContain('<th scope="col">Bevestigd op</th>');
    expect(dutch).not.toContain("Aanmelding bevestigen");
    expect((await editor.post("/language", { locale: "en", back: "/trainings/manage" })).status).toBe(303);
    const pages = {
      list: await editor.get("/trainings/manage"),
      manage: await editor.get(`/trainings/manage/${slug}`),
      edit: await editor.get(`/trainings/manage/${slug}/edit`),
      session: await editor.get(`/trainings/manage/${slug}/sessions/${other!.id}`),
      deleteSession: await editor.post(`/trainings/manage/${slug}/sessions/${other!.id}/delete`),
    };
    // As text on the page; the edit form keeps the Dutch title in its own field's value.
    for (const [name, response] of Object.entries(pages)) {
      const page = await response.text();
      expect(page, name).toMatch(/>[^<]*Council basics/);
      expect(page, name).not.toMatch(/>[^<]*Basiscursus MR/);
    }
    const english = await (await editor.get(`/trainings/manage/${slug}`)).text();
    expect(english).toContain('<th scope="col">Confirmed at</th>');
    expect(english).not.toContain("Confirm registration");

    const asked = await editor.post(`/trainings/manage/${slug}/delete`);
    const question = await expectPage(asked, [`/trainings/manage/${slug}/delete/confirmed`, "Council basics"]);
    expect(question).not.toMatch(/>[^<]*Basiscursus MR/);
    expect((await editor.post(`/trainings/manage/${slug}/delete/confirmed`)).status).toBe(303);
    expect((await new TestClient(ctx.app).get(`/trainings/${slug}`)).status).toBe(404);
    expect((await lastMailTo(ctx, member))?.subject).toContain("Gaat niet door");
    expect(await auditOf(trainingId)).toMatchObject([{ action: "delete", entity: "training" }]);
  });
});
