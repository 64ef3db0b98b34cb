/** The home page: one section per role the viewer holds in the current organisation. */
import type { Translate } from "../../web/i18n/index.js";
import { canEditPlatform, type Viewer } from "../../auth/viewer.js";
import type { HomeItem } from "../../web/home.js";
import type { PublicLink } from "../../web/nav.js";
import { CsrfField } from "../../web/components/forms.js";
import { GuidedOrganisations } from "./guided.js";
import type { ChildSummary, GroupSummary, OrganisationOverview } from "./queries.js";
import { Section } from "../../web/components/section.js";
import { Stats } from "../../web/components/stats.js";
import { rolesInText, type RoleName } from "../../web/role-names.js";

/** The front page for a visitor: what Samen is, signing in, and the pages open to everyone. */
export function Landing({ t, links }: { t: Translate; links: readonly PublicLink[] }) {
  return (
    <section class="narrow">
      <h1>{t("landing.title")}</h1>
      <p class="lead">{t("landing.lead")}</p>
      <p>
        <a class="button" href="/sign-in">
          {t("landing.signIn")}
        </a>
      </p>
      <h2>{t("landing.forEveryone")}</h2>
      <ul class="cards">
        {links.map((link) => (
          <li class="card">
            <h3>
              <a href={link.href}>{t(link.label)}</a>
            </h3>
            <p>{t(link.summary)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface HomeData {
  /** What the features have for the viewer here (src/web/home.ts). */
  items: HomeItem[];
  children: ChildSummary[] | null;
  groups: GroupSummary[] | null;
  overview: OrganisationOverview | null;
  guided: { orgId: string; orgName: string }[] | null;
  /** How many organisations' invitations wait for the person's answer. */
  invited: number;
  all: { id: string; name: string; type: string; code: string | null }[] | null;
}

/** Where someone without a current organisation stands: not asked to seek an invitation while one waits. */
function NoOrganisation({ t, viewer, invited }: { t: Translate; viewer: Viewer; invited: number }) {
  // The platform's editors and administrators work for every school, not in one.
  if (canEditPlatform(viewer)) return <p>{t("home.platform")}</p>;
  return <p>{invited ? t("home.noOrganisationInvited", { n: invited }) : t("home.noOrganisation")}</p>;
}

export function HomePage({ t, viewer, csrf, data }: { t: Translate; viewer: Viewer; csrf: string; data: HomeData }) {
  const staffRoles: RoleName[] = [
    ...(viewer.current?.staffRoles ?? []),
    ...(viewer.isPlatformAdmin ? ["admin" as const] : []),
  ];
  // Staff work in a role; a parent needs neither that nor where they are, unless they have a choice.
  const roles: RoleName[] = staffRoles.length && viewer.current?.isGuardian ? ["parent", ...staffRoles] : staffRoles;
  const children = data.children ?? [];
  // An item about a listed child goes on that child's card; the rest above, for the person.
  const onCard = (item: HomeItem) => children.some((child) => child.pupilId === item.about?.pupilId);
  const groups = data.groups ?? [];
  const onGroupCard = (item: HomeItem) => groups.some((group) => group.groupId === item.group?.groupId);
  const own = data.items.filter((item) => !onCard(item) && !onGroupCard(item));
  return (
    <>
      <h1>{t("home.welcome", { name: viewer.name })}</h1>
      {viewer.current ? null : <NoOrganisation t={t} viewer={viewer} invited={data.invited} />}
      {viewer.current && (roles.length || viewer.organisations.length > 1) ? (
        <p>
          {/* Only staff work in an organisation; a parent of it is there for their children. */}
          {t(roles.length ? "home.inOrganisation" : "home.inOrganisationAsParent", {
            org: viewer.current.orgName,
          })}{" "}
          {roles.length ? t("home.roles", { roles: rolesInText(t, roles) }) : null}
        </p>
      ) : null}
      <Sections t={t} items={own} />
      {data.children ? <Children t={t} items={data.children} agenda={data.items.filter(onCard)} /> : null}
      {data.groups ? <Groups t={t} items={data.groups} agenda={data.items.filter(onGroupCard)} /> : null}
      {data.overview ? <FirstStepsList t={t} steps={data.overview.steps} /> : null}
      {data.overview ? <Overview t={t} overview={data.overview} /> : null}
      {data.guided ? (
        <GuidedOrganisations t={t} csrf={csrf} items={data.guided} currentOrgId={viewer.current?.orgId} />
      ) : null}
      {data.all ? (
        <>
          <OrgList title={t("home.admin.title")} items={data.all} />
          <p>
            <a class="button" href="/admin/organisations">
              {t("home.admin.new")}
            </a>
          </p>
        </>
      ) : null}
      {viewer.organisations.length > 1 ? <SwitchOrganisation t={t} viewer={viewer} csrf={csrf} /> : null}
    </>
  );
}

/** The features' items of one section, as links; nothing when there are none. */
function Items({
  t,
  section,
  items,
  child,
}: {
  t: Translate;
  section: HomeItem["section"];
  items: HomeItem[];
  /** On a child's or group's card: its id, for unique headings one level below the card's. */
  child?: string;
}) {
  const shown = items.filter((item) => item.section === section);
  if (!shown.length) return null;
  const id = child ? `home-${section}-${child}` : `home-${section}-title`;
  const Heading = child ? "h4" : "h2";
  return (
    <section aria-labelledby={id}>
      <Heading id={id}>{t(`home.${section}.title`)}</Heading>
      <ul>
        {shown.map((item) => (
          <li>
            <a href={item.href}>{item.text}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What needs the person now, what is new, what is late, what is coming: in that order, each only when it has items. */
function Sections({ t, items, child }: { t: Translate; items: HomeItem[]; child?: string }) {
  return (
    <>
      {sections.map((section) => (
        <Items t={t} section={section} items={items} child={child} />
      ))}
    </>
  );
}

const sections: readonly HomeItem["section"][] = ["now", "new", "late", "coming"];

function Children({ t, items, agenda }: { t: Translate; items: ChildSummary[]; agenda: HomeItem[] }) {
  return (
    <Section id="children-title" title={t("home.children.title")}>
      {items.length === 0 ? <p>{t("home.children.none")}</p> : null}
      <ul class="cards">
        {items.map((child) => {
          const own = agenda.filter((item) => item.about?.pupilId === child.pupilId);
          return (
            <li class="card">
              <h3>{child.name}</h3>
              <p>
                {child.groupName ? t("home.children.group", { group: child.groupName }) : t("home.children.noGroup")}
              </p>
              {child.teachers.length ? (
                <p>{t("home.children.teachers", { count: child.teachers.length, names: child.teachers.join(", ") })}</p>
              ) : null}
              <Sections t={t} items={own} child={child.pupilId} />
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

function Groups({ t, items, agenda }: { t: Translate; items: GroupSummary[]; agenda: HomeItem[] }) {
  return (
    <Section id="groups-title" title={t("home.groups.title")}>
      {items.length === 0 ? <p>{t("home.groups.none")}</p> : null}
      <ul class="cards">
        {items.map((g) => (
          <li class="card">
            <h3>
              <a href={`/organisation/groups/${g.groupId}`}>{g.name}</a>
            </h3>
            <p>
              {g.schoolYear} · {t("home.groups.pupils", { count: g.pupilCount })}
            </p>
            <Sections t={t} items={agenda.filter((item) => item.group?.groupId === g.groupId)} child={g.groupId} />
          </li>
        ))}
      </ul>
    </Section>
  );
}

const firstSteps = [
  ["register", "/organisation/import"],
  ["team", "/organisation/staff"],
  ["groups", "/organisation/groups"],
  ["trajectory", "/trajectory"],
] as const;

/** A new organisation's first steps, each marked done from its data; gone once all are done. */
function FirstStepsList({ t, steps }: { t: Translate; steps: OrganisationOverview["steps"] }) {
  if (firstSteps.every(([step]) => steps[step])) return null;
  return (
    <Section id="first-steps-title" title={t("home.firstSteps.title")}>
      <ol class="steps">
        {firstSteps.map(([step, href]) => (
          <li class={steps[step] ? "done" : undefined}>
            <a href={href}>{t(`home.firstSteps.${step}`)}</a>
            {steps[step] ? ` (${t("home.firstSteps.done")})` : null}
          </li>
        ))}
      </ol>
    </Section>
  );
}

function Overview({ t, overview }: { t: Translate; overview: OrganisationOverview }) {
  return (
    <Section id="org-title" title={t("home.organisation.title")}>
      <Stats
        items={[
          [t("home.organisation.groups"), overview.groups],
          [t("home.organisation.pupils"), overview.pupils],
          [t("home.organisation.guardians"), overview.guardians],
          [t("home.organisation.staff"), overview.staff],
        ]}
      />
      <p>
        <a class="button" href="/organisation">
          {t("home.organisation.manage")}
        </a>
      </p>
    </Section>
  );
}

function OrgList({ title, items }: { title: string; items: { id: string; name: string }[] }) {
  return (
    <section>
      <h2>{title}</h2>
      <ul>
        {items.map((o) => (
          <li>{o.name}</li>
        ))}
      </ul>
    </section>
  );
}

function SwitchOrganisation({ t, viewer, csrf }: { t: Translate; viewer: Viewer; csrf: string }) {
  return (
    <Section id="switch-title" title={t("home.switch.title")}>
      <form method="post" action="/home/organisation" class="inline-form">
        <CsrfField token={csrf} />
        <label for="switch-org">{t("layout.switchOrganisation")}</label>
        <select id="switch-org" name="orgId">
          {viewer.organisations.map((o) => (
            <option value={o.orgId} selected={o.orgId === viewer.current?.orgId}>
              {o.orgName}
            </option>
          ))}
        </select>
        <button type="submit">{t("layout.switch")}</button>
      </form>
    </Section>
  );
}
