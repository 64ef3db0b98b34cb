/** Organisation management strings (groups, pupils, guardians, staff). */
export const nl = {
  "org.title": "Organisatie beheren",
} as const;

export const en: Record<keyof typeof nl, string> = {
  "org.title": "Manage the organisation",
};
