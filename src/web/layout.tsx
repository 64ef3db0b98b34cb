/** The page shell: landmarks, skip link, navigation, language switch, flash message. */
import type { Child } from "hono/jsx";
import type { Context } from "hono";
import type { AppEnv } from "./env.js";
import { getCookie } from "hono/cookie";
import { chooseLocale, LANGUAGE_COOKIE, textDirection, translator, type Locale, type Translate } from "./i18n/index.js";
import type { Viewer } from "../auth/viewer.js";
import { ButtonForm } from "./components/button-form.js";
import { CsrfField, FieldLabels } from "./components/forms.js";
import { navGroups, type NavLink } from "./nav.js";
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
        <SiteMenu t={t} links={nav.filter((link) => link.shownTo(viewer))} csrfToken={csrfToken} path={path} />
      ) : (
        <MainNav t={t}>
          <ul>
            <li>
              <a href="/sign-in">{t("layout.signIn")}</a>
            </li>
          </ul>
        </MainNav>
      )}
      <LanguageSwitch csrfToken={csrfToken} path={path} locale={locale} />
    </header>
  );
}

/** Up to this many feature links, one list is quicker to read than headings over a link or two each. */
const FLAT_MENU_UP_TO = 6;

interface SiteMenuProps {
  t: Translate;
  /** The features' links this viewer sees. */
  links: readonly NavLink[];
  csrfToken: string;
  path: string;
}

/**
 * The signed-in menu, which opens without JavaScript (a details element). A few links are one list,
 * on a phone folded into the menu button, on a wide screen in the header row. Many links (a school
 * leader has some fifteen) are grouped under headings behind the menu button on every screen:
 * in one row they wrapped into a block a newcomer could not find their way in.
 */
function SiteMenu({ t, links, csrfToken, path }: SiteMenuProps) {
  const current = currentHref(["/home", ...links.map((link) => link.href), "/account"], path);
  // "page" on the link to this very page, "true" on the link to the part of the site it is in.
  const currentness = (href: string) => (href === path ? "page" : href === current ? "true" : undefined);
  const item = (href: string, label: string) => (
    <li>
      <a href={href} aria-current={currentness(href)}>
        {label}
      </a>
    </li>
  );
  const start = item("/home", t("layout.home"));
  const account = [
    item("/account", t("layout.account")),
    <li>
      <ButtonForm action="/sign-out" csrf={csrfToken} label={t("layout.signOut")} class="link-button" />
    </li>,
  ];
  if (links.length <= FLAT_MENU_UP_TO)
    return (
      <details class="site-menu">
        <summary>{t("layout.menu")}</summary>
        <MainNav t={t}>
          <ul>
            {start}
            {links.map((link) => item(link.href, t(link.label)))}
            {account}
          </ul>
        </MainNav>
      </details>
    );
  const groups = Object.entries(navGroups).map(([group, heading]) => ({
    id: group,
    heading: t(heading),
    items: links.filter((link) => link.group === group).map((link) => item(link.href, t(link.label))),
  }));
  return (
    <details class="site-menu grouped">
      <summary>{t("layout.menu")}</summary>
      <MainNav t={t}>
        <ul>{start}</ul>
        <div class="menu-groups">
          {[...groups, { id: "account", heading: t("layout.group.account"), items: account }]
            .filter((group) => group.items.length > 0)
            .map((group) => (
              <div class="menu-group">
                <h2 id={`menu-group-${group.id}`}>{group.heading}</h2>
                <ul aria-labelledby={`menu-group-${group.id}`}>{group.items}</ul>
              </div>
            ))}
        </div>
      </MainNav>
    </details>
  );
}

/** The menu's address the page is at or under: the longest, so /buddies/coordinate is not /buddies. */
function currentHref(hrefs: readonly string[], path: string): string | undefined {
  const under = hrefs.filter((href) => path === href || path.startsWith(`${href}/`));
  return under.sort((a, b) => b.length - a.length)[0];
}

function MainNav({ t, children }: { t: Translate; children: Child }) {
  return (
    <nav class="main-nav" aria-label={t("layout.nav")}>
      {children}
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
