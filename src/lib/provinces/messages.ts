/** The provinces' names (index.ts). */
export const nl = {
  "province.groningen": "Groningen",
  "province.friesland": "Friesland",
  "province.drenthe": "Drenthe",
  "province.overijssel": "Overijssel",
  "province.flevoland": "Flevoland",
  "province.gelderland": "Gelderland",
  "province.utrecht": "Utrecht",
  "province.noord-holland": "Noord-Holland",
  "province.zuid-holland": "Zuid-Holland",
  "province.zeeland": "Zeeland",
  "province.noord-brabant": "Noord-Brabant",
  "province.limburg": "Limburg",
};

/** The English names are the Dutch ones, but for the three that English spells its own way. */
export const en: Record<keyof typeof nl, string> = {
  ...nl,
  "province.noord-holland": "North Holland",
  "province.zuid-holland": "South Holland",
  "province.noord-brabant": "North Brabant",
};
