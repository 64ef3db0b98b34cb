/**
 * Searching without accents and punctuation: "Ayse" finds "Ayşe", "Yilmaz" finds "Yılmaz", "ouder's"
 * finds "ouders". The folding is done by the database on both sides (`translate`, which PGlite and
 * PostgreSQL have alike, without the `unaccent` extension that the project does not load), so what is searched and what is stored
 * are folded by one and the same table.
 */
import { sql, type SQL } from "drizzle-orm";

/** Each plain letter and the letters with diacritics that fold to it (Dutch, German, French, Turkish, Polish…). */
const letters: Record<string, string> = {
  a: "àáâãäåāăą",
  c: "çćĉċč",
  d: "ďđ",
  e: "èéêëēĕėęě",
  g: "ĝğġģ",
  h: "ĥħ",
  i: "ìíîïĩīĭįıİ",
  j: "ĵ",
  k: "ķ",
  l: "ĺļľŀł",
  n: "ñńņňŉ",
  o: "òóôõöøōŏő",
  r: "ŕŗř",
  s: "śŝşšș",
  t: "ţťŧț",
  u: "ùúûüũūŭůűų",
  w: "ŵ",
  y: "ýÿŷ",
  z: "źżž",
};

/** Marks that join a word's parts ("ouder's", "(G)MR", "Jan-Willem"): a search reads past them. */
export const PUNCTUATION = "'’‘`´\"“”„()[]{}.,;:!?/-–—&+*#";

function foldTable(): { from: string; to: string } {
  let from = "";
  let to = "";
  for (const [plain, marked] of Object.entries(letters)) {
    for (const letter of marked) {
      for (const form of new Set([letter, letter.toUpperCase()])) {
        if (form.length !== 1 || /[A-Za-z]/.test(form) || from.includes(form)) continue;
        from += form;
        to += plain;
      }
    }
  }
  return { from, to };
}

const { from: FOLD_FROM, to: FOLD_TO } = foldTable();

/** The text in lower case without its diacritics, in SQL: "Öztürk" and "ozturk" fold alike. */
export function foldedSql(text: SQL | SQL.Aliased | unknown): SQL {
  return sql`lower(translate(${text}, ${FOLD_FROM}, ${FOLD_TO}))`;
}

/**
 * The same folding as written-out SQL around a column expression, for a generated column (which
 * cannot take parameters): the stored search vectors fold exactly as the searches do.
 */
export function foldedSqlText(expression: string): string {
  const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
  return `lower(translate(${expression}, ${literal(FOLD_FROM)}, ${literal(FOLD_TO)}))`;
}

/** The text folded and its punctuation read as spaces, in SQL, for matching names: "Yılmaz-Öztürk" as "yilmaz ozturk". */
export function foldedWordsSql(text: SQL | unknown): SQL {
  const spaces = " ".repeat(PUNCTUATION.length);
  return sql`regexp_replace(translate(${foldedSql(text)}, ${PUNCTUATION}, ${spaces}), '\\s+', ' ', 'g')`;
}

/** The words of a search as typed, each split at its punctuation: "(G)MR" → ["G", "MR"], "ouder's" → ["ouder", "s"]. */
export function searchWords(query: string): { joined: string; parts: string[] }[] {
  const punctuation = new RegExp(`[${PUNCTUATION.replace(/[\]\\^-]/g, "\\$&")}]+`, "g");
  return query
    .split(/\s+/)
    .map((word) => {
      const parts = word.split(punctuation).filter(Boolean);
      return { joined: parts.join(""), parts };
    })
    .filter((word) => word.joined);
}
