/**
 * A parent's own profile (/network/profile), its preview (/network/preview) and the parents'
 * directory (/network/parents). Only a parent of the organisation has a profile; staff see the
 * directory as staff.
 */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { allow, viewerOf } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { scopeOf } from "../../../web/route-context.js";
import { parseForm } from "../../../web/validation.js";
import { isNetworkParent, isNetworkStaff, mayUseNetwork } from "../policy.js";
import { profileForm } from "../schemas.js";
import { parentDirectory, profilePreview } from "../service/directory.js";
import { deleteProfile, myProfile, saveProfile } from "../service/profile.js";
import { DirectoryPage } from "../views/directory-page.js";
import { ProfilePage, profileFormOf, type ProfileFormState } from "../views/profile-page.js";
import { PreviewPage } from "../views/preview-page.js";

const base = (c: Context<AppEnv>) => ({ t: c.var.t, locale: c.var.locale, csrf: c.var.csrfToken });

async function profilePage(c: Context<AppEnv>, posted?: ProfileFormState) {
  const form = posted ?? profileFormOf(await myProfile(scopeOf(c)));
  return renderPage(
    c,
    { title: c.var.t("network.profile.title"), children: <ProfilePage {...base(c)} form={form} /> },
    posted ? 422 : 200,
  );
}

/** The languages ticked in a posted form, as they came. */
async function tickedLanguages(c: Context<AppEnv>): Promise<string[]> {
  const body = await c.req.parseBody({ all: true });
  const value = body.languages;
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(
    (v): v is string => typeof v === "string",
  );
}

export const profileRoutes = new Hono<AppEnv>()
  .get("/profile", allow(isNetworkParent), (c) => profilePage(c))
  .post("/profile", allow(isNetworkParent), async (c) => {
    const form = await parseForm(c, profileForm);
    if (!form.ok)
      return profilePage(c, { values: form.values, languages: await tickedLanguages(c), errors: form.errors });
    await saveProfile({ ...scopeOf(c), input: form.data });
    return redirectWithFlash(c, "/network/preview", "network.profile.saved");
  })
  .post("/profile/delete", allow(isNetworkParent), async (c) => {
    await deleteProfile(scopeOf(c));
    return redirectWithFlash(c, "/network/profile", "network.profile.deleted");
  })
  .get("/preview", allow(isNetworkParent), async (c) => {
    const preview = await profilePreview(scopeOf(c));
    return renderPage(c, {
      title: c.var.t("network.preview.title"),
      children: <PreviewPage {...base(c)} preview={preview} />,
    });
  })
  .get("/parents", allow(mayUseNetwork), async (c) => {
    const asStaff = isNetworkStaff(viewerOf(c));
    const cards = await parentDirectory({ ...scopeOf(c), asStaff });
    return renderPage(c, {
      title: c.var.t("network.directory.title"),
      children: <DirectoryPage {...base(c)} cards={cards} asStaff={asStaff} />,
    });
  });
