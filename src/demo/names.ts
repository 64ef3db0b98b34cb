/** Name lists for realistic demo data, and a seeded random generator so the demo is the same every time. */
export const firstNames = [
  "Emma",
  "Noah",
  "Julia",
  "Liam",
  "Mila",
  "Luca",
  "Sophie",
  "Daan",
  "Tess",
  "Sem",
  "Nora",
  "Finn",
  "Zoë",
  "Levi",
  "Sara",
  "Milan",
  "Yara",
  "Adam",
  "Fenna",
  "Mohammed",
  "Lotte",
  "Bram",
  "Amira",
  "Jesse",
  "Noor",
  "Thijs",
  "Isa",
  "Ayoub",
  "Evi",
  "Lucas",
  "Hanna",
  "Youssef",
  "Lieke",
  "Mees",
  "Elif",
  "Sven",
  "Maud",
  "Daniël",
  "Ilse",
  "Ömer",
];
export const surnames: [string | null, string][] = [
  [null, "Jansen"],
  ["de", "Vries"],
  ["van den", "Berg"],
  ["van", "Dijk"],
  ["", "Bakker"],
  [null, "Visser"],
  [null, "Smit"],
  ["de", "Boer"],
  [null, "Mulder"],
  ["de", "Groot"],
  [null, "Bos"],
  [null, "Vos"],
  [null, "Peters"],
  [null, "Hendriks"],
  ["van", "Leeuwen"],
  [null, "El Amrani"],
  [null, "Yılmaz"],
  [null, "Kowalski"],
  [null, "Dekker"],
  ["van der", "Meer"],
  [null, "Brouwer"],
  ["de", "Wit"],
  [null, "Dijkstra"],
  [null, "Öztürk"],
  [null, "Kramer"],
];
export const parentFirstNames = [
  "Anna",
  "Mark",
  "Fatima",
  "Peter",
  "Sanne",
  "Ahmed",
  "Linda",
  "Kees",
  "Olena",
  "Ricardo",
  "Marieke",
  "Hasan",
];

/** Mulberry32: small, fast, deterministic. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}
