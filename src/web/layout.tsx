/** The page shell: landmarks, skip link, navigation, language switch, flash message. */
import type { Child } from "hono/jsx";
import type { Context } from "hono";
import type { AppEnv } from "./env.js";
import { textDirection, type Translate } from "./i18n/index.js";
import type { Viewer } from "../auth/viewer.js";
import { CsrfField } from "./components/forms.js";
import type { NavLink } from "./nav.js";
import { hyphenateHeadings } from "./hyphenate.js";

interface PageProps {
  title: string;
  children: Child;
  /** Extra page scripts from public/js (built from src/client/<name>.ts), for the pages that need them. */
  scripts?: string[];
}

/** Renders a full page for the current request. */
export function renderPage(
  c: Context<AppEnv>,
  props: PageProps,
  status: 200 | 400 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503 = 200,
) {
  const { t, locale, viewer, csrfToken, flash, nav } = c.var;
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
        <Header t={t} viewer={viewer} nav={nav} csrfToken={csrfToken} path={c.req.path} locale={locale} />
        <main id="main" tabindex={-1}>
          {flash ? (
            <p class="flash" role="status">
              {flash}
            </p>
          ) : null}
          {props.children}
        </main>
        <footer class="site-footer">
          <p>{t("layout.footer")}</p>
        </footer>
      </body>
    </html>
  ).toString();
  return c.html("<!doctype html>" + hyphenateHeadings(page, locale), status);
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
              <form method="post" action="/sign-out">
                <CsrfField token={csrfToken} />
                <button class="link-button" type="submit">
                  {t("layout.signOut")}
                </button>
              </form>
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
        {other === "en" ? "English" : "Nederlands"}
      </button>
    </form>
  );
}
