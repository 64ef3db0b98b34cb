/** A post's translations, for the translation form. */
import { and, eq } from "drizzle-orm";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { newsTranslations } from "../../../db/schema/index.js";

export function translationsOf(scope: ViewerScope & { postId: string }) {
  return inOrg(scope, (tx) =>
    tx
      .select({ locale: newsTranslations.locale, title: newsTranslations.title, body: newsTranslations.body })
      .from(newsTranslations)
      .where(and(eq(newsTranslations.orgId, scope.orgId), eq(newsTranslations.postId, scope.postId))),
  );
}
