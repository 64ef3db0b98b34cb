/**
 * /calendar: the school year's information calendar by month (or the whole school year), the
 * items staff add by hand, and /calendar/subscribe, where a person makes or renews their private
 * feed. The feed itself, /calendar/feed/<token>.ics, is a public route: a calendar app fetches it
 * without a session, and the token is the only key.
 */
import { Hono, type Context } from "hono";
import { isGuardianHere } from "../../auth/viewer.js";
import { inOrg } from "../../db/org-scope.js";
import { addMonths, schoolToday } from "../../lib/time/school-date.js";
import { formatMonth } from "../../lib/time/format.js";
import type { AppEnv } from "../../web/env.js";
import { redirectWithFlash } from "../../web/flash.js";
import { formErrorsOf, refusalStatus } from "../../web/form-refusal.js";
import { allow, viewerOf } from "../../web/guards.js";
import { renderPage } from "../../web/layout.js";
import type { NavLink } from "../../web/nav.js";
import { pathId, scopeOf } from "../../web/route-context.js";
import { parseForm, type FormValues } from "../../web/validation.js";
import { currentGroups } from "../pupils/index.js";
import { mayEditCalendar, mayUseCalendar, seesEveryGroup } from "./policy.js";
import { itemForm, monthQuery } from "./schemas.js";
import { calendarOf } from "./service/calendar.js";
import { feedOf, hasFeed, renewFeed } from "./service/feed.js";
import { deleteItem, itemToEdit, saveItem, type ItemRow } from "./service/items.js";
import { CalendarPage, ItemFormPage, SubscribePage, type CalendarBase } from "./views/calendar.js";
import type { AudienceFormState } from "../../web/components/audience-fields.js";

export const calendarNav: NavLink = {
  href: "/calendar",
  label: "calendar.nav",
  group: "contact",
  shownTo: mayUseCalendar,
};

type Status = 200 | 403 | 404 | 409 | 422;

function baseOf(c: Context<AppEnv>): CalendarBase {
  return { t: c.var.t, locale: c.var.locale, csrf: c.var.csrfToken, editor: mayEditCalendar(viewerOf(c)) };
}

const monthName = (c: Context<AppEnv>, month: string) => formatMonth(c.var.locale, month);

function lastOfMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return `${month}-${String(new Date(Date.UTC(y!, m!, 0)).getUTCDate()).padStart(2, "0")}`;
}

/** The school year (1 August – 31 July) that contains this day. */
function schoolYearOf(day: string): { from: string; to: string; name: string } {
  const year = Number(day.slice(0, 4)) - (Number(day.slice(5, 7)) < 8 ? 1 : 0);
  return { from: `${year}-08-01`, to: `${year + 1}-07-31`, name: `${year}-${year + 1}` };
}

async function calendarPage(c: Context<AppEnv>) {
  const viewer = viewerOf(c);
  const query = monthQuery.parse({ month: c.req.query("month") });
  const wholeYear = c.req.query("view") === "year";
  const today = schoolToday();
  const month = query.month ?? today.slice(0, 7);
  const year = schoolYearOf(`${month}-01`);
  const range = wholeYear ? year : { from: `${month}-01`, to: lastOfMonth(month) };
  const entries = await calendarOf({
    ...scopeOf(c),
    staff: seesEveryGroup(viewer.current?.staffRoles ?? []),
    guardian: isGuardianHere(viewer),
    ...range,
  });
  const { t } = c.var;
  const previous = addMonths(`${month}-01`, -1).slice(0, 7);
  const next = addMonths(`${month}-01`, 1).slice(0, 7);
  const page = (
    <CalendarPage
      {...baseOf(c)}
      title={
        wholeYear ? t("calendar.titleYear", { year: year.name }) : t("calendar.title", { month: monthName(c, month) })
      }
      entries={entries}
      previous={wholeYear ? undefined : { href: `/calendar?month=${previous}`, label: monthName(c, previous) }}
      next={wholeYear ? undefined : { href: `/calendar?month=${next}`, label: monthName(c, next) }}
      other={
        wholeYear
          ? { href: `/calendar?month=${month}`, label: t("calendar.view.month") }
          : { href: `/calendar?view=year&month=${month}`, label: t("calendar.view.year", { year: year.name }) }
      }
    />
  );
  return renderPage(c, { title: t("calendar.nav"), children: page });
}

function valuesOf(item: ItemRow): AudienceFormState {
  return {
    values: {
      title: item.title,
      kind: item.kind,
      startsOn: item.startsOn,
      endsOn: item.endsOn,
      startTime: item.startTime ?? "",
      endTime: item.endTime ?? "",
      description: item.description,
      audience: item.wholeOrg ? "all" : "groups",
    },
    groups: item.groupIds,
    errors: {},
  };
}

async function itemPage(c: Context<AppEnv>, itemId: string | null, form?: AudienceFormState, status: Status = 200) {
  const scope = scopeOf(c);
  const current =
    form ??
    (itemId
      ? valuesOf(await itemToEdit({ ...scope, itemId }))
      : { values: { kind: "newsletter", audience: "all" }, groups: [], errors: {} });
  const groups = await inOrg(scope, (tx) => currentGroups(tx, scope.orgId));
  const title = c.var.t(itemId ? "calendar.items.editTitle" : "calendar.items.newTitle");
  return renderPage(
    c,
    { title, children: <ItemFormPage {...baseOf(c)} itemId={itemId} form={current} groups={groups} /> },
    status,
  );
}

async function saveFrom(c: Context<AppEnv>, itemId: string | null) {
  const form = await parseForm(c, itemForm);
  const body = await c.req.parseBody({ all: true });
  const raw = body.groups;
  const groups = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
    (v): v is string => typeof v === "string",
  );
  const posted = (values: FormValues, errors: Record<string, string>): AudienceFormState => ({
    values,
    groups,
    errors,
  });
  if (!form.ok) return itemPage(c, itemId, posted(form.values, form.errors), 422);
  const saved = await saveItem({ ...scopeOf(c), itemId, input: form.data });
  if (!saved.ok) return itemPage(c, itemId, posted(form.values, formErrorsOf(c, saved)), refusalStatus(saved));
  return redirectWithFlash(c, `/calendar?month=${form.data.startsOn.slice(0, 7)}`, "calendar.flash.saved");
}

async function subscribePage(c: Context<AppEnv>, token?: string) {
  const viewer = viewerOf(c);
  const page = (
    <SubscribePage
      {...baseOf(c)}
      has={await hasFeed(c.var.deps.db, viewer.userId)}
      token={token}
      publicUrl={c.var.deps.config.publicUrl}
    />
  );
  return renderPage(c, { title: c.var.t("calendar.subscribe.title"), children: page });
}

const editors = allow(mayEditCalendar);

export const calendarRoutes = new Hono<AppEnv>()
  .use("/calendar", allow(mayUseCalendar))
  .use("/calendar/*", allow(mayUseCalendar))
  .get("/calendar", (c) => calendarPage(c))
  .get("/calendar/subscribe", (c) => subscribePage(c))
  // The address is shown in this answer only: the database keeps no more than its hash.
  .post("/calendar/subscribe", async (c) => subscribePage(c, await renewFeed(c.var.deps.db, viewerOf(c).userId)))
  .get("/calendar/items/new", editors, (c) => itemPage(c, null))
  .post("/calendar/items", editors, (c) => saveFrom(c, null))
  .get("/calendar/items/:itemId/edit", editors, (c) => itemPage(c, pathId(c, "itemId")))
  .post("/calendar/items/:itemId/edit", editors, (c) => saveFrom(c, pathId(c, "itemId")))
  .post("/calendar/items/:itemId/delete", editors, async (c) => {
    await deleteItem({ ...scopeOf(c), itemId: pathId(c, "itemId") });
    return redirectWithFlash(c, "/calendar", "calendar.flash.deleted");
  });

/** The feed: no session, no cookie; an unknown or renewed token answers 404 with an empty body. */
export const feedRoutes = new Hono<AppEnv>().get("/calendar/feed/:file", async (c) => {
  const file = c.req.param("file");
  const token = file.endsWith(".ics") ? file.slice(0, -4) : "";
  const { deps } = c.var;
  const feed = await feedOf(deps.db, token, { publicUrl: deps.config.publicUrl, name: "Samen" });
  if (feed === null) return c.body(null, 404, { "Cache-Control": "no-store" });
  return c.body(feed, 200, {
    "Content-Type": "text/calendar; charset=utf-8",
    "Cache-Control": "private, no-store",
    "Content-Disposition": 'inline; filename="samen.ics"',
  });
});
