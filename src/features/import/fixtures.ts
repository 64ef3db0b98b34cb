/**
 * Realistic export files for tests, built in code so the exact bytes
 * (encoding, BOM, line endings) are visible and under control.
 */
import iconv from "iconv-lite";
import type { ExistingData, ImportPlan } from "./plan.js";

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function withPrefix(prefix: number[], body: Uint8Array): Uint8Array {
  const out = new Uint8Array(prefix.length + body.length);
  out.set(prefix);
  out.set(body, prefix.length);
  return out;
}

/** ParnasSys via Excel on Windows: semicolons, CRLF, Windows-1252, no BOM. */
export function parnassysExport(): Uint8Array {
  const lines = [
    "Leerlingnummer;Roepnaam;Voornamen;Tussenvoegsel;Achternaam;Geboortedatum;Groep;Naam ouder/verzorger 1;E-mail ouder/verzorger 1;Naam ouder/verzorger 2;E-mail ouder/verzorger 2;Geslacht",
    "00417;Chloé;Chloé Maria;Van der;Berg;03-04-2016;Groep 4a;Anouk van der Berg;Anouk.vdBerg@Example.nl;Sébastien van der Berg;s.vanderberg@example.nl;V",
    // Sibling: same parent, address typed in another case.
    "00418;Daan;Daniël Johannes;van der;Berg;7-9-2018;Groep 2b;Anouk van der Berg;anouk.vdberg@example.nl;;;M",
    "10233;Jürgen;Jürgen;;Müller;12/11/2015;Groep 5a;Petra Müller;petra.muller@example.nl;;;M",
    "10234;IJsbrand;IJsbrand Pieter;;Rijkaard;31-02-2015;Groep 6a;Els Rijkaard;els@rijkaard.example;;;M",
    "",
    "10235;Fleur;Fleur;;;19-08-2017;Groep 3a;;;;;V",
    "10236;Noëlle;Noëlle;de;Wit;01.12.2014;Groep 7a;Kees de Wit;kees@@example;;;V",
    "10240;Sem;Sem;;Bakker;15-05-2013;Groep 8a;;;;;M",
    "10240;Sem;Sem;;Bakker;15-05-2013;Groep 8b;;;;;M",
    // Same group as "Groep 4a" above, typed differently; parent without e-mail.
    "10241;Lotte;Lotte;;Visser;2-2-2017;groep 4A;Jan Visser;;;;V",
  ];
  return iconv.encode(lines.join("\r\n") + "\r\n", "win1252");
}

/**
 * The ParnasSys export after the school fixed its five refused rows: a real
 * date, a surname, a valid address, and the same group on both rows of pupil
 * 10240. Same encoding and layout as the original.
 */
export function fixedParnassysExport(): Uint8Array {
  const text = iconv
    .decode(Buffer.from(parnassysExport()), "win1252")
    .replace("31-02-2015", "28-02-2015")
    .replace("10235;Fleur;Fleur;;;", "10235;Fleur;Fleur;;Jansen;")
    .replace("kees@@example", "kees@example.nl")
    .replace(";Groep 8b;", ";Groep 8a;");
  return iconv.encode(text, "win1252");
}

/** Magister: commas, every field quoted, UTF-8 with BOM, a remark with a comma and a newline. */
export function magisterExport(): Uint8Array {
  const q = (cells: string[]): string => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(",");
  const lines = [
    q([
      "Stamnr",
      "Roepnaam",
      "Tussenv.",
      "Achternaam",
      "Geb. datum",
      "Klas",
      "Ouder/verzorger 1 naam",
      "Ouder/verzorger 1 e-mail",
      "Voornaam ouder 2",
      "Tussenvoegsel ouder 2",
      "Achternaam ouder 2",
      "E-mailadres ouder 2",
      "Opmerking",
    ]),
    q([
      "20001",
      "Émile",
      "",
      "Dubois",
      "2014-09-21",
      "7B",
      "Dubois, Claire",
      "claire.dubois@example.fr",
      "Marc",
      "",
      "Dubois",
      "marc.dubois@example.fr",
      "Allergie: noten,\nmelk",
    ]),
    q([
      "20002",
      "Sanne",
      "de",
      "Jong",
      "01-10-2016",
      "4A",
      "Jong, Mark de",
      "MARK.DEJONG@EXAMPLE.NL",
      "Ayşe",
      "",
      "Öztürk",
      "ayse.ozturk@example.nl",
      'Zegt "hoi"',
    ]),
    q(["20003", "Zoë", "van 't", "Hof", "5-6-2015", "6A", "", "", "", "", "", "", ""]),
  ];
  return withPrefix(UTF8_BOM, new TextEncoder().encode(lines.join("\n") + "\n"));
}

/** Somtoday saved as Excel "Unicode text": tabs, English-ish headers, UTF-16 LE with BOM. */
export function somtodayExport(): Uint8Array {
  const lines = [
    "Student number\tGiven name\tPrefix\tFamily name\tDate of birth\tClass\tParent 1 name\tParent 1 email\tGuardian 2 name\tGuardian 2 email",
    "S-3001\tFinn\t\tJanssen\t2015-03-14\tH1A\tEva Janssen\teva.janssen@example.nl\t\t",
    "S-3002\tMila\tvan\tDijk\t2030-01-01\tH1A\tRob van Dijk\trob@vandijk.example\t\t",
    // Only an e-mail address for the parent: accepted, the parent fills in a name later.
    "S-3003\tNoah\t\tSmit\t30-06-2015\tH1B\t\tnoah.ouders@example.nl\t\t",
  ];
  return withPrefix([0xff, 0xfe], iconv.encode(lines.join("\r\n") + "\r\n", "utf16le"));
}

const FIRST_NAMES = [
  "Emma",
  "Noah",
  "Julia",
  "Liam",
  "Mila",
  "Luuk",
  "Sophie",
  "Daan",
  "Tess",
  "Sem",
  "Zoë",
  "Finn",
  "Saar",
  "Levi",
  "Noor",
  "Bram",
  "Fenna",
  "Jesse",
  "Lieke",
  "Thijs",
  "Chloé",
  "Mohammed",
  "Yara",
  "Amir",
];
const SURNAMES: [string, string][] = [
  ["", "Jansen"],
  ["de", "Vries"],
  ["van", "Dijk"],
  ["", "Bakker"],
  ["van der", "Meer"],
  ["", "Visser"],
  ["de", "Boer"],
  ["", "Smit"],
  ["van den", "Berg"],
  ["", "Müller"],
  ["", "El Amrani"],
  ["", "Mulder"],
  ["de", "Graaf"],
  ["", "Yilmaz"],
  ["van 't", "Hof"],
  ["", "Kuijpers"],
];
const GROUPS = ["1a", "1b", "2a", "2b", "3a", "3b", "4a", "4b", "5a", "5b", "6a", "6b", "7a", "7b", "8a", "8b"];

/** A small deterministic PRNG (mulberry32), so generated files are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An n-row ParnasSys-style export (semicolons, UTF-8, Dutch dates). Families of
 * one to three children share their parents' e-mail addresses; about one in
 * five families has a single parent.
 */
export function generateExport(n: number, seed = 2024): Uint8Array {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const lines = [
    "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;Groep;Naam ouder 1;E-mail ouder 1;Naam ouder 2;E-mail ouder 2",
  ];
  let family = 0;
  while (lines.length <= n) {
    family += 1;
    const [prefix, surname] = pick(SURNAMES);
    const full = [prefix, surname].filter(Boolean).join(" ");
    const slug = surname.toLowerCase().replace(/[^a-z]/g, "");
    const parent1 = [`${pick(FIRST_NAMES)} ${full}`, `ouder1.${slug}.${family}@example.nl`];
    const parent2 = rnd() < 0.2 ? ["", ""] : [`${pick(FIRST_NAMES)} ${full}`, `ouder2.${slug}.${family}@example.nl`];
    const children = 1 + Math.floor(rnd() * 3);
    for (let c = 0; c < children && lines.length <= n; c += 1) {
      const year = 2013 + Math.floor(rnd() * 8);
      const date = `${1 + Math.floor(rnd() * 28)}-${1 + Math.floor(rnd() * 12)}-${year}`;
      const number = String(100000 + lines.length);
      lines.push([number, pick(FIRST_NAMES), prefix, surname, date, pick(GROUPS), ...parent1, ...parent2].join(";"));
    }
  }
  return new TextEncoder().encode(lines.join("\r\n") + "\r\n");
}

/**
 * Test double for the database writer: applies a plan to in-memory existing
 * data the way the real writer should, so "import twice" can be tested.
 */
export function applyPlan(existing: ExistingData, plan: ImportPlan): Required<ExistingData> {
  let nextId = existing.pupilsByNumber.size + existing.guardiansByEmail.size + existing.groupsByName.size;
  const id = (kind: string): string => `${kind}-${(nextId += 1)}`;
  const groupsByName = new Map(existing.groupsByName);
  for (const name of plan.groups.create) groupsByName.set(name, { id: id("group") });
  const pupilsByNumber = new Map(existing.pupilsByNumber);
  for (const { pupil } of plan.pupils.create) pupilsByNumber.set(pupil.pupilNumber, { id: id("pupil"), ...pupil });
  for (const { id: pupilId, pupil } of plan.pupils.update)
    pupilsByNumber.set(pupil.pupilNumber, { id: pupilId, ...pupil });
  const guardiansByEmail = new Map(existing.guardiansByEmail);
  for (const { email, name } of plan.guardians.create) guardiansByEmail.set(email, { id: id("guardian"), name });
  for (const { id: guardianId, email, name } of plan.guardians.update)
    guardiansByEmail.set(email, { id: guardianId, name });
  const links = new Map([...(existing.guardianIdsByPupilId ?? [])].map(([p, set]) => [p, new Set(set)]));
  for (const link of plan.links.add) {
    const pupilId = link.pupilId ?? pupilsByNumber.get(link.pupilNumber)?.id;
    const guardianId = link.guardianId ?? guardiansByEmail.get(link.guardianEmail)?.id;
    if (pupilId === undefined || guardianId === undefined) throw new Error("link to unknown pupil or guardian");
    links.set(pupilId, (links.get(pupilId) ?? new Set<string>()).add(guardianId));
  }
  return { pupilsByNumber, guardiansByEmail, groupsByName, guardianIdsByPupilId: links };
}

export const NOTHING_YET: ExistingData = {
  pupilsByNumber: new Map(),
  guardiansByEmail: new Map(),
  groupsByName: new Map(),
  guardianIdsByPupilId: new Map(),
};
