/** A post's translations: for the translation form, and joined to the post for a reader's language. */
import { and, eq, sql } from "drizzle-orm";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { newsPosts, newsTranslations } from "../../../db/schema/index.js";
import { POST_LOCALE } from "../schemas.js";

/** The post's translation into the language, if there is one (a left join). */
export const translationInto = (locale: string) =>
  and(
    eq(newsTranslations.orgId, newsPosts.orgId),
    eq(newsTranslations.postId, newsPosts.id),
    eq(newsTranslations.locale, locale),
  );

/** The post's title in that language: translated when it is, else as written. */
export const translatedTitle = sql<string>`coalesce(${newsTranslations.title}, ${newsPosts.title})`;

/** The language of that title: the translation's, else the one posts are written in. */
export const translatedLocale = sql<string>`coalesce(${newsTranslations.locale}, ${POST_LOCALE})`;

export function translationsOf(scope: ViewerScope & { postId: string }) {
  return inOrg(scope, (tx) =>
    tx
      .select({ locale: newsTranslations.locale, title: newsTranslations.title, body: newsTranslations.body })
      .from(newsTranslations)
      .where(ofOrg(newsTranslations, scope.orgId, { postId: scope.postId })),
  );
}
