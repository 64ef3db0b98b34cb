/**
 * Trainings: the catalogue and registering (anyone, without an account), the mailed links to
 * confirm and cancel, and the editors' pages. Registration is behind the session's CSRF check like
 * any form; it is limited per client address, and a filled honeypot field stores nothing.
 */
import { Hono, type Context } from "hono";
import { canEditPlatform } from "../../auth/viewer.js";
import { clientIp } from "../../web/client-ip.js";
import type { AppEnv } from "../../web/env.js";
import { NotFoundError } from "../../web/errors.js";
import { redirectWithFlash } from "../../web/flash.js";
import { formErrorsOf, refusalStatus } from "../../web/form-refusal.js";
import { allow } from "../../web/guards.js";
import { renderPage } from "../../web/layout.js";
import { memoryRateLimit } from "../../web/memory-rate-limit.js";
import type { NavLink } from "../../web/nav.js";
import { formatSlot } from "../../lib/time/format.js";
import { parseForm } from "../../web/validation.js";
import { registerForm, sessionForm, trainingForm } from "./schemas.js";
import { catalogue, trainingBySlug } from "./service/catalogue.js";
import { addSession, allTrainings, createTraining, participantsOf, trainingIdBySlug } from "./service/manage.js";
import { cancelRegistration, confirmRegistration, register, registrationByToken } from "./service/registrations.js";
import { ManagePage, TrainingManagePage } from "./views/manage.js";
import { CataloguePage, LinkPage, MessagePage, TrainingPage, type FormState } from "./views/public.js";

export const trainingsNav: NavLink = { href: "/trainings", label: "trainings.nav", shownTo: canEditPlatform };

/** Registrations per client address in ten minutes: a school registering its council fits, a flood does not. */
export const REGISTRATIONS_PER_WINDOW = 20;
const registrationLimit = memoryRateLimit({ limit: REGISTRATIONS_PER_WINDOW, windowSeconds: 600 });

type Status = 200 | 403 | 404 | 409 | 422;
const noForm: FormState = { values: {}, errors: {} };
const mailDeps = (c: Context<AppEnv>) => ({ jobs: c.var.deps.jobs, config: c.var.deps.config });

function slugOf(c: Context<AppEnv>): string {
  const slug = c.req.param("trainingSlug") ?? "";
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 80) throw new NotFoundError("training");
  return slug;
}

async function trainingPage(c: Context<AppEnv>, form: FormState = noForm, status: Status = 200, problem?: string) {
  const training = await trainingBySlug(c.var.deps.db, c.var.locale, slugOf(c));
  if (!training) throw new NotFoundError("training");
  const page = (
    <TrainingPage
      t={c.var.t}
      locale={c.var.locale}
      csrf={c.var.csrfToken}
      training={training}
      form={form}
      problem={problem}
    />
  );
  return renderPage(c, { title: training.title, children: page }, status);
}

function message(c: Context<AppEnv>, title: string, text: string, status: Status = 200) {
  return renderPage(c, { title, children: <MessagePage t={c.var.t} title={title} text={text} /> }, status);
}

/** The page a mailed link opens: what it is about, and a button. */
async function linkPage(c: Context<AppEnv>, kind: "confirm" | "cancel") {
  const token = c.req.param("registrationToken") ?? "";
  const t = c.var.t;
  const found = await registrationByToken(c.var.deps.db, token);
  if (!found) return message(c, t(`trainings.${kind}.title`), t("trainings.refusal.unknownLink"), 404);
  const { registration, session, position } = found;
  const params = {
    title: c.var.locale === "en" ? session.titleEn : session.titleNl,
    when: formatSlot(c.var.locale, session.startsAt, session.endsAt),
  };
  if (registration.state === "cancelled")
    return message(c, t(`trainings.${kind}.title`), t("trainings.refusal.alreadyCancelled"));
  if (kind === "confirm" && registration.state !== "pending")
    return message(c, t("trainings.confirm.title"), t("trainings.refusal.alreadyConfirmed"));
  const state =
    registration.state === "placed"
      ? t("trainings.state.placed")
      : registration.state === "waiting"
        ? t("trainings.state.waiting", { position: position ?? 1 })
        : undefined;
  const page = (
    <LinkPage
      t={t}
      csrf={c.var.csrfToken}
      title={t(`trainings.${kind}.title`)}
      text={t(`trainings.${kind}.text`, params)}
      state={state}
      action={`/trainings/${kind}/${encodeURIComponent(token)}`}
      submit={t(`trainings.${kind}.submit`)}
    />
  );
  return renderPage(c, { title: t(`trainings.${kind}.title`), children: page });
}

async function manageTrainingPage(c: Context<AppEnv>, form: FormState = noForm, status: Status = 200) {
  const training = await trainingBySlug(c.var.deps.db, c.var.locale, slugOf(c), { all: true });
  if (!training) throw new NotFoundError("training");
  const participants = await participantsOf(
    c.var.deps.db,
    training.sessions.map((s) => s.id),
  );
  const page = (
    <TrainingManagePage
      t={c.var.t}
      locale={c.var.locale}
      csrf={c.var.csrfToken}
      training={training}
      participants={participants}
      form={form}
    />
  );
  return renderPage(c, { title: training.title, children: page }, status);
}

async function managePage(c: Context<AppEnv>, form: FormState = noForm, status: Status = 200) {
  const page = <ManagePage t={c.var.t} csrf={c.var.csrfToken} list={await allTrainings(c.var.deps.db)} form={form} />;
  return renderPage(c, { title: c.var.t("trainings.manage.title"), children: page }, status);
}

const manageRoutes = new Hono<AppEnv>()
  .use("*", allow(canEditPlatform))
  .get("/", (c) => managePage(c))
  .post("/", async (c) => {
    const form = await parseForm(c, trainingForm);
    if (!form.ok) return managePage(c, form, 422);
    const made = await createTraining(c.var.deps.db, form.data);
    if (!made.ok) return managePage(c, { values: form.values, errors: formErrorsOf(c, made) }, refusalStatus(made));
    return redirectWithFlash(c, `/trainings/manage/${form.data.slug}`, "trainings.manage.created");
  })
  .get("/:trainingSlug", (c) => manageTrainingPage(c))
  .post("/:trainingSlug/sessions", async (c) => {
    const trainingId = await trainingIdBySlug(c.var.deps.db, slugOf(c));
    if (!trainingId) throw new NotFoundError("training");
    const form = await parseForm(c, sessionForm);
    if (!form.ok) return manageTrainingPage(c, form, 422);
    const added = await addSession(c.var.deps.db, trainingId, form.data);
    if (!added.ok)
      return manageTrainingPage(c, { values: form.values, errors: formErrorsOf(c, added) }, refusalStatus(added));
    return redirectWithFlash(c, `/trainings/manage/${slugOf(c)}`, "trainings.manage.sessionAdded");
  });

export const trainingRoutes = new Hono<AppEnv>()
  .route("/trainings/manage", manageRoutes)
  .get("/trainings", async (c) => {
    const list = await catalogue(c.var.deps.db, c.var.locale);
    const editor = c.var.viewer ? canEditPlatform(c.var.viewer) : false;
    const page = <CataloguePage t={c.var.t} locale={c.var.locale} list={list} editor={editor} />;
    return renderPage(c, { title: c.var.t("trainings.title"), children: page });
  })
  .get("/trainings/confirm/:registrationToken", (c) => linkPage(c, "confirm"))
  .post("/trainings/confirm/:registrationToken", async (c) => {
    const t = c.var.t;
    const done = await confirmRegistration(c.var.deps.db, mailDeps(c), c.req.param("registrationToken"));
    if (!done.ok) return message(c, t("trainings.confirm.title"), t(done.key), refusalStatus(done));
    const text =
      done.placement === "placed"
        ? t("trainings.confirmed.placed")
        : t("trainings.confirmed.waiting", { position: done.position });
    return message(c, t("trainings.confirm.title"), text);
  })
  .get("/trainings/cancel/:registrationToken", (c) => linkPage(c, "cancel"))
  .post("/trainings/cancel/:registrationToken", async (c) => {
    const t = c.var.t;
    const done = await cancelRegistration(c.var.deps.db, mailDeps(c), c.req.param("registrationToken"));
    if (!done.ok) return message(c, t("trainings.cancel.title"), t(done.key), refusalStatus(done));
    return message(c, t("trainings.cancel.title"), t("trainings.cancelled"));
  })
  .get("/trainings/:trainingSlug", (c) => trainingPage(c))
  .post("/trainings/:trainingSlug/register", async (c) => {
    const training = await trainingBySlug(c.var.deps.db, c.var.locale, slugOf(c));
    if (!training) throw new NotFoundError("training");
    const form = await parseForm(c, registerForm);
    if (!form.ok) return trainingPage(c, form, 422);
    registrationLimit(clientIp(c), "training registrations");
    const t = c.var.t;
    // A filled honeypot: answered as a success, with nothing stored and no mail.
    if (form.data.website !== "") return message(c, t("trainings.registered.title"), t("trainings.registered.text"));
    const made = await register(c.var.deps.db, mailDeps(c), {
      ...form.data,
      trainingId: training.id,
      locale: c.var.locale,
    });
    if (!made.ok)
      return trainingPage(c, { values: form.values, errors: formErrorsOf(c, made) }, refusalStatus(made), t(made.key));
    return message(c, t("trainings.registered.title"), t("trainings.registered.text"));
  });
