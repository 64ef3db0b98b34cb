/**
 * /buddies: a parent asks for a buddy or offers to be one, sees their pairings and ends one;
 * /buddies/coordinate: the leader and coordinator pair requests with suggested buddies and end
 * pairings. Nobody else sees any of it: every route carries its guard, and a parent's page reads
 * only their own rows.
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../web/env.js";
import { redirectWithFlash } from "../../web/flash.js";
import { formErrorsOf, refusalStatus } from "../../web/form-refusal.js";
import { allow, viewerOf } from "../../web/guards.js";
import { renderPage } from "../../web/layout.js";
import type { NavLink } from "../../web/nav.js";
import { oncePerForm } from "../../web/once-per-form.js";
import { pageProps, pathId, scopeOf } from "../../web/route-context.js";
import { validate, type FormErrors } from "../../web/validation.js";
import { mayCoordinateBuddies, mayUseBuddies } from "./policy.js";
import { matchForm, offerForm, requestForm } from "./schemas.js";
import { askForBuddy, endPairing, matchBuddy, volunteer, withdraw } from "./service/commands.js";
import { coordination, myBuddies } from "./service/reads.js";
import { CoordinatePage } from "./views/coordinate.js";
import { BuddyPage, type ListFormState } from "./views/parent.js";

export const buddiesNav: NavLink = { href: "/buddies", label: "buddies.nav", group: "parents", shownTo: mayUseBuddies };
export const coordinateNav: NavLink = {
  href: "/buddies/coordinate",
  label: "buddies.coordinateNav",
  group: "parents",
  shownTo: mayCoordinateBuddies,
};

const parents = allow(mayUseBuddies);
const coordinators = allow(mayCoordinateBuddies);
const noList: ListFormState = { values: {}, errors: {} };

const depsOf = (c: Context<AppEnv>) => ({ jobs: c.var.deps.jobs, publicUrl: c.var.deps.config.publicUrl });

/** The posted form with every value as a list (checkbox groups), validated. */
async function parseLists<S extends Parameters<typeof validate>[1]>(c: Context<AppEnv>, schema: S) {
  const body = await c.req.parseBody({ all: true });
  const lists: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key.startsWith("_")) continue;
    lists[key] = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
  }
  const input = Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, v.length === 1 ? v[0] : v]));
  return { lists, result: validate(c, schema, input) };
}

async function parentPage(
  c: Context<AppEnv>,
  state: { ask?: ListFormState; offer?: ListFormState } = {},
  status: 200 | 409 | 422 = 200,
) {
  const mine = await myBuddies(scopeOf(c));
  const page = <BuddyPage {...pageProps(c)} mine={mine} ask={state.ask ?? noList} offer={state.offer ?? noList} />;
  return renderPage(c, { title: c.var.t("buddies.title"), children: page }, status);
}

async function coordinatePage(
  c: Context<AppEnv>,
  problem?: { requestId: string; errors: FormErrors },
  status: 200 | 403 | 409 | 422 = 200,
) {
  const data = await coordination(scopeOf(c));
  const page = <CoordinatePage {...pageProps(c)} data={data} now={new Date()} problem={problem} />;
  return renderPage(c, { title: c.var.t("buddies.coordinate.title"), children: page }, status);
}

const routes = new Hono<AppEnv>()
  .get("/", parents, (c) => parentPage(c))
  .post("/request", parents, async (c) => {
    const { lists, result } = await parseLists(c, requestForm);
    if (!result.ok) return parentPage(c, { ask: { values: lists, errors: result.errors } }, 422);
    // Once per form (decision 007): sent again, it answers as the first, not "you already asked".
    const asked = await oncePerForm(c, async (db) => {
      const done = await askForBuddy({ ...scopeOf(c), db, input: result.data });
      return done.ok ? "/buddies" : done;
    });
    if (typeof asked !== "string")
      return parentPage(c, { ask: { values: lists, errors: formErrorsOf(c, asked) } }, 409);
    return redirectWithFlash(c, asked, "buddies.asked");
  })
  .post("/request/withdraw", parents, async (c) => {
    await withdraw({ ...scopeOf(c), what: "request", deps: depsOf(c) });
    return redirectWithFlash(c, "/buddies", "buddies.withdrawn");
  })
  .post("/offer", parents, async (c) => {
    const { lists, result } = await parseLists(c, offerForm);
    if (!result.ok) return parentPage(c, { offer: { values: lists, errors: result.errors } }, 422);
    await volunteer({ ...scopeOf(c), input: result.data });
    return redirectWithFlash(c, "/buddies", "buddies.offered");
  })
  .post("/offer/withdraw", parents, async (c) => {
    await withdraw({ ...scopeOf(c), what: "offer", deps: depsOf(c) });
    return redirectWithFlash(c, "/buddies", "buddies.withdrawn");
  })
  .post(
    "/pairs/:pairId/end",
    allow((v) => mayUseBuddies(v) || mayCoordinateBuddies(v)),
    async (c) => {
      const coordinates = mayCoordinateBuddies(viewerOf(c));
      await endPairing({ ...scopeOf(c), pairId: pathId(c, "pairId"), coordinates, deps: depsOf(c) });
      return redirectWithFlash(c, coordinates ? "/buddies/coordinate" : "/buddies", "buddies.ended");
    },
  )
  .get("/coordinate", coordinators, (c) => coordinatePage(c))
  .post("/requests/:requestId/match", coordinators, async (c) => {
    const requestId = pathId(c, "requestId");
    const { result } = await parseLists(c, matchForm);
    if (!result.ok) return coordinatePage(c, { requestId, errors: result.errors }, 422);
    const matched = await matchBuddy({ ...scopeOf(c), requestId, offerId: result.data.offerId, deps: depsOf(c) });
    if (!matched.ok) return coordinatePage(c, { requestId, errors: formErrorsOf(c, matched) }, refusalStatus(matched));
    return redirectWithFlash(c, "/buddies/coordinate", "buddies.matched");
  });

export const buddiesRoutes = new Hono<AppEnv>().route("/buddies", routes);
