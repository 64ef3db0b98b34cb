/** /organisation/pupils/:pupilId: the pupil's page, and linking guardians, moving and archiving (managers). */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { renderPage } from "../../../web/layout.js";
import { parseForm, type FormErrors, type FormValues } from "../../../web/validation.js";
import { cleanSearch } from "../../../lib/paging.js";
import { guardianLinkForm, targetGroupForm } from "../schemas.js";
import { listCurrentGroups } from "../service/group-queries.js";
import { findGuardiansToLink } from "../service/guardian-queries.js";
import { linkGuardian, unlinkGuardian } from "../service/guardian-links.js";
import { getPupil } from "../service/pupil-queries.js";
import { archivePupil, movePupil } from "../service/pupils.js";
import { ArchivePupilPage, PupilPage } from "../views/pupil.js";
import { organisationManagers } from "../../../web/guards.js";
import { pageProps, pathId, scopeOf } from "../../../web/route-context.js";
import { submitForm } from "../../../web/submit-form.js";
import { accessFor } from "./context.js";

async function pupilPage(
  c: Context<AppEnv>,
  form: { values?: FormValues; errors?: FormErrors } = {},
  status: 200 | 422 = 200,
) {
  const scope = scopeOf(c);
  const access = accessFor(c);
  const data = await getPupil({ ...scope, pupilId: pathId(c, "pupilId"), access });
  const guardianSearch = cleanSearch(c.req.query("guardian"));
  const manage =
    access === "manage"
      ? {
          groups: await listCurrentGroups(scope),
          guardianSearch,
          matches: guardianSearch ? await findGuardiansToLink({ ...scope, search: guardianSearch }) : [],
        }
      : null;
  const page = <PupilPage {...pageProps(c)} data={data} manage={manage} {...form} />;
  return renderPage(c, { title: data.pupil.name, children: page }, status);
}

const back = (pupilId: string) => `/organisation/pupils/${pupilId}`;

export const pupilPageRoutes = new Hono<AppEnv>()
  .get("/:pupilId", (c) => pupilPage(c))
  .post("/:pupilId/move", organisationManagers, (c) => {
    const pupilId = pathId(c, "pupilId");
    return submitForm(c, targetGroupForm, {
      again: (form) => pupilPage(c, form, 422),
      run: async ({ groupId }) => {
        await movePupil({ ...scopeOf(c), pupilId, groupId });
        return back(pupilId);
      },
      flash: "pupils.detail.moved",
    });
  })
  .get("/:pupilId/archive", organisationManagers, async (c) => {
    const data = await getPupil({ ...scopeOf(c), pupilId: pathId(c, "pupilId"), access: "manage" });
    const page = <ArchivePupilPage {...pageProps(c)} data={data} />;
    return renderPage(c, { title: c.var.t("pupils.archive.title", { name: data.pupil.name }), children: page });
  })
  .post("/:pupilId/archive", organisationManagers, async (c) => {
    await archivePupil({ ...scopeOf(c), pupilId: pathId(c, "pupilId") });
    return redirectWithFlash(c, "/organisation/pupils", "pupils.archive.done");
  })
  .post("/:pupilId/guardians", organisationManagers, async (c) => {
    const pupilId = pathId(c, "pupilId");
    const form = await parseForm(c, guardianLinkForm);
    if (!form.ok) return pupilPage(c, form, 422);
    await linkGuardian({ ...scopeOf(c), pupilId, guardianId: form.data.guardianId });
    return redirectWithFlash(c, back(pupilId), "pupils.detail.linked");
  })
  .post("/:pupilId/guardians/:guardianId/unlink", organisationManagers, async (c) => {
    const pupilId = pathId(c, "pupilId");
    await unlinkGuardian({ ...scopeOf(c), pupilId, guardianId: pathId(c, "guardianId") });
    return redirectWithFlash(c, back(pupilId), "pupils.detail.unlinked");
  });
