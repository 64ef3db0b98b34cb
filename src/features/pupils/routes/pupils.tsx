/** /organisation/pupils: the list, adding a pupil and changing one (managers). */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { organisationManagers, viewerOf } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { canReadAudit } from "../access.js";
import { cleanSearch, pageCount, pageNumber } from "../../../lib/paging.js";
import { pupilForm } from "../schemas.js";
import { listCurrentGroups } from "../service/group-queries.js";
import { getPupil, listPupils } from "../service/pupil-queries.js";
import { createPupil, updatePupil } from "../service/pupils.js";
import { PupilFormPage } from "../views/pupil-form.js";
import { PupilsPage } from "../views/pupils.js";
import { pageProps, pathId, scopeOf } from "../../../web/route-context.js";
import { submitForm } from "../../../web/submit-form.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import type { FormPage } from "./context.js";

async function pupilFormPage(c: Context<AppEnv>, form: FormPage, status: 200 | 422 = 200) {
  const groups = await listCurrentGroups(scopeOf(c));
  const page = <PupilFormPage {...pageProps(c)} groups={groups} {...form} />;
  return renderPage(c, { title: form.title, children: page }, status);
}

export const pupilListRoutes = new Hono<AppEnv>()
  .get("/", organisationManagers, async (c) => {
    const scope = scopeOf(c);
    const search = cleanSearch(c.req.query("q"));
    const group = c.req.query("group") ?? "";
    const groups = await listCurrentGroups(scope);
    const groupId = group === "none" || groups.some((g) => g.id === group) ? group : "";
    const page = pageNumber(c.req.query("page"));
    const list = await listPupils({ ...scope, search, groupId: groupId || null, page });
    const view = (
      <PupilsPage
        {...pageProps(c)}
        list={list}
        search={search}
        groupId={groupId}
        groups={groups}
        page={page}
        pages={pageCount(list.total)}
        showAudit={canReadAudit(viewerOf(c))}
      />
    );
    return renderPage(c, { title: c.var.t("pupils.list.title"), children: view });
  })
  .get("/new", organisationManagers, (c) => {
    const form = { title: c.var.t("pupils.new.title"), action: "/organisation/pupils", cancel: "/organisation/pupils" };
    return pupilFormPage(c, { ...form, values: { groupId: c.req.query("group") ?? "" } });
  })
  .post("/", organisationManagers, (c) => {
    const page = { title: c.var.t("pupils.new.title"), action: "/organisation/pupils", cancel: "/organisation/pupils" };
    return submitForm(c, pupilForm, {
      again: (form) => pupilFormPage(c, { ...page, ...form }, 422),
      run: (data) =>
        oncePerForm(c, async (db) => {
          const pupil = await createPupil({ ...scopeOf(c), db, ...data });
          return `/organisation/pupils/${pupil.id}`;
        }),
      flash: "pupils.new.created",
    });
  })
  .get("/:pupilId/edit", organisationManagers, async (c) => {
    const pupilId = pathId(c, "pupilId");
    const { pupil } = await getPupil({ ...scopeOf(c), pupilId, access: "manage" });
    const fields = ["firstName", "surnamePrefix", "surname", "dateOfBirth", "pupilNumber", "groupId"] as const;
    const values = Object.fromEntries(fields.map((k) => [k, pupil[k] ?? ""]));
    return pupilFormPage(c, { ...editPage(c, pupilId), values });
  })
  .post("/:pupilId/edit", organisationManagers, (c) => {
    const pupilId = pathId(c, "pupilId");
    return submitForm(c, pupilForm, {
      again: (form) => pupilFormPage(c, { ...editPage(c, pupilId), ...form }, 422),
      run: async (data) => {
        await updatePupil({ ...scopeOf(c), pupilId, ...data });
        return `/organisation/pupils/${pupilId}`;
      },
      flash: "flash.saved",
    });
  });

function editPage(c: Context<AppEnv>, pupilId: string) {
  const base = `/organisation/pupils/${pupilId}`;
  return { title: c.var.t("pupils.edit.title"), action: `${base}/edit`, cancel: base };
}
