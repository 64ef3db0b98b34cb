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

export const en: Record<keyof typeof nl, string> = {
  "province.groningen": "Groningen",
  "province.friesland": "Friesland",
  "province.drenthe": "Drenthe",
  "province.overijssel": "Overijssel",
  "province.flevoland": "Flevoland",
  "province.gelderland": "Gelderland",
  "province.utrecht": "Utrecht",
  "province.noord-holland": "North Holland",
  "province.zuid-holland": "South Holland",
  "province.zeeland": "Zeeland",
  "province.noord-brabant": "North Brabant",
  "province.limburg": "Limburg",
};
