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
import { allow, viewerOf } from "../../web/guards.js";
import { renderConfirmPage } from "../../web/confirm-page.js";
import { pageProps, pathId } from "../../web/route-context.js";
import type { Training, TrainingSession } from "../../db/schema/index.js";
import { renderPage } from "../../web/layout.js";
import { memoryRateLimitPer } from "../../web/memory-rate-limit.js";
import type { NavLink } from "../../web/nav.js";
import { oncePerForm } from "../../web/once-per-form.js";
import { formatSlot } from "../../lib/time/format.js";
import { parseForm } from "../../web/validation.js";
import { registerForm, sessionForm, trainingForm, trainingTextForm } from "./schemas.js";
import { deleteSession, deleteTraining, registrationCounts, updateSession, updateTraining } from "./service/editing.js";
import { catalogue, titleIn, trainingBySlug } from "./service/catalogue.js";
import {
  addSession,
  allTrainings,
  createTraining,
  participantsOf,
  sessionOfTraining,
  trainingIdBySlug,
  trainingRowBySlug,
} from "./service/manage.js";
import { cancelRegistration, confirmRegistration, register, registrationByToken } from "./service/registrations.js";
import {
  ManagePage,
  SessionEditPage,
  sessionValues,
  TrainingEditPage,
  TrainingManagePage,
  trainingValues,
} from "./views/manage.js";
import { CataloguePage, LinkPage, MessagePage, TrainingPage, type FormState } from "./views/public.js";

export const trainingsNav: NavLink = {
  href: "/trainings",
  label: "trainings.nav",
  group: "platform",
  shownTo: canEditPlatform,
};

/** Registrations per client address in ten minutes: a school registering its council fits, a flood does not. */
export const REGISTRATIONS_PER_WINDOW = 20;
// One per app's database: tests run several apps in one process, each with its own visitors.
const registrationLimitOf = memoryRateLimitPer((_: object) => ({
  limit: REGISTRATIONS_PER_WINDOW,
  windowSeconds: 600,
}));

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
  const page = <TrainingPage {...pageProps(c)} training={training} form={form} problem={problem} />;
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
  const page = <TrainingManagePage {...pageProps(c)} training={training} participants={participants} form={form} />;
  return renderPage(c, { title: training.title, children: page }, status);
}

async function managePage(c: Context<AppEnv>, form: FormState = noForm, status: Status = 200) {
  const page = <ManagePage {...pageProps(c)} list={await allTrainings(c.var.deps.db, c.var.locale)} form={form} />;
  return renderPage(c, { title: c.var.t("trainings.manage.title"), children: page }, status);
}

async function trainingRow(c: Context<AppEnv>): Promise<Training> {
  const training = await trainingRowBySlug(c.var.deps.db, slugOf(c));
  if (!training) throw new NotFoundError("training");
  return training;
}

async function sessionRow(c: Context<AppEnv>): Promise<{ training: Training; session: TrainingSession }> {
  const training = await trainingRow(c);
  const session = await sessionOfTraining(c.var.deps.db, training.id, pathId(c, "trainingSession"));
  if (!session) throw new NotFoundError("training session");
  return { training, session };
}

function trainingEditPage(c: Context<AppEnv>, training: Training, form: FormState, status: Status = 200) {
  const page = <TrainingEditPage {...pageProps(c)} training={training} form={form} />;
  return renderPage(c, { title: c.var.t("trainings.manage.edit"), children: page }, status);
}

function sessionEditPage(
  c: Context<AppEnv>,
  training: Training,
  session: TrainingSession,
  form: FormState,
  status: Status = 200,
) {
  const { t, locale } = c.var;
  const page = <SessionEditPage {...pageProps(c)} training={training} session={session} form={form} />;
  const title = t("trainings.manage.editSession", { when: formatSlot(locale, session.startsAt, session.endsAt) });
  return renderPage(c, { title, children: page }, status);
}

/** Asked before deleting what people registered for: who will be told (a page, so it works without JavaScript). */
function confirmDelete(c: Context<AppEnv>, ask: { action: string; what: string[]; consequence: string; back: string }) {
  const { t } = c.var;
  const back = { href: ask.back, label: t("trainings.manage.delete.back") };
  return renderConfirmPage(c, { ...ask, submit: t("trainings.manage.delete.confirm"), back });
}

async function removeTraining(c: Context<AppEnv>, training: Training) {
  await deleteTraining(c.var.deps.db, mailDeps(c), { trainingId: training.id, userId: viewerOf(c).userId });
  return redirectWithFlash(c, "/trainings/manage", "trainings.manage.deleted");
}

async function removeSession(c: Context<AppEnv>, training: Training, session: TrainingSession) {
  const removed = await deleteSession(c.var.deps.db, mailDeps(c), {
    trainingId: training.id,
    sessionId: session.id,
    userId: viewerOf(c).userId,
  });
  if (!removed.ok) throw new NotFoundError("training session");
  return redirectWithFlash(c, `/trainings/manage/${training.slug}`, "trainings.manage.sessionDeleted");
}

const manageRoutes = new Hono<AppEnv>()
  .use("*", allow(canEditPlatform))
  .get("/", (c) => managePage(c))
  .post("/", async (c) => {
    const form = await parseForm(c, trainingForm);
    if (!form.ok) return managePage(c, form, 422);
    // Once per form (decision 007): sent again, it answers as the first, not "this address is taken".
    const made = await oncePerForm(c, async (db) => {
      const done = await createTraining(db, form.data);
      return done.ok ? `/trainings/manage/${form.data.slug}` : done;
    });
    if (typeof made !== "string")
      return managePage(c, { values: form.values, errors: formErrorsOf(c, made) }, refusalStatus(made));
    return redirectWithFlash(c, made, "trainings.manage.created");
  })
  .get("/:trainingSlug", (c) => manageTrainingPage(c))
  .post("/:trainingSlug/sessions", async (c) => {
    const trainingId = await trainingIdBySlug(c.var.deps.db, slugOf(c));
    if (!trainingId) throw new NotFoundError("training");
    const form = await parseForm(c, sessionForm);
    if (!form.ok) return manageTrainingPage(c, form, 422);
    const added = await oncePerForm(c, async (db) => {
      const done = await addSession(db, trainingId, form.data);
      return done.ok ? `/trainings/manage/${slugOf(c)}` : done;
    });
    if (typeof added !== "string")
      return manageTrainingPage(c, { values: form.values, errors: formErrorsOf(c, added) }, refusalStatus(added));
    return redirectWithFlash(c, added, "trainings.manage.sessionAdded");
  })
  .get("/:trainingSlug/edit", async (c) => {
    const training = await trainingRow(c);
    return trainingEditPage(c, training, { values: trainingValues(training), errors: {} });
  })
  .post("/:trainingSlug/edit", async (c) => {
    const training = await trainingRow(c);
    const form = await parseForm(c, trainingTextForm);
    if (!form.ok) return trainingEditPage(c, training, form, 422);
    await updateTraining(c.var.deps.db, { ...form.data, trainingId: training.id, userId: viewerOf(c).userId });
    return redirectWithFlash(c, `/trainings/manage/${training.slug}`, "trainings.manage.saved");
  })
  .post("/:trainingSlug/delete", async (c) => {
    const training = await trainingRow(c);
    const sessions = await trainingBySlug(c.var.deps.db, c.var.locale, training.slug);
    const counts = await registrationCounts(c.var.deps.db, sessions?.sessions.map((s) => s.id) ?? []);
    if (counts.placed + counts.waiting + counts.pending > 0)
      return confirmDelete(c, {
        action: `/trainings/manage/${training.slug}/delete/confirmed`,
        what: [titleIn(c.var.locale, training)],
        consequence: c.var.t("trainings.manage.deleteTraining.consequence", counts),
        back: `/trainings/manage/${training.slug}/edit`,
      });
    return removeTraining(c, training);
  })
  .post("/:trainingSlug/delete/confirmed", async (c) => removeTraining(c, await trainingRow(c)))
  .get("/:trainingSlug/sessions/:trainingSession", async (c) => {
    const { training, session } = await sessionRow(c);
    return sessionEditPage(c, training, session, { values: sessionValues(session), errors: {} });
  })
  .post("/:trainingSlug/sessions/:trainingSession", async (c) => {
    const { training, session } = await sessionRow(c);
    const form = await parseForm(c, sessionForm);
    if (!form.ok) return sessionEditPage(c, training, session, form, 422);
    const saved = await updateSession(c.var.deps.db, mailDeps(c), {
      ...form.data,
      trainingId: training.id,
      sessionId: session.id,
      userId: viewerOf(c).userId,
    });
    if (!saved.ok)
      return sessionEditPage(
        c,
        training,
        session,
        { values: form.values, errors: formErrorsOf(c, saved) },
        refusalStatus(saved),
      );
    return redirectWithFlash(c, `/trainings/manage/${training.slug}`, "trainings.manage.sessionSaved");
  })
  .post("/:trainingSlug/sessions/:trainingSession/delete", async (c) => {
    const { training, session } = await sessionRow(c);
    const counts = await registrationCounts(c.var.deps.db, [session.id]);
    if (counts.placed + counts.waiting + counts.pending > 0)
      return confirmDelete(c, {
        action: `/trainings/manage/${training.slug}/sessions/${session.id}/delete/confirmed`,
        what: [titleIn(c.var.locale, training), formatSlot(c.var.locale, session.startsAt, session.endsAt)],
        consequence: c.var.t("trainings.manage.deleteSession.consequence", counts),
        back: `/trainings/manage/${training.slug}/sessions/${session.id}`,
      });
    return removeSession(c, training, session);
  })
  .post("/:trainingSlug/sessions/:trainingSession/delete/confirmed", async (c) => {
    const { training, session } = await sessionRow(c);
    return removeSession(c, training, session);
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
    registrationLimitOf(c.var.deps.db)(clientIp(c), "training registrations");
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
