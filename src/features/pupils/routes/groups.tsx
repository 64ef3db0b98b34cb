/** /organisation/groups: the current groups, creating one, and a group's page with its actions. */
import { Hono, type Context } from "hono";
import type { z } from "zod";
import type { AppEnv } from "../../../web/env.js";
import type { MessageKey } from "../../../web/i18n/index.js";
import { organisationManagers, viewerOf } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { canReadAudit } from "../access.js";
import { groupForm, renameForm, staffForm, targetGroupForm } from "../schemas.js";
import { getGroupPage, listAssignableStaff, listCurrentGroups, listLocations } from "../service/group-queries.js";
import { assignGroupStaff, createGroup, renameGroup, unassignGroupStaff } from "../service/groups.js";
import { moveGroupPupils } from "../service/move-up.js";
import { listSchoolYears } from "../service/school-years.js";
import { GroupPage } from "../views/group.js";
import { GroupsPage } from "../views/groups.js";
import { pageProps, pathId, scopeOf } from "../../../web/route-context.js";
import { submitForm } from "../../../web/submit-form.js";
import { oncePerForm } from "../../../web/once-per-form.js";
import { accessFor, staffOnly } from "./context.js";

async function groupsPage(
  c: Context<AppEnv>,
  form: { values?: FormValues; errors?: FormErrors } = {},
  status: 200 | 422 = 200,
) {
  const scope = scopeOf(c);
  const [groups, years, locations] = await Promise.all([
    listCurrentGroups(scope),
    listSchoolYears(scope),
    listLocations(scope),
  ]);
  const page = (
    <GroupsPage
      {...pageProps(c)}
      groups={groups}
      years={years.filter((y) => !y.archivedAt)}
      locations={locations}
      showAudit={canReadAudit(viewerOf(c))}
      {...form}
    />
  );
  return renderPage(c, { title: c.var.t("pupils.groups.title"), children: page }, status);
}

async function groupPage(
  c: Context<AppEnv>,
  form: { values?: FormValues; errors?: FormErrors } = {},
  status: 200 | 422 = 200,
) {
  const scope = scopeOf(c);
  const access = accessFor(c);
  const data = await getGroupPage({ ...scope, groupId: pathId(c, "groupId"), access });
  const manage =
    access === "manage"
      ? {
          staffChoices: await listAssignableStaff(scope),
          moveTargets: (await listCurrentGroups(scope)).filter((g) => g.schoolYearId !== data.group.schoolYearId),
        }
      : null;
  const page = <GroupPage {...pageProps(c)} data={data} manage={manage} {...form} />;
  return renderPage(c, { title: data.group.name, children: page }, status);
}

/** A form on the group page: validate, call the service, back to the group (or the page with errors). */
function groupAction<S extends z.ZodType>(
  schema: S,
  run: (c: Context<AppEnv>, groupId: string, data: z.infer<S>) => Promise<unknown>,
  flash: MessageKey = "flash.saved",
) {
  return (c: Context<AppEnv>) => {
    const groupId = pathId(c, "groupId");
    return submitForm(c, schema, {
      again: (form) => groupPage(c, form, 422),
      run: async (data) => {
        await run(c, groupId, data);
        return `/organisation/groups/${groupId}`;
      },
      flash,
    });
  };
}

export const groupRoutes = new Hono<AppEnv>()
  .use("*", staffOnly)
  .get("/", organisationManagers, (c) => groupsPage(c))
  .post("/", organisationManagers, (c) =>
    submitForm(c, groupForm, {
      again: (form) => groupsPage(c, form, 422),
      run: (data) =>
        oncePerForm(c, async (db) => {
          const group = await createGroup({ ...scopeOf(c), db, ...data });
          return `/organisation/groups/${group.id}`;
        }),
      flash: "pupils.groups.created",
    }),
  )
  .get("/:groupId", (c) => groupPage(c))
  .post(
    "/:groupId/rename",
    organisationManagers,
    groupAction(renameForm, (c, groupId, data) => renameGroup({ ...scopeOf(c), groupId, ...data })),
  )
  .post(
    "/:groupId/staff",
    organisationManagers,
    groupAction(staffForm, (c, groupId, data) => assignGroupStaff({ ...scopeOf(c), groupId, ...data })),
  )
  .post(
    "/:groupId/staff/remove",
    organisationManagers,
    groupAction(staffForm, (c, groupId, data) => unassignGroupStaff({ ...scopeOf(c), groupId, ...data })),
  )
  .post(
    "/:groupId/move-up",
    organisationManagers,
    groupAction(
      targetGroupForm,
      (c, fromGroupId, data) => moveGroupPupils({ ...scopeOf(c), fromGroupId, toGroupId: data.groupId }),
      "pupils.groups.movedUp",
    ),
  );
