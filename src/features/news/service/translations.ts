/** A post's translations, for the translation form. */
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { newsTranslations } from "../../../db/schema/index.js";

export function translationsOf(scope: ViewerScope & { postId: string }) {
  return inOrg(scope, (tx) =>
    tx
      .select({ locale: newsTranslations.locale, title: newsTranslations.title, body: newsTranslations.body })
      .from(newsTranslations)
      .where(ofOrg(newsTranslations, scope.orgId, { postId: scope.postId })),
  );
}
