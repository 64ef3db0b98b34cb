/**
 * Staff who manage the school change a round, hand a former teacher's times to another teacher
 * (the form is on the round's page), or delete it after confirming.
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { renderPage } from "../../../web/layout.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { utcToLocal } from "../../../lib/time/zone.js";
import { formatSlot } from "../../../lib/time/format.js";
import { refusalStatus } from "../../../web/form-refusal.js";
import { parseForm, postedList } from "../../../web/validation.js";
import { joinTouching } from "../domain/spans.js";
import { handOverForm, roundEditForm } from "../schemas.js";
import { handOverSlots, type HandOverOutcome } from "../service/former-teacher.js";
import { bookingCount, deleteRound, editRound } from "../service/round-edit.js";
import type { Round } from "../service/find-round.js";
import { DeleteRoundPage } from "../views/round-delete.js";
import { RoundFormPage } from "../views/round-form.js";
import { pageProps, pathId, scopeOf } from "../../../web/route-context.js";
import { submitForm } from "../../../web/submit-form.js";
import { managersOnly, messengerOf } from "./context.js";
import { roundPage } from "./staff.js";

/** Why the hand-over was refused, with the times that clash or fall together, back to back ones as one span. */
function handOverProblem(c: Context<AppEnv>, refused: Exclude<HandOverOutcome, { ok: true }>): string {
  const { t, locale } = c.var;
  if (refused.reason !== "clash" && refused.reason !== "overlap") return t(refused.key);
  const times = joinTouching(refused.times)
    .map((span) => formatSlot(locale, span.startsAt, span.endsAt))
    .join(", ");
  const teacher = refused.reason === "clash" ? refused.teacherName : "";
  return t(refused.key, { teacher, times, count: refused.times.length });
}

/** The round as the form's values: local date-times, numbers as text. */
function valuesOf(round: Round): FormValues {
  const local = (at: Date) => {
    const { date, time } = utcToLocal(at);
    return `${date}T${time}`;
  };
  const { slotMinutes, breakEvery } = round.slotSettings;
  return {
    name: round.name,
    slotMinutes: String(slotMinutes),
    breakEverySlots: breakEvery ? String(breakEvery.slots) : "",
    breakMinutes: breakEvery ? String(breakEvery.minutes) : "",
    bufferMinutes: String(round.bufferMinutes),
    toleranceMinutes: String(round.toleranceMinutes),
    opensAt: local(round.opensAt),
    closesAt: local(round.closesAt),
    changeDeadline: local(round.changeDeadline),
    reminderHours: String(round.reminderHours),
  };
}

async function editPage(c: Context<AppEnv>, form: { values?: FormValues; errors?: FormErrors } = {}) {
  const { round } = await bookingCount({ ...scopeOf(c), roundId: pathId(c, "roundId") });
  const page = (
    <RoundFormPage
      {...pageProps(c)}
      groups={[]}
      checkedGroups={[]}
      editing={{ id: round.id, name: round.name }}
      values={form.values ?? valuesOf(round)}
      errors={form.errors ?? {}}
    />
  );
  return renderPage(c, { title: c.var.t("conversations.edit.title"), children: page }, form.errors ? 422 : 200);
}

export const roundEditRoutes = new Hono<AppEnv>()
  .get("/:roundId/edit", managersOnly, (c) => editPage(c))
  .post("/:roundId/edit", managersOnly, (c) => {
    const roundId = pathId(c, "roundId");
    return submitForm(c, roundEditForm, {
      again: (form) => editPage(c, form),
      run: async (data) => {
        await editRound({ ...scopeOf(c), roundId, form: data, messenger: messengerOf(c) });
        return `/conversations/rounds/${roundId}`;
      },
      flash: "conversations.edit.saved",
    });
  })
  .post("/:roundId/hand-over", managersOnly, async (c) => {
    const roundId = pathId(c, "roundId");
    const form = await parseForm(c, handOverForm);
    // Refused, the form shows again as it was sent, so a leader changes one choice rather than all.
    const sent = { teacherId: form.values.teacherId ?? "", slotIds: await postedList(c, "slotIds") };
    if (!form.ok) return roundPage(c, roundId, Object.values(form.errors).join(" "), 422, sent);
    const outcome = await handOverSlots({ ...scopeOf(c), roundId, messenger: messengerOf(c), form: form.data });
    if (!outcome.ok) return roundPage(c, roundId, handOverProblem(c, outcome), refusalStatus(outcome), sent);
    return redirectWithFlash(c, `/conversations/rounds/${roundId}`, "conversations.handOver.done");
  })
  .get("/:roundId/delete", managersOnly, async (c) => {
    const { round, bookings } = await bookingCount({ ...scopeOf(c), roundId: pathId(c, "roundId") });
    const page = <DeleteRoundPage {...pageProps(c)} round={round} bookings={bookings} />;
    return renderPage(c, { title: c.var.t("conversations.delete.title"), children: page });
  })
  .post("/:roundId/delete", managersOnly, async (c) => {
    await deleteRound({ ...scopeOf(c), roundId: pathId(c, "roundId"), messenger: messengerOf(c) });
    return redirectWithFlash(c, "/conversations", "conversations.delete.done");
  });
