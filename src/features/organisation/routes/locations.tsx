/** Locations: list and add, change, remove. */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { renderPage } from "../../../web/layout.js";
import { parseForm, type FormErrors, type FormValues } from "../../../web/validation.js";
import { redirectWithFlash } from "../../../web/flash.js";
import {
  addLocation,
  getLocation,
  listLocations,
  removeLocation,
  updateLocation,
  type Location,
} from "../locations.js";
import { locationInput } from "../schemas.js";
import { LocationPage, LocationsPage } from "../views/locations.js";
import { organisationManagers } from "../../../web/guards.js";
import { pathId, scopeOf } from "../../../web/route-context.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import { orgNameOf } from "./context.js";
import { attempt } from "../../../web/form-refusal.js";

async function locationsPage(c: Context<AppEnv>, values: FormValues, errors: FormErrors, status: 200 | 422) {
  const locations = await listLocations(scopeOf(c));
  const page = (
    <LocationsPage
      t={c.var.t}
      csrf={c.var.csrfToken}
      orgName={orgNameOf(c)}
      locations={locations}
      values={values}
      errors={errors}
    />
  );
  return renderPage(c, { title: c.var.t("org.locations.title"), children: page }, status);
}

function locationPage(
  c: Context<AppEnv>,
  location: Location,
  values: FormValues,
  errors: FormErrors,
  status: 200 | 422,
) {
  const page = <LocationPage t={c.var.t} csrf={c.var.csrfToken} location={location} values={values} errors={errors} />;
  return renderPage(c, { title: c.var.t("org.locations.editTitle"), children: page }, status);
}

const loadLocation = (c: Context<AppEnv>) => getLocation({ ...scopeOf(c), locationId: pathId(c, "id") });

export const locationRoutes = new Hono<AppEnv>()
  .get("/organisation/locations", organisationManagers, (c) => locationsPage(c, {}, {}, 200))
  .post("/organisation/locations", organisationManagers, async (c) => {
    const form = await parseForm(c, locationInput);
    if (!form.ok) return locationsPage(c, form.values, form.errors, 422);
    await oncePerForm(c, async (db) => {
      await addLocation({ ...scopeOf(c), db, ...form.data });
      return "/organisation/locations";
    });
    return redirectWithFlash(c, "/organisation/locations", "org.locations.added");
  })
  .get("/organisation/locations/:id", organisationManagers, async (c) => {
    const location = await loadLocation(c);
    return locationPage(c, location, { name: location.name, address: location.address ?? "" }, {}, 200);
  })
  .post("/organisation/locations/:id", organisationManagers, async (c) => {
    const location = await loadLocation(c);
    const form = await parseForm(c, locationInput);
    if (!form.ok) return locationPage(c, location, form.values, form.errors, 422);
    await updateLocation({ ...scopeOf(c), locationId: location.id, ...form.data });
    return redirectWithFlash(c, "/organisation/locations", "org.locations.updated");
  })
  .post("/organisation/locations/:id/remove", organisationManagers, async (c) => {
    const location = await loadLocation(c);
    const errors = await attempt(c, () => removeLocation({ ...scopeOf(c), locationId: location.id }));
    const values = { name: location.name, address: location.address ?? "" };
    if (errors) return locationPage(c, location, values, errors, 422);
    return redirectWithFlash(c, "/organisation/locations", "org.locations.removed");
  });
