/** /organisation/guardians: the list, adding and changing a guardian, their page, and inviting them. */
import { Hono, type Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { organisationManagers, viewerOf } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { canReadAudit } from "../access.js";
import { cleanSearch, pageCount, pageNumber } from "../../../lib/paging.js";
import { guardianForm } from "../schemas.js";
import { getGuardian, listGuardians } from "../service/guardian-queries.js";
import { addGuardian } from "../service/add-guardian.js";
import { updateGuardian } from "../service/guardians.js";
import { inviteGuardian, mailGuardianInvitation, type GuardianInvitee } from "../service/invitations.js";
import { GuardianPage } from "../views/guardian.js";
import { GuardianFormPage, GuardiansPage } from "../views/guardians.js";
import { isId, pageProps, pathId, scopeOf } from "../../../web/route-context.js";
import { submitForm } from "../../../web/submit-form.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import { accessFor, staffOnly, type FormPage } from "./context.js";
import { inputErrors } from "../../../web/form-refusal.js";

function formPage(c: Context<AppEnv>, form: FormPage, status: 200 | 422 = 200) {
  const page = <GuardianFormPage {...pageProps(c)} {...form} />;
  return renderPage(c, { title: form.title, children: page }, status);
}

function newPage(c: Context<AppEnv>, pupilId: string) {
  const cancel = pupilId ? `/organisation/pupils/${pupilId}` : "/organisation/guardians";
  return { title: c.var.t("pupils.guardians.newTitle"), action: "/organisation/guardians", cancel };
}

function editPage(c: Context<AppEnv>, guardianId: string) {
  const base = `/organisation/guardians/${guardianId}`;
  return { title: c.var.t("pupils.guardians.editTitle"), action: `${base}/edit`, cancel: base };
}

async function guardianPage(c: Context<AppEnv>, inviteError?: string) {
  const access = accessFor(c);
  const data = await getGuardian({ ...scopeOf(c), guardianId: pathId(c, "guardianId"), access });
  const page = <GuardianPage {...pageProps(c)} data={data} manage={access === "manage"} inviteError={inviteError} />;
  return renderPage(c, { title: data.guardian.name, children: page }, inviteError ? 422 : 200);
}

export const guardianRoutes = new Hono<AppEnv>()
  .use("*", staffOnly)
  .get("/", organisationManagers, async (c) => {
    const search = cleanSearch(c.req.query("q"));
    const page = pageNumber(c.req.query("page"));
    const list = await listGuardians({ ...scopeOf(c), search, page });
    const { t } = c.var;
    const view = (
      <GuardiansPage
        {...pageProps(c)}
        list={list}
        search={search}
        page={page}
        pages={pageCount(list.total)}
        showAudit={canReadAudit(viewerOf(c))}
      />
    );
    return renderPage(c, { title: t("pupils.guardians.title"), children: view });
  })
  .get("/new", organisationManagers, (c) => {
    const pupil = c.req.query("pupil");
    const pupilId = isId(pupil) ? pupil : "";
    return formPage(c, { ...newPage(c, pupilId), values: { pupilId } });
  })
  .post("/", organisationManagers, (c) =>
    submitForm(c, guardianForm, {
      again: (form) => formPage(c, { ...newPage(c, form.values.pupilId ?? ""), ...form }, 422),
      run: ({ pupilId, ...fields }) =>
        oncePerForm(c, async (db) => {
          const guardian = await addGuardian({ ...scopeOf(c), db, ...fields, pupilId });
          return pupilId ? `/organisation/pupils/${pupilId}` : `/organisation/guardians/${guardian.id}`;
        }),
      flash: "pupils.guardians.created",
    }),
  )
  .get("/:guardianId", (c) => guardianPage(c))
  .get("/:guardianId/edit", organisationManagers, async (c) => {
    const guardianId = pathId(c, "guardianId");
    const { guardian } = await getGuardian({ ...scopeOf(c), guardianId, access: "manage" });
    const values = { name: guardian.name, email: guardian.email ?? "", phone: guardian.phone ?? "" };
    return formPage(c, { ...editPage(c, guardianId), values });
  })
  .post("/:guardianId/edit", organisationManagers, (c) => {
    const guardianId = pathId(c, "guardianId");
    return submitForm(c, guardianForm, {
      again: (form) => formPage(c, { ...editPage(c, guardianId), ...form }, 422),
      run: async ({ name, email, phone }) => {
        await updateGuardian({ ...scopeOf(c), guardianId, name, email, phone });
        return `/organisation/guardians/${guardianId}`;
      },
      flash: "flash.saved",
    });
  })
  .post("/:guardianId/invite", organisationManagers, async (c) => {
    const guardianId = pathId(c, "guardianId");
    const page = `/organisation/guardians/${guardianId}`;
    // Once per form (decision 007): only the post that made the invitation mails it, after the commit.
    const made: GuardianInvitee[] = [];
    try {
      await oncePerForm(c, async (db) => {
        made.push(await inviteGuardian({ ...scopeOf(c), db, guardianId }));
        return page;
      });
    } catch (error) {
      return guardianPage(c, Object.values(inputErrors(c, error))[0]);
    }
    const { db, mailer, config } = c.var.deps;
    for (const invitee of made) await mailGuardianInvitation({ db, mailer, publicUrl: config.publicUrl }, invitee);
    return redirectWithFlash(c, page, "pupils.guardians.invited");
  });
