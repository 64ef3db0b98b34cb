/** Locations: list and add, change, remove. */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { renderPage } from "../../../web/layout.js";
import { emptyForm, type FormState } from "../../../web/validation.js";
import { submitForm } from "../../../web/submit-form.js";
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
import { pageProps, pathId, scopeOf } from "../../../web/route-context.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import { orgNameOf } from "./context.js";
import { attempt } from "../../../web/form-refusal.js";

async function locationsPage(c: Context<AppEnv>, form: FormState = emptyForm, status: 200 | 422 = 200) {
  const locations = await listLocations(scopeOf(c));
  const page = <LocationsPage {...pageProps(c)} orgName={orgNameOf(c)} locations={locations} {...form} />;
  return renderPage(c, { title: c.var.t("org.locations.title"), children: page }, status);
}

const stored = (location: Location) => ({ name: location.name, address: location.address ?? "" });

/** A location's page: its form filled with what is stored, or with what was sent and what was wrong. */
function locationPage(
  c: Context<AppEnv>,
  location: Location,
  form: FormState = { values: stored(location), errors: {} },
  status: 200 | 422 = 200,
) {
  const page = <LocationPage {...pageProps(c)} location={location} {...form} />;
  return renderPage(c, { title: c.var.t("org.locations.editTitle"), children: page }, status);
}

const loadLocation = (c: Context<AppEnv>) => getLocation({ ...scopeOf(c), locationId: pathId(c, "id") });

export const locationRoutes = new Hono<AppEnv>()
  .get("/organisation/locations", organisationManagers, (c) => locationsPage(c))
  .post("/organisation/locations", organisationManagers, (c) =>
    submitForm(c, locationInput, {
      again: (form) => locationsPage(c, form, 422),
      run: (data) =>
        oncePerForm(c, async (db) => {
          await addLocation({ ...scopeOf(c), db, ...data });
          return "/organisation/locations";
        }),
      flash: "org.locations.added",
    }),
  )
  .get("/organisation/locations/:id", organisationManagers, async (c) => locationPage(c, await loadLocation(c)))
  .post("/organisation/locations/:id", organisationManagers, async (c) => {
    const location = await loadLocation(c);
    return submitForm(c, locationInput, {
      again: (form) => locationPage(c, location, form, 422),
      run: async (data) => {
        await updateLocation({ ...scopeOf(c), locationId: location.id, ...data });
        return "/organisation/locations";
      },
      flash: "org.locations.updated",
    });
  })
  .post("/organisation/locations/:id/remove", organisationManagers, async (c) => {
    const location = await loadLocation(c);
    const errors = await attempt(c, () => removeLocation({ ...scopeOf(c), locationId: location.id }));
    if (errors) return locationPage(c, location, { values: stored(location), errors }, 422);
    return redirectWithFlash(c, "/organisation/locations", "org.locations.removed");
  });
