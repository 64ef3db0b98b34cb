/** /network: where a parent and a staff member find the parts of the network that are theirs. */
import type { PageBase } from "./props.js";

export function NetworkPage({ t, parent, staff }: Pick<PageBase, "t"> & { parent: boolean; staff: boolean }) {
  const links: { href: string; label: string; text: string }[] = [
    ...(parent
      ? [
          { href: "/network/profile", label: t("network.profile.title"), text: t("network.home.profile") },
          { href: "/network/preview", label: t("network.preview.title"), text: t("network.home.preview") },
        ]
      : []),
    ...(staff ? [{ href: "/network/search", label: t("network.search.title"), text: t("network.home.search") }] : []),
    { href: "/network/parents", label: t("network.directory.title"), text: t("network.home.directory") },
    { href: "/network/tasks", label: t("network.tasks.title"), text: t("network.home.tasks") },
  ];
  return (
    <>
      <h1>{t("network.title")}</h1>
      <p>{t("network.intro")}</p>
      <ul class="cards">
        {links.map((link) => (
          <li class="card">
            <h2>
              <a href={link.href}>{link.label}</a>
            </h2>
            <p>{link.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
