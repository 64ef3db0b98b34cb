/**
 * The year's page as the viewer may see it. Parents: the published version, whether they
 * confirmed it, and their own responses with the answers. Staff: the published version and the
 * draft after it, every version's date and writer, the share of parents who confirmed per group
 * (never who), and every response with its author, because a parent who responds speaks in
 * their own name.
 */
import { and, asc, desc, eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import {
  expectationConfirmations,
  expectationResponses,
  expectationVersions,
  users,
} from "../../../db/schema/index.js";
import { sharesPerGroup, tallyPerGroup, type SharesPerGroup } from "../../../lib/shares.js";
import { parentAccountsOfYear, schoolYearsOf, type SchoolYearRow } from "../../pupils/index.js";
import { confirmationOf, documentOf, requireYear } from "./year.js";

export interface Version {
  version: number;
  ofSchool: string;
  ofParents: string;
  writtenAt: Date;
  writtenBy: string | null;
}

export interface Response {
  id: string;
  author: string | null;
  body: string;
  createdAt: Date;
  answer: string | null;
  answeredAt: Date | null;
}

export interface YearView {
  year: SchoolYearRow;
  /** Every year, for the links to earlier and later ones. */
  years: SchoolYearRow[];
  published: (Version & { publishedAt: Date }) | null;
  /** Staff: the latest version when it is newer than the published one. */
  draft: Version | null;
  /** Staff: every version, the latest first. */
  versions: Version[];
  /** Parents: when they confirmed the published version; null when not (yet). */
  confirmedAt: Date | null;
  responses: Response[];
  /** Staff only. */
  shares: SharesPerGroup | null;
}

async function versionsOf(tx: Tx, orgId: string, yearId: string): Promise<Version[]> {
  return tx
    .select({
      version: expectationVersions.version,
      ofSchool: expectationVersions.ofSchool,
      ofParents: expectationVersions.ofParents,
      writtenAt: expectationVersions.writtenAt,
      writtenBy: users.name,
    })
    .from(expectationVersions)
    .leftJoin(users, eq(users.id, expectationVersions.writtenBy))
    .where(ofOrg(expectationVersions, orgId, { schoolYearId: yearId }))
    .orderBy(desc(expectationVersions.version));
}

async function responsesOf(tx: Tx, orgId: string, yearId: string, authorId: string | null): Promise<Response[]> {
  const own = authorId ? [eq(expectationResponses.authorId, authorId)] : [];
  return tx
    .select({
      id: expectationResponses.id,
      author: users.name,
      body: expectationResponses.body,
      createdAt: expectationResponses.createdAt,
      answer: expectationResponses.answer,
      answeredAt: expectationResponses.answeredAt,
    })
    .from(expectationResponses)
    .leftJoin(users, eq(users.id, expectationResponses.authorId))
    .where(and(eq(expectationResponses.orgId, orgId), eq(expectationResponses.schoolYearId, yearId), ...own))
    .orderBy(asc(expectationResponses.createdAt), asc(expectationResponses.id));
}

/** Parents per group of the year and how many confirmed the published version; no names leave here. */
async function sharesOf(tx: Tx, orgId: string, yearId: string, version: number, threshold: number) {
  const parents = await parentAccountsOfYear(tx, orgId, yearId);
  const confirmed = new Set(
    (
      await tx
        .select({ userId: expectationConfirmations.userId })
        .from(expectationConfirmations)
        .where(ofOrg(expectationConfirmations, orgId, { schoolYearId: yearId, version }))
    ).map((row) => row.userId),
  );
  const tally = tallyPerGroup(parents, confirmed);
  return sharesPerGroup(tally.groups, tally.total, threshold);
}

export function yearView(
  scope: ViewerScope & { yearId: string; staff: boolean; threshold: number },
): Promise<YearView> {
  return inOrg(scope, async (tx) => {
    const year = await requireYear(tx, scope.orgId, scope.yearId);
    const document = await documentOf(tx, scope.orgId, year.id);
    const versions = await versionsOf(tx, scope.orgId, year.id);
    const publishedVersion = versions.find((v) => v.version === document?.publishedVersion);
    const published =
      publishedVersion && document?.publishedAt ? { ...publishedVersion, publishedAt: document.publishedAt } : null;
    const latest = versions[0];
    const confirmation = scope.staff ? null : await confirmationOf(tx, scope.orgId, year.id, scope.userId);
    return {
      year,
      years: await schoolYearsOf(tx, scope.orgId),
      published,
      draft: scope.staff && latest && latest.version !== published?.version ? latest : null,
      versions: scope.staff ? versions : [],
      confirmedAt: published && confirmation?.version === published.version ? confirmation.at : null,
      responses: await responsesOf(tx, scope.orgId, year.id, scope.staff ? null : scope.userId),
      shares:
        scope.staff && published ? await sharesOf(tx, scope.orgId, year.id, published.version, scope.threshold) : null,
    };
  });
}
