/**
 * The panel for parents, no school account needed: /panel (what it is, the consent text, signing
 * up), confirming and signing in by a mailed link, and /panel/mijn-gegevens (see, change,
 * download, leave). A member's session is a cookie of its own (docs/panel.md: why not a Samen
 * account); every member route reads only the member of that session.
 */
import { Hono, type Context } from "hono";
import { setCookie } from "hono/cookie";
import { cookieName, cookieOptions, forgetCookie, readCookie } from "../../../middleware/cookies.js";
import type { AppEnv } from "../../../web/env.js";
import { clientIp } from "../../../web/client-ip.js";
import { NotFoundError } from "../../../web/errors.js";
import { redirectWithFlash } from "../../../web/flash.js";
import { formErrorsOf, refusalStatus } from "../../../web/form-refusal.js";
import { renderPage } from "../../../web/layout.js";
import { parseForm } from "../../../web/validation.js";
import { pageProps } from "../../../web/route-context.js";
import { profileSchema } from "../domain/profile.js";
import { languageForm, signInForm, signUpForm, tokenSchema } from "../schemas.js";
import {
  checkLink,
  confirmSignUp,
  endMemberSession,
  leavePanel,
  memberData,
  memberOfSession,
  requestSignIn,
  SESSION_HOURS,
  signInWithLink,
  signUp,
  updateProfile,
  type PanelMember,
} from "../service/members.js";
import { surveysOfMember } from "../service/surveys.js";
import { memberCsv } from "../service/export.js";
import { FrontPage, LinkPage, MemberPage, MessagePage, profileValues, SignInPage } from "../views/member.js";

const MEMBER_COOKIE = "samen_panel";

export async function currentMember(c: Context<AppEnv>): Promise<PanelMember | null> {
  const { db, config } = c.var.deps;
  return memberOfSession(db, readCookie(c, MEMBER_COOKIE, config.secureCookies));
}

function setMemberCookie(c: Context<AppEnv>, session: string) {
  const { config } = c.var.deps;
  setCookie(
    c,
    cookieName(MEMBER_COOKIE, config.secureCookies),
    session,
    cookieOptions(config.secureCookies, SESSION_HOURS * 3600),
  );
}

function tokenOf(c: Context<AppEnv>): string {
  const token = tokenSchema.safeParse(c.req.param("token"));
  if (!token.success) throw new NotFoundError("panel link");
  return token.data;
}

/** The page a mailed link opens: its button, or why the link no longer works (an unknown link is 404). */
async function linkPage(c: Context<AppEnv>, purpose: "confirm" | "sign_in") {
  const { t } = c.var;
  const token = tokenOf(c);
  const state = await checkLink(c.var.deps.db, token, purpose);
  const [title, text, submit, action] =
    purpose === "confirm"
      ? [
          t("panel.link.confirm.title"),
          t("panel.link.confirm.text"),
          t("panel.link.confirm.submit"),
          `/panel/bevestigen/${token}`,
        ]
      : [
          t("panel.link.signIn.title"),
          t("panel.link.signIn.text"),
          t("panel.link.signIn.submit"),
          `/panel/inloggen/${token}`,
        ];
  const error = state.ok ? undefined : formErrorsOf(c, state)["_form"];
  const page = <LinkPage {...pageProps(c)} action={action} title={title} text={text} submit={submit} error={error} />;
  const status = state.ok ? 200 : state.reason === "unknown" ? 404 : refusalStatus(state);
  return renderPage(c, { title, children: page }, status);
}

/**
 * The button of a mailed link pressed: confirming a sign-up or signing in. Either starts the
 * member's session; a link that no longer works shows why on the link's page.
 */
async function followLink(c: Context<AppEnv>, purpose: "confirm" | "sign_in") {
  const { t } = c.var;
  const outcome =
    purpose === "confirm"
      ? await confirmSignUp(c.var.deps.db, tokenOf(c))
      : await signInWithLink(c.var.deps.db, tokenOf(c));
  if (!outcome.ok) {
    const title = t(purpose === "confirm" ? "panel.link.confirm.title" : "panel.link.signIn.title");
    const page = (
      <LinkPage
        {...pageProps(c)}
        action=""
        title={title}
        text=""
        submit=""
        error={formErrorsOf(c, outcome)["_form"]!}
      />
    );
    return renderPage(c, { title, children: page }, refusalStatus(outcome));
  }
  setMemberCookie(c, outcome.session);
  return redirectWithFlash(c, "/panel/mijn-gegevens", purpose === "confirm" ? "panel.confirmed" : "panel.signedIn");
}

const front = (c: Context<AppEnv>, values = {}, errors = {}, status: 200 | 422 = 200) =>
  renderPage(
    c,
    {
      title: c.var.t("panel.title"),
      children: <FrontPage {...pageProps(c)} values={values} errors={errors} />,
    },
    status,
  );

async function memberPage(c: Context<AppEnv>, member: PanelMember, values = profileValues(member), errors = {}) {
  const { t, locale } = c.var;
  const surveys = await surveysOfMember(c.var.deps.db, member.id, locale);
  const page = <MemberPage {...pageProps(c)} member={member} surveys={surveys} values={values} errors={errors} />;
  return renderPage(c, { title: t("panel.me.title"), children: page }, Object.keys(errors).length ? 422 : 200);
}

async function requireMember(c: Context<AppEnv>): Promise<PanelMember | Response> {
  const member = await currentMember(c);
  if (member) return member;
  return redirectWithFlash(c, "/panel/inloggen", "panel.needSignIn");
}

export const memberRoutes = new Hono<AppEnv>()
  .get("/panel", (c) => front(c))
  .post("/panel/aanmelden", async (c) => {
    const form = await parseForm(c, signUpForm);
    const profile = await parseForm(c, profileSchema);
    if (!form.ok || !profile.ok) {
      const errors = { ...(form.ok ? {} : form.errors), ...(profile.ok ? {} : profile.errors) };
      return front(c, form.values, errors, 422);
    }
    await signUp(c.var.deps, {
      email: form.data.email,
      locale: form.data.language,
      profile: profile.data,
      ip: clientIp(c),
    });
    const { t } = c.var;
    return renderPage(c, {
      title: t("panel.signUp.sent.title"),
      children: (
        <MessagePage title={t("panel.signUp.sent.title")}>
          <p role="status">{t("panel.signUp.sent.text", { email: form.data.email })}</p>
        </MessagePage>
      ),
    });
  })
  .get("/panel/bevestigen/:token", (c) => linkPage(c, "confirm"))
  .post("/panel/bevestigen/:token", (c) => followLink(c, "confirm"))
  .get("/panel/inloggen", (c) => {
    const { t } = c.var;
    return renderPage(c, {
      title: t("panel.signIn.title"),
      children: <SignInPage {...pageProps(c)} values={{}} errors={{}} />,
    });
  })
  .post("/panel/inloggen", async (c) => {
    const { t } = c.var;
    const form = await parseForm(c, signInForm);
    if (!form.ok) {
      const page = <SignInPage {...pageProps(c)} values={form.values} errors={form.errors} />;
      return renderPage(c, { title: t("panel.signIn.title"), children: page }, 422);
    }
    await requestSignIn(c.var.deps, { email: form.data.email, ip: clientIp(c) });
    const page = <SignInPage {...pageProps(c)} values={{}} errors={{}} sent={form.data.email} />;
    return renderPage(c, { title: t("panel.signIn.title"), children: page });
  })
  .get("/panel/inloggen/:token", (c) => linkPage(c, "sign_in"))
  .post("/panel/inloggen/:token", (c) => followLink(c, "sign_in"))
  .get("/panel/mijn-gegevens", async (c) => {
    const member = await requireMember(c);
    if (member instanceof Response) return member;
    return memberPage(c, member);
  })
  .post("/panel/mijn-gegevens", async (c) => {
    const member = await requireMember(c);
    if (member instanceof Response) return member;
    const language = await parseForm(c, languageForm);
    const profile = await parseForm(c, profileSchema);
    if (!language.ok || !profile.ok) {
      const errors = { ...(language.ok ? {} : language.errors), ...(profile.ok ? {} : profile.errors) };
      return memberPage(c, member, profile.values, errors);
    }
    await updateProfile(c.var.deps.db, member.id, { profile: profile.data, locale: language.data.language });
    return redirectWithFlash(c, "/panel/mijn-gegevens", "panel.me.saved");
  })
  .get("/panel/mijn-gegevens.json", async (c) => {
    const member = await requireMember(c);
    if (member instanceof Response) return member;
    const data = await memberData(c.var.deps.db, member.id, c.var.locale);
    c.header("Content-Disposition", 'attachment; filename="ouderpanel-mijn-gegevens.json"');
    return c.json(data);
  })
  .get("/panel/mijn-gegevens.csv", async (c) => {
    const member = await requireMember(c);
    if (member instanceof Response) return member;
    const data = await memberData(c.var.deps.db, member.id, c.var.locale);
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", 'attachment; filename="ouderpanel-mijn-gegevens.csv"');
    return c.body(memberCsv(c.var.t, c.var.locale, data!));
  })
  .post("/panel/stoppen", async (c) => {
    const member = await requireMember(c);
    if (member instanceof Response) return member;
    await leavePanel(c.var.deps.db, member.id);
    forgetCookie(c, MEMBER_COOKIE, c.var.deps.config.secureCookies);
    return redirectWithFlash(c, "/panel", "panel.left");
  })
  .post("/panel/uitloggen", async (c) => {
    const member = await currentMember(c);
    if (member) await endMemberSession(c.var.deps.db, member.id);
    forgetCookie(c, MEMBER_COOKIE, c.var.deps.config.secureCookies);
    return redirectWithFlash(c, "/panel", "panel.signedOut");
  });
