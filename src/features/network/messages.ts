/** Texts of the parent network. Dutch is the source; plain language (B1), "u" for parents. */
export const nl = {
  "network.nav": "Oudernetwerk",
  "network.error.tooLong": "Deze tekst is te lang.",
  "network.error.tags": "Geef hoogstens 12 trefwoorden van elk hoogstens 40 tekens, gescheiden door komma's.",
  "network.error.visibility": "Kies wie u mag zien.",
  "network.error.language": "Kies talen uit de lijst.",
  "network.error.emptyRequest": "Schrijf wat u vraagt.",
  "network.error.noParents": "Kies een of meer ouders.",
  "network.error.answer": "Kies ja of nee.",
};

export const en: Record<keyof typeof nl, string> = {
  "network.nav": "Parent network",
  "network.error.tooLong": "This text is too long.",
  "network.error.tags": "Give at most 12 tags of at most 40 characters each, separated by commas.",
  "network.error.visibility": "Choose who may see you.",
  "network.error.language": "Choose languages from the list.",
  "network.error.emptyRequest": "Write what you are asking.",
  "network.error.noParents": "Choose one or more parents.",
  "network.error.answer": "Choose yes or no.",
};
