/**
 * The parent network as other features see it (buddies and discussion groups use a parent's
 * languages and groups): a parent's profile, the organisation's current parents with their
 * children's groups, the list of languages and their names, and the visibility rule.
 * Each read runs in the caller's transaction.
 */
export { LANGUAGES, LANGUAGE_CODES, isLanguageCode, languageName, type LanguageCode } from "./domain/languages.js";
export {
  DEFAULT_CHOICES,
  audienceOf,
  shownTo,
  type Audience,
  type ProfileChoices,
  type ShownFields,
  type Visibility,
} from "./domain/visibility.js";
export { currentParents, type CurrentParent, type ParentGroup } from "./service/parents.js";
export { networkProfileOf, type NetworkProfile } from "./service/profile.js";
export { networkOfPerson } from "./service/export.js";
