/** The author's own idea, to edit. */
import { ErrorSummary, Form } from "../../../web/components/forms.js";
import type { SigningGroup } from "../domain/signing.js";
import { ideaPath } from "./idea-card.js";
import { IdeaFields, type IdeaFormState } from "./idea-fields.js";
import type { BoardBase } from "./props.js";
import { BackLink } from "../../../web/components/back-link.js";

export function EditPage(props: BoardBase & { ideaId: string; form: IdeaFormState; groups: readonly SigningGroup[] }) {
  const { t, csrf, ideaId, form } = props;
  return (
    <>
      <BackLink href="/ideas" label={t("ideas.back")} />
      <h1>{t("ideas.edit.title")}</h1>
      <ErrorSummary t={t} errors={form.errors} />
      <Form action={`${ideaPath(ideaId)}/edit`} csrf={csrf}>
        <IdeaFields {...props} />
        <button type="submit">{t("ideas.edit.submit")}</button>
      </Form>
    </>
  );
}
