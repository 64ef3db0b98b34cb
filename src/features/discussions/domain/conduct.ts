/**
 * The code of conduct shown before a person's first post, agreed to once per version. Its rules
 * are catalog entries (`discussions.conduct.rule.<n>`); changing them means raising the version,
 * so that everyone is asked again.
 */
export const CONDUCT_VERSION = 1;
export const conductRules = [1, 2, 3, 4, 5, 6] as const;
