/** The page shell: landmarks, skip link, navigation, language switch, flash message. */
import type { Child } from "hono/jsx";
import type { Context } from "hono";
import type { AppEnv } from "./env.js";
import { getCookie } from "hono/cookie";
import { chooseLocale, LANGUAGE_COOKIE, textDirection, translator, type Locale, type Translate } from "./i18n/index.js";
import type { Viewer } from "../auth/viewer.js";
import { ButtonForm } from "./components/button-form.js";
import { CsrfField, FieldLabels } from "./components/forms.js";
import type { NavLink } from "./nav.js";
import { hyphenateHeadings } from "./hyphenate.js";
import { nativeNames } from "./part-language.js";

interface PageProps {
  title: string;
  children: Child;
  /** Extra page scripts from public/js (built from src/client/<name>.ts), for the pages that need them. */
  scripts?: string[];
}

type Status = 200 | 400 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503;

/** The document around a page: head, skip link, the given header, main with the flash, footer. */
function documentHtml(
  props: PageProps & { t: Translate; locale: Locale; header: Child; flash?: string | null },
): string {
  const { t, locale } = props;
  const page = (
    <html lang={locale} dir={textDirection(locale)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${t("app.name")}`}</title>
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/static/styles.css" />
        <script type="module" src="/static/js/app.js" defer></script>
        {(props.scripts ?? []).map((name) => (
          <script type="module" src={`/static/js/${name}.js`} defer></script>
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t("layout.skip")}
        </a>
        {props.header}
        <main id="main" tabindex={-1}>
          {props.flash ? (
            <p class="flash" role="status">
              {props.flash}
            </p>
          ) : null}
          <FieldLabels t={t}>{props.children}</FieldLabels>
        </main>
        <footer class="site-footer">
          <p>{t("layout.footer")}</p>
        </footer>
      </body>
    </html>
  ).toString();
  return "<!doctype html>" + hyphenateHeadings(page, locale);
}

/** Renders a full page for the current request. */
export function renderPage(c: Context<AppEnv>, props: PageProps, status: Status = 200) {
  const { t, locale, viewer, csrfToken, flash, nav } = c.var;
  const header = <Header t={t} viewer={viewer} nav={nav} csrfToken={csrfToken} path={c.req.path} locale={locale} />;
  return c.html(documentHtml({ ...props, t, locale, header, flash }), status);
}

/**
 * A page answered before the session (a feature's public route): no one is signed in to it and
 * it sets no cookie, so its header is the name alone, without the menu and the language form
 * (which posts with a CSRF token); the language is the visitor's chosen one or their browser's.
 * For a public page that must stay as cheap as a health check (the certificate verification page).
 */
export function renderPublicPage(
  c: Context<AppEnv>,
  page: (t: Translate, locale: Locale) => PageProps,
  status: Status = 200,
) {
  return answerPublicHtml(c, (locale) => publicPageHtml(locale, page), status);
}

/** A public page whose whole document the feature makes (or keeps, to answer again) in the visitor's language. */
export function answerPublicHtml(c: Context<AppEnv>, html: (locale: Locale) => string, status: Status = 200) {
  const locale = publicLocale(c);
  c.header("Content-Language", locale);
  c.header("Cache-Control", "no-store");
  return c.html(html(locale), status);
}

/** The language of a public page: the visitor's chosen one (cookie) or their browser's. */
export function publicLocale(c: Context<AppEnv>): Locale {
  return chooseLocale(getCookie(c, LANGUAGE_COOKIE), c.req.header("accept-language"));
}

/** A public page's whole document as text, for a feature that keeps it to answer again (a cached page). */
export function publicPageHtml(locale: Locale, page: (t: Translate, locale: Locale) => PageProps): string {
  const t = translator(locale);
  const header = (
    <header class="site-header">
      <a class="brand" href="/">
        {t("app.name")}
      </a>
    </header>
  );
  return documentHtml({ ...page(t, locale), t, locale, header });
}

interface HeaderProps {
  t: Translate;
  viewer: Viewer | null;
  nav: readonly NavLink[];
  csrfToken: string;
  path: string;
  locale: string;
}

function Header({ t, viewer, nav, csrfToken, path, locale }: HeaderProps) {
  return (
    <header class="site-header">
      <a class="brand" href="/">
        {t("app.name")}
      </a>
      {viewer ? (
        // On a phone the links fold into a menu that opens without JavaScript; on a wide screen they show.
        <details class="site-menu">
          <summary>{t("layout.menu")}</summary>
          <MainNav t={t}>
            <li>
              <a href="/home">{t("layout.home")}</a>
            </li>
            {nav
              .filter((link) => link.shownTo(viewer))
              .map((link) => (
                <li>
                  <a href={link.href}>{t(link.label)}</a>
                </li>
              ))}
            <li>
              <a href="/account">{t("layout.account")}</a>
            </li>
            <li>
              <ButtonForm action="/sign-out" csrf={csrfToken} label={t("layout.signOut")} class="link-button" />
            </li>
          </MainNav>
        </details>
      ) : (
        <MainNav t={t}>
          <li>
            <a href="/sign-in">{t("layout.signIn")}</a>
          </li>
        </MainNav>
      )}
      <LanguageSwitch csrfToken={csrfToken} path={path} locale={locale} />
    </header>
  );
}

function MainNav({ t, children }: { t: Translate; children: Child }) {
  return (
    <nav class="main-nav" aria-label={t("layout.nav")}>
      <ul>{children}</ul>
    </nav>
  );
}

/** The other language, named in that language; its visible name is its accessible name. */
function LanguageSwitch({ csrfToken, path, locale }: { csrfToken: string; path: string; locale: string }) {
  const other = locale === "nl" ? "en" : "nl";
  return (
    <form class="language-switch" method="post" action="/language">
      <CsrfField token={csrfToken} />
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="back" value={path} />
      <button class="link-button" type="submit" lang={other}>
        {nativeNames[other]}
      </button>
    </form>
  );
}
