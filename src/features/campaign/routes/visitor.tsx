/**
 * What a visitor sends, behind the session for its CSRF check (no account needed): the
 * endorsement form, the pages the confirmation and withdrawal links open (a button each, so a
 * mail scanner that follows a link changes nothing), and the form for a story or tip. A filled-in
 * honeypot is answered as if all went well, and nothing is kept; sending is rate-limited per client
 * address and per e-mail address (src/auth/rate-limit.ts, so it holds across server processes).
 */
import { Hono, type Context } from "hono";
import { enforceLimits } from "../../../auth/rate-limit.js";
import { clientIp } from "../../../web/client-ip.js";
import type { AppEnv } from "../../../web/env.js";
import { refusalStatus } from "../../../web/form-refusal.js";
import { renderPage } from "../../../web/layout.js";
import { parseForm, type FormErrors, type FormValues } from "../../../web/validation.js";
import { emailKeyOf } from "../domain/keys.js";
import { endorseForm, storyForm } from "../schemas.js";
import {
  confirmationState,
  confirmEndorsement,
  requestEndorsement,
  withdrawalState,
  withdrawEndorsement,
  type CampaignDeps,
} from "../service/endorsements.js";
import { submitStory } from "../service/stories.js";
import { ButtonPage, EndorsePage, MessagePage, StoryFormPage } from "../views/forms.js";

/** A link that matches nothing is not found; a used or expired one is a conflict with what happened to it. */
function linkStatus(refused: { reason: string; kind: "forbidden" | "conflict" | "invalid" }) {
  return refused.reason === "unknown" ? 404 : refusalStatus(refused);
}

/** Sends per client address and per e-mail address in 15 minutes. */
export const SENDS_PER_IP = 10;
export const SENDS_PER_ADDRESS = 3;

export function campaignDeps(c: Context<AppEnv>): CampaignDeps {
  const { db, jobs, config } = c.var.deps;
  return { db, jobs, secretKey: config.SECRET_KEY, publicUrl: config.publicUrl };
}

async function limitSends(c: Context<AppEnv>, emailKey: string) {
  await enforceLimits(
    c.var.deps.db,
    [
      { key: `campaign:ip:${clientIp(c)}`, limit: SENDS_PER_IP, windowSeconds: 900 },
      { key: `campaign:email:${emailKey}`, limit: SENDS_PER_ADDRESS, windowSeconds: 900 },
    ],
    "campaign",
  );
}

function endorsePage(c: Context<AppEnv>, values: FormValues, errors: FormErrors, status: 200 | 422) {
  const page = <EndorsePage t={c.var.t} csrf={c.var.csrfToken} values={values} errors={errors} />;
  return renderPage(c, { title: c.var.t("campaign.endorse.title"), children: page }, status);
}

function storyPage(c: Context<AppEnv>, values: FormValues, errors: FormErrors, status: 200 | 422) {
  const page = <StoryFormPage t={c.var.t} csrf={c.var.csrfToken} values={values} errors={errors} />;
  return renderPage(c, { title: c.var.t("campaign.story.title"), children: page }, status);
}

function message(c: Context<AppEnv>, title: string, text: string, status: 200 | 403 | 404 | 409 | 422 = 200) {
  return renderPage(c, { title, children: <MessagePage t={c.var.t} title={title} message={text} /> }, status);
}

/** The page a mailed link opens: the question and a button that posts to the link itself. */
function linkPage(c: Context<AppEnv>, kind: "confirm" | "withdraw", ask: string) {
  const { t } = c.var;
  const title = t(`campaign.${kind}.title`);
  const submit = t(`campaign.${kind}.submit`);
  const page = <ButtonPage t={t} csrf={c.var.csrfToken} title={title} ask={ask} action={c.req.path} submit={submit} />;
  return renderPage(c, { title, children: page });
}

function sentPage(c: Context<AppEnv>) {
  return message(c, c.var.t("campaign.endorse.sent.title"), c.var.t("campaign.endorse.sent"));
}

export const visitorRoutes = new Hono<AppEnv>()
  .get("/campagne/onderschrijven", (c) => endorsePage(c, {}, {}, 200))
  .post("/campagne/onderschrijven", async (c) => {
    const form = await parseForm(c, endorseForm);
    if (!form.ok) return endorsePage(c, form.values, form.errors, 422);
    const { website, email, municipality, ...rest } = form.data;
    if (website) return sentPage(c);
    const deps = campaignDeps(c);
    await limitSends(c, emailKeyOf(deps.secretKey, email));
    await requestEndorsement(deps, {
      email,
      locale: c.var.locale,
      endorser: { ...rest, ...municipality },
    });
    return sentPage(c);
  })
  .get("/campagne/bevestigen/:token", async (c) => {
    const t = c.var.t;
    const state = await confirmationState(c.var.deps.db, c.req.param("token"));
    if (!state.ok) return message(c, t("campaign.confirm.title"), t(state.key), linkStatus(state));
    return linkPage(c, "confirm", t("campaign.confirm.ask", { name: state.name }));
  })
  .post("/campagne/bevestigen/:token", async (c) => {
    const t = c.var.t;
    const outcome = await confirmEndorsement(c.var.deps.db, c.req.param("token"));
    if (!outcome.ok) return message(c, t("campaign.confirm.title"), t(outcome.key), linkStatus(outcome));
    return message(
      c,
      t("campaign.confirm.title"),
      t(outcome.updated ? "campaign.confirm.updated" : "campaign.confirm.done"),
    );
  })
  .get("/campagne/intrekken/:token", async (c) => {
    const t = c.var.t;
    const state = await withdrawalState(campaignDeps(c), c.req.param("token"));
    if (!state.ok) return message(c, t("campaign.withdraw.title"), t(state.key), linkStatus(state));
    return linkPage(c, "withdraw", t("campaign.withdraw.ask"));
  })
  .post("/campagne/intrekken/:token", async (c) => {
    const t = c.var.t;
    const outcome = await withdrawEndorsement(campaignDeps(c), c.req.param("token"));
    if (!outcome.ok) return message(c, t("campaign.withdraw.title"), t(outcome.key), linkStatus(outcome));
    return message(c, t("campaign.withdraw.title"), t("campaign.withdraw.done"));
  })
  .get("/campagne/verhalen/nieuw", (c) => storyPage(c, {}, {}, 200))
  .post("/campagne/verhalen/nieuw", async (c) => {
    const form = await parseForm(c, storyForm);
    if (!form.ok) return storyPage(c, form.values, form.errors, 422);
    const { website, ...story } = form.data;
    const t = c.var.t;
    if (!website) {
      const deps = campaignDeps(c);
      await limitSends(c, emailKeyOf(deps.secretKey, story.email));
      await submitStory(deps, story, c.var.locale);
    }
    return message(c, t("campaign.story.title"), t("campaign.story.sent"));
  });
