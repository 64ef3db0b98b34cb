/** How an idea or reaction is signed: the choice when writing, and the line that shows it. */
import { labelField } from "../../../web/components/forms.js";
import { groupInText } from "../../../web/group-name.js";
import type { Translate } from "../../../web/i18n/index.js";
import type { SigningGroup } from "../domain/signing.js";
import type { Signature } from "../service/reads.js";

interface SignAsProps {
  t: Translate;
  /** Ids stay unique when two forms on one page ask for a signature. */
  idPrefix: string;
  viewerName: string;
  groups: readonly SigningGroup[];
  value: string | undefined;
  error: string | undefined;
}

/** Name or "a parent of group N"; without children in a group only the name is possible, so nothing is asked. */
export function SignAsChoice({ t, idPrefix, viewerName, groups, value, error }: SignAsProps) {
  if (!groups.length) return <input type="hidden" name="signAs" value="name" />;
  const options = [
    { value: "name", label: t("ideas.signAs.name", { name: viewerName }) },
    ...groups.map((g) => ({
      value: g.groupId,
      label: t("ideas.signAs.group", { group: groupInText(t, g.groupName) }),
    })),
  ];
  const chosen = value ?? "name";
  // Hand-made radio buttons: the error summary still names the choice.
  labelField("signAs", t("ideas.field.signAs"));
  return (
    <fieldset
      class={error ? "field field-invalid" : "field"}
      id={`field-${idPrefix}signAs`}
      aria-describedby={error ? `${idPrefix}signAs-error` : undefined}
    >
      <legend>{t("ideas.field.signAs")}</legend>
      {error ? (
        <p class="field-error" id={`${idPrefix}signAs-error`}>
          {error}
        </p>
      ) : null}
      {options.map((option, index) => (
        <div class="choice">
          <input
            type="radio"
            id={`${idPrefix}signAs-${index}`}
            name="signAs"
            value={option.value}
            checked={option.value === chosen}
          />
          <label for={`${idPrefix}signAs-${index}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function signedBy(t: Translate, signature: Signature): string {
  const who =
    "group" in signature ? t("ideas.card.parentOf", { group: groupInText(t, signature.group) }) : signature.name;
  return t("ideas.card.by", { who });
}
