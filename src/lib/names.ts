/** People's names as Samen shows them. */

/** "Daan van der Berg": first name, surname prefix (tussenvoegsel) and surname. */
export function fullName(p: { firstName: string; surnamePrefix: string | null; surname: string }): string {
  return [p.firstName, p.surnamePrefix, p.surname].filter(Boolean).join(" ");
}
