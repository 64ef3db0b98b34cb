/** The page shell: landmarks, skip link, navigation, language switch, flash message. */
import type { Child } from "hono/jsx";
import type { Context } from "hono";
import type { AppEnv } from "./env.js";
import { textDirection, type Translate } from "./i18n/index.js";
import type { Viewer } from "../auth/viewer.js";
import { CsrfField } from "./components/forms.js";
import type { NavLink } from "./nav.js";

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
  status: 200 | 400 | 403 | 404 | 409 | 422 | 429 | 500 | 503 = 200,
) {
  const { t, locale, viewer, csrfToken, flash, nav } = c.var;
  return c.html(
    "<!doctype html>" +
      (
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
      ).toString(),
    status,
  );
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
  const other = locale === "nl" ? "en" : "nl";
  return (
    <header class="site-header">
      <a class="brand" href="/">
        {t("app.name")}
      </a>
      <nav aria-label={t("layout.nav")}>
        <ul>
          {viewer ? (
            <>
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
            </>
          ) : (
            <li>
              <a href="/sign-in">{t("layout.signIn")}</a>
            </li>
          )}
          <li>
            <form method="post" action="/language">
              <CsrfField token={csrfToken} />
              <input type="hidden" name="locale" value={other} />
              <input type="hidden" name="back" value={path} />
              <button class="link-button" type="submit" lang={other} aria-label={t("layout.languageSwitch")}>
                {other === "en" ? "English" : "Nederlands"}
              </button>
            </form>
          </li>
        </ul>
      </nav>
    </header>
  );
}
