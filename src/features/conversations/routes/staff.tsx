/** /conversations (everyone's overview) and the staff pages of a round: create it, look at it. */
import { Hono, type Context } from "hono";
import { isGuardianHere } from "../../../auth/viewer.js";
import type { AppEnv } from "../../../web/env.js";
import { ForbiddenError } from "../../../web/errors.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { requireViewer, viewerOf } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { formatMoment } from "../../../lib/time/format.js";
import { wordingOf } from "../../../web/i18n/index.js";
import { canAskConversations, canManageRounds, canSeeHistory, canSeeRounds } from "../policy.js";
import { roundForm } from "../schemas.js";
import { listParentRounds } from "../service/parent-view.js";
import { REMIND_AGAIN_AFTER_HOURS, remindNotBooked } from "../service/not-booked.js";
import { roundOverview } from "../service/round-overview.js";
import { createRound, listGroupChoices, listStaffRounds } from "../service/rounds.js";
import { OverviewPage } from "../views/overview.js";
import { RoundFormPage } from "../views/round-form.js";
import { RoundPage } from "../views/round.js";
import type { HandOverChoice } from "../views/hand-over.js";
import { pageProps, pathId, scopeOf } from "../../../web/route-context.js";
import { submitForm } from "../../../web/submit-form.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import { managersOnly, messengerOf, staffOnly, staffScopeOf } from "./context.js";

async function newRoundPage(c: Context<AppEnv>, form: { values?: FormValues; errors?: FormErrors } = {}) {
  const groups = await listGroupChoices(scopeOf(c));
  // Every checked group, not only the first value parseForm keeps.
  const submitted = c.req.method === "POST" ? (await c.req.parseBody({ all: true })).groupIds : undefined;
  const checked = [submitted ?? []].flat().filter((v): v is string => typeof v === "string");
  const defaults = {
    // A three-way conversation has the child talk along: a school's usual round, not a daycare's.
    kind: wordingOf(viewerOf(c).current?.orgType) === "childcare" ? "parent_teacher" : "three_way",
    mode: "first_come",
    slotMinutes: "15",
    bufferMinutes: "5",
    toleranceMinutes: "15",
    reminderHours: "24",
  };
  const page = (
    <RoundFormPage
      {...pageProps(c)}
      groups={groups}
      checkedGroups={checked}
      values={form.values ?? defaults}
      errors={form.errors ?? {}}
    />
  );
  return renderPage(c, { title: c.var.t("conversations.form.title"), children: page }, form.errors ? 422 : 200);
}

export const staffRoutes = new Hono<AppEnv>()
  .get("/", requireViewer, async (c) => {
    const viewer = viewerOf(c);
    if (!canSeeRounds(viewer) && !isGuardianHere(viewer)) throw new ForbiddenError("conversations");
    const page = (
      <OverviewPage
        {...pageProps(c)}
        now={new Date()}
        staffRounds={canSeeRounds(viewer) ? await listStaffRounds(staffScopeOf(c)) : null}
        parentRounds={isGuardianHere(viewer) ? await listParentRounds(scopeOf(c)) : null}
        canCreate={canManageRounds(viewer)}
        links={{ requests: canAskConversations(viewer), history: canSeeHistory(viewer) }}
      />
    );
    return renderPage(c, { title: c.var.t("conversations.title"), children: page });
  })
  .get("/rounds/new", managersOnly, (c) => newRoundPage(c))
  .post("/rounds", managersOnly, (c) =>
    submitForm(c, roundForm, {
      again: (form) => newRoundPage(c, form),
      run: (data) =>
        oncePerForm(c, async (db) => {
          const round = await createRound({ ...scopeOf(c), db, form: data });
          return `/conversations/rounds/${round.id}`;
        }),
      flash: "conversations.created",
    }),
  )
  .get("/rounds/:roundId", staffOnly, (c) => roundPage(c, pathId(c, "roundId")))
  .post("/rounds/:roundId/remind", staffOnly, async (c) => {
    const roundId = pathId(c, "roundId");
    const result = await remindNotBooked({ ...staffScopeOf(c), roundId, now: new Date(), messenger: messengerOf(c) });
    if ("sent" in result) return redirectWithFlash(c, `/conversations/rounds/${roundId}`, "conversations.remind.sent");
    const { t, locale } = c.var;
    const problem =
      result.refused === "closed"
        ? t("conversations.remind.closed")
        : t("conversations.remind.tooSoon", { at: formatMoment(locale, result.at), hours: REMIND_AGAIN_AFTER_HOURS });
    return roundPage(c, roundId, problem);
  });

/**
 * A round's staff page; with a problem (a refused action) it says why, with status 409 or the one
 * given, and a refused hand-over's form as it was sent.
 */
export async function roundPage(
  c: Context<AppEnv>,
  roundId: string,
  problem?: string,
  status: 403 | 409 | 422 = 409,
  handOver?: HandOverChoice,
) {
  const data = await roundOverview({ ...staffScopeOf(c), roundId });
  const page = (
    <RoundPage
      {...pageProps(c)}
      now={new Date()}
      data={data}
      canManage={canManageRounds(viewerOf(c))}
      problem={problem}
      handOver={handOver}
    />
  );
  return renderPage(c, { title: data.round.name, children: page }, problem ? status : 200);
}
