/**
 * `samen import`: the pupil/guardian import from the command line, the same
 * checks and the same all-or-nothing write as the web import, in the words of the organisation
 * (a daycare's or preschool's 'kinderen' and 'kindnummer', as on its import page). Any rejected
 * row or unmapped required column ends with exit code 1 and nothing changed, and
 * so do groups the school does not have beside the ones it has, until
 * --map-group puts them in an existing group or --create-groups says they are really new.
 */
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { analyseFile, ImportFileProblem, type Analysis } from "../../features/import/analyse.js";
import { applyImport, ImportRefused, type Progress } from "../../features/import/apply.js";
import { FIELDS, isField, type Field } from "../../features/import/fields.js";
import type { HeaderOverrides } from "../../features/import/headers.js";
import { countItems, fieldLabel } from "../../features/import/labels.js";
import { groupKey } from "../../features/import/group-names.js";
import { loadExisting } from "../../features/import/load-existing.js";
import { planImport, type ImportPlan } from "../../features/import/plan.js";
import { translator, wordingOf, type Translate } from "../../web/i18n/index.js";
import { CommandError, parseFlags, UsageError, type CliIo, type Command } from "../command.js";
import { withDatabase } from "../database.js";
import { findOrganisation } from "./create-user.js";

const flags = z.object({
  org: z.string({ message: "--org is required." }),
  file: z.string({ message: "--file is required." }),
  map: z.array(z.string()).default([]),
  "dry-run": z.boolean().default(false),
  "create-groups": z.boolean().default(false),
  "map-group": z.array(z.string()).default([]),
  lang: z.enum(["nl", "en"], { message: "--lang must be nl or en." }).default("nl"),
});

export const importCommand: Command = {
  help: `${translator("en")("import.cli.usage")}

Reads the export of a school or daycare, checks every row and imports it in one transaction: all
or nothing. Importing the same file again updates and never duplicates (pupil or child number,
parent e-mail). The summary and the reasons speak the organisation's words.
  --org      the organisation's id or registration code (BRIN, or LRK number for a daycare)
  --file     the CSV file (comma, semicolon or tab; UTF-8, UTF-16 or Windows-1252)
  --map      "Column name=field" for a column that is not recognised; repeat for more.
             Fields: ${FIELDS.map((f) => f.field).join(", ")}, or ignore
  --dry-run  check and show what would change, without saving anything
  --map-group  "Name in file=existing group": put the pupils or children of a group
             the school or daycare does not know by that name into one it has
             (e.g. --map-group "Groep 7b=7B"); repeat for more
  --create-groups  create the groups the file names that the organisation does not have yet and
             --map-group does not map (asked for when it already has groups: "Groep 7" and "7"
             are one group, but an unrecognised spelling would become a second one)
  --lang     nl (default) or en, for the summary and the reasons
Exits 1 and changes nothing when a row is rejected or a required column is missing.`,
  options: {
    org: { type: "string" },
    file: { type: "string" },
    map: { type: "string", multiple: true },
    "dry-run": { type: "boolean" },
    "create-groups": { type: "boolean" },
    "map-group": { type: "string", multiple: true },
    lang: { type: "string" },
  },
  async run(values, { env, io }) {
    const input = parseFlags(flags, values);
    await withDatabase(env, async (database) => {
      const org = await findOrganisation(database.db, input.org);
      // The organisation is found first, so that a daycare reads its own words from the first line on.
      const t = translator(input.lang, wordingOf(org.type));
      const analysis = await checkedAnalysis(t, await readBytes(t, input.file), parseMaps(t, input.map));
      for (const { column, header } of analysis.unrecognised) {
        io.out(`${t("import.cli.ignored", { n: column + 1, header })}\n`);
      }
      printWarnings(t, io, analysis);
      const scope = { db: database.db, orgId: org.id, userId: null };
      const existing = await loadExisting(scope);
      if (!existing.schoolYear) throw new CommandError(t("import.refused.noSchoolYear"));
      const mapTo = parseGroupMaps(t, input["map-group"], (await planImport({ rows: analysis.rows, existing })).groups);
      const groups = { create: input["create-groups"], mapTo };
      const plan = await planImport({ rows: analysis.rows, existing, groups });
      if (input["dry-run"]) return printCounts(t, io, t("import.cli.dryRun", { org: org.name }), plan);
      if (plan.groups.confirm) {
        const names = plan.groups.ask.join(", ");
        throw new CommandError(t("import.cli.newGroups", { names, existing: plan.groups.existing.join(", ") }));
      }
      const outcome = await applyImport({
        ...scope,
        rows: analysis.rows,
        groups,
        onProgress: progress(t, io),
      }).catch((error: unknown) => {
        if (error instanceof ImportRefused) throw new CommandError(t(error.code));
        if ((error as { cause?: { code?: unknown } }).cause?.code === "23505") {
          throw new CommandError(t("import.failed.conflict"));
        }
        throw error;
      });
      printCounts(t, io, t("import.cli.done", { org: org.name }), outcome.plan);
    });
  },
};

/** `--map "Kolomnaam=veld"`, split at the last "=" (a field name never holds one). */
function parseMaps(t: Translate, maps: string[]): HeaderOverrides {
  const overrides: Record<string, Field | "ignore"> = {};
  for (const value of maps) {
    const at = value.lastIndexOf("=");
    const header = value.slice(0, at).trim();
    const field = value.slice(at + 1).trim();
    if (at <= 0 || header === "" || !(field === "ignore" || isField(field))) {
      const fields = [...FIELDS.map((f) => f.field), "ignore"].join(", ");
      throw new UsageError(t("import.cli.badMap", { value, fields }));
    }
    overrides[header] = field;
  }
  return overrides;
}

/**
 * `--map-group "Groep 7b=7B"`, split at the last "=": the file's name must be one the school does not
 * have (in any spelling), and the group must exist, or the mapping would silently do nothing.
 */
function parseGroupMaps(t: Translate, maps: string[], groups: ImportPlan["groups"]): Map<string, string> {
  const mapTo = new Map<string, string>();
  const existing = groups.existing.join(", ");
  for (const value of maps) {
    const at = value.lastIndexOf("=");
    const from = value.slice(0, at).trim();
    const to = groups.existing.find((name) => groupKey(name) === groupKey(value.slice(at + 1)));
    if (at <= 0 || from === "" || to === undefined)
      throw new UsageError(t("import.cli.badMapGroup", { value, existing }));
    if (!groups.create.some((name) => groupKey(name) === groupKey(from))) {
      throw new UsageError(t("import.cli.unusedMapGroup", { name: from }));
    }
    mapTo.set(from, to);
  }
  return mapTo;
}

async function readBytes(t: Translate, file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    throw new CommandError(t("import.cli.fileUnreadable", { file }));
  }
}

/** The analysis, or the reasons the file cannot be imported as the error. */
async function checkedAnalysis(t: Translate, bytes: Uint8Array, overrides: HeaderOverrides): Promise<Analysis> {
  let analysis: Analysis;
  try {
    analysis = await analyseFile(bytes, { overrides });
  } catch (error) {
    if (error instanceof ImportFileProblem) throw new CommandError(t(error.code));
    throw error;
  }
  const problems = analysis.unusedOverrides.map((header) => t("import.cli.unusedMap", { header }));
  if (analysis.missingRequired.length > 0) {
    const fields = analysis.missingRequired.map((field) => `${fieldLabel(t, field)} (${field})`).join(", ");
    problems.push(t("import.cli.missing", { fields }));
  }
  const rejected = analysis.rows.flatMap((row) => (row.ok ? [] : [row]));
  if (rejected.length > 0) {
    problems.push(t("import.cli.rejected", { count: rejected.length }));
    for (const { row, reasons } of rejected) {
      problems.push(t("import.cli.line", { row, text: reasons.map((reason) => t(reason)).join(" ") }));
    }
  }
  if (problems.length > 0) throw new CommandError(problems.join("\n"));
  return analysis;
}

function printWarnings(t: Translate, io: CliIo, analysis: Analysis): void {
  const warned = analysis.rows.flatMap((row) => (row.ok && row.warnings.length > 0 ? [row] : []));
  if (warned.length === 0) return;
  io.out(`${t("import.cli.warnings")}\n`);
  for (const { row, warnings } of warned) {
    io.out(`${t("import.cli.line", { row, text: warnings.map((warning) => t(warning)).join(" ") })}\n`);
  }
}

function printCounts(t: Translate, io: CliIo, title: string, plan: ImportPlan): void {
  const lines = countItems(plan.counts).map(([label, count]) => t("import.cli.count", { label: t(label), count }));
  const groups =
    plan.groups.create.length > 0 ? [t("import.preview.groups", { names: plan.groups.create.join(", ") })] : [];
  io.out(`${[title, ...lines, ...groups].join("\n")}\n`);
}

/** A line on stderr at every tenth of the way, so a large file shows it is moving. */
function progress(t: Translate, io: CliIo): Progress {
  let shown = -1;
  return (done, total) => {
    const tenth = Math.floor((done / total) * 10);
    if (tenth === shown) return;
    shown = tenth;
    io.err(`${t("import.cli.progress", { done, total })}\n`);
  };
}
