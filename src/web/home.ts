/**
 * What features put on a person's home page, without the home page knowing them: each manifest
 * may name a `home` contributor (src/web/feature.ts); the composition root registers them
 * (src/features/index.ts) and the home page asks them all. A contributor answers for the viewer
 * in their current organisation, in one transaction of its own, and returns nothing when it has
 * nothing for them.
 */
import type { Viewer } from "../auth/viewer.js";
import type { Db } from "../db/client.js";
import type { Locale, Translate } from "./i18n/index.js";

export interface HomeItem {
  /**
   * "now": it waits for the person (a document to confirm, a message from the school); "new":
   * something that happened they have not seen (an answer to their message, news); "late":
   * something promised to them that did not come in time (an answer past its day); "coming":
   * something planned.
   */
  section: "now" | "new" | "late" | "coming";
  /** One sentence in the viewer's language. */
  text: string;
  /** Where the person acts on it. */
  href: string;
  /** The parent's child it is about, shown on that child's card; absent for the person themself. */
  about?: { pupilId: string };
  /** The staff member's group it is about, shown on that group's card. */
  group?: { groupId: string };
  /** When it happens or is due: items with one come first, soonest first. */
  at?: Date;
}

export interface HomeContext {
  db: Db;
  viewer: Viewer;
  /** The organisation the viewer works in now. */
  orgId: string;
  t: Translate;
  locale: Locale;
  now: Date;
  /** The server's secret, for what a feature sealed with it (a questionnaire's personal link). */
  secretKey: string;
}

export type HomeContributor = (context: HomeContext) => Promise<readonly HomeItem[]>;

let contributors: readonly HomeContributor[] = [];

export function registerHomeContributors(list: readonly HomeContributor[]): void {
  contributors = list;
}

/**
 * Every feature's items for the viewer: those with a moment soonest first, then the rest in the
 * features' order. The contributors run at once; one that fails leaves its items out (and is
 * logged by the caller's `onError`) rather than taking the whole home page down.
 */
export async function homeItems(
  context: HomeContext,
  onError: (error: unknown) => void = () => undefined,
): Promise<HomeItem[]> {
  const answers = await Promise.all(
    contributors.map((contribute) =>
      contribute(context).catch((error: unknown) => {
        onError(error);
        return [];
      }),
    ),
  );
  const time = (item: HomeItem) => item.at?.getTime() ?? Number.MAX_SAFE_INTEGER;
  return answers.flat().sort((a, b) => time(a) - time(b));
}
