import { beforeAll, describe, expect, it } from "vitest";
import { signIn, type TestClient, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { addPupils, createSchool } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { auditLog } from "../../db/schema/index.js";
import { translator } from "../../web/i18n/index.js";
import { responsesCsvStream } from "./export/responses-stream.js";
import { pdfTexts } from "../../lib/pdf/testing.js";
import { csvRows, xlsxSheets } from "./export/testing.js";
import { prepareResponseExport } from "./service/exports.js";
import { answerThroughOpenLink, createMeasurementAs, openLinkOf } from "./testing.js";
import { enlargeSchool } from "./testing/larger-school.js";
import { ofOrg } from "../../db/of-org.js";

const ctx = useTestContext();

const FILES = ["report.pdf", "results.csv", "results.xlsx", "responses.csv", "responses.xlsx"];
const exportPath = (id: string, file: string) => `/organisation/measurements/${id}/export/${file}`;

/** Named after people whose names need letters beyond Windows-1252 (and so beyond Helvetica). */
const SCHOOL = "Basisschool Łukasz Çelik & Ayşe Yılmaz";

/**
 * Five pupils answer vision.1 with 4 (now) and 5 (desired), vision.2 now with "don't know"
 * and the school's own item with 3 (now), and leave the rest open; four parents, too few,
 * answer 1 and 5.
 */
async function smallGroupMeasurement() {
  const school = await createSchool(ctx.database.db, { name: SCHOOL });
  // Through an open link answer no more than the class has pupils, or parents without a mailed invitation.
  await addPupils(ctx.database.db, school.groupB, 4);
  await addPupils(ctx.database.db, school.groupA, 4);
  const leader = await signIn(ctx, school.leader.email);
  const id = await createMeasurementAs(leader, {
    title: "Nulmeting Één",
    team: "",
    parents: school.groupA.id,
    pupils: school.groupB.id,
    "extra-1-group": "pupils",
    "extra-1-domain": "vision",
    "extra-1-nl": "Mijn ouders weten wat ik leer.",
  });
  const pupils = await openLinkOf(leader, id, `Leerlingen van ${school.groupB.name}`);
  const parents = await openLinkOf(leader, id, `Ouders van ${school.groupA.name}`);
  for (let i = 0; i < 5; i++) {
    await answerThroughOpenLink(ctx, pupils, {
      "current:pupils.vision.1": "4",
      "desired:pupils.vision.1": "5",
      "current:pupils.vision.2": "dk",
      "current:extra.1": "3",
    });
  }
  for (let i = 0; i < 4; i++) {
    const page = { "current:parents.vision.1": "1", "desired:parents.vision.1": "5", open: "Geheim verhaal" };
    await answerThroughOpenLink(ctx, parents, page);
  }
  await leader.post(`/organisation/measurements/${id}/close`);
  return { school, leader, id };
}

async function fetchFile(client: TestClient, id: string, file: string) {
  const response = await client.get(exportPath(id, file));
  expect(response.status, file).toBe(200);
  return response;
}

describe("measurement exports", () => {
  let small: Awaited<ReturnType<typeof smallGroupMeasurement>>;
  beforeAll(async () => {
    small = await smallGroupMeasurement();
  });

  it("offers every download on the results page", async () => {
    const html = await (await small.leader.get(`/organisation/measurements/${small.id}/results`)).text();
    for (const file of FILES) expect(html).toContain(`href="${exportPath(small.id, file)}"`);
  });

  it("writes a PDF report with the thermometer, and no figures of the group of four", async () => {
    const response = await fetchFile(small.leader, small.id, "report.pdf");
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain('filename="rapport-nulmeting-een.pdf"');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const texts = await pdfTexts(pdf);
    const all = texts.join("\n");
    for (const expected of ["Kwaliteitsthermometer", "Nulmeting Één", "Reacties per groep"]) {
      expect(all).toContain(expected);
    }
    // The team was not asked, so there is no one to compare with: no section on perception.
    expect(all).not.toContain("Verschillen in beleving");
    expect(all).toContain("Voorstel voor prioriteiten");
    // Every letter of the name, and the arrow from now to desired (it printed as "!’").
    expect(all).toContain(SCHOOL);
    expect(texts).toContain("4,0 → 5,0");
    expect(all).not.toContain("!’");
    expect(all).toMatch(/4 reacties . te weinig reacties/);
    // The pupils' figures are there; the parents' (1,0 now, a gap of 4,0) nowhere, nor their open answers.
    expect(texts).toContain("+1,0");
    expect(texts).not.toContain("1,0");
    expect(texts).not.toContain("+4,0");
    expect(all).not.toContain("Geheim");
  });

  it("writes the aggregated results as CSV for Dutch Excel, leaving hidden cells blank with a note", async () => {
    const response = await fetchFile(small.leader, small.id, "results.csv");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain('filename="uitkomsten-nulmeting-een.csv"');
    const [header, ...rows] = csvRows(await response.arrayBuffer(), ";");
    expect(header!.slice(0, 10)).toEqual([
      "Niveau",
      "Onderwerp",
      "Vraagcode",
      "Vraag",
      "Groep",
      "Aantal",
      "Gemiddelde nu",
      "Gemiddelde gewenst",
      "Verschil",
      "Positief nu (%)",
    ]);
    const pupilsItem = rows.find((row) => row[2] === "pupils.vision.1")!;
    expect(pupilsItem.slice(4, 10)).toEqual(["Leerlingen", "5", "4", "5", "1", "100"]);
    expect(pupilsItem[header!.indexOf("Nu: 4")]).toBe("5");
    const parents = rows.filter((row) => row[4] === "Ouders");
    expect(parents.length).toBeGreaterThan(6);
    for (const row of parents) {
      expect(row.slice(5, -1).every((cell) => cell === "")).toBe(true);
      expect(row.at(-1)).toBe("te weinig reacties");
    }
  });

  it("writes the same table as XLSX", async () => {
    const response = await fetchFile(small.leader, small.id, "results.xlsx");
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const sheet = (await xlsxSheets(await response.arrayBuffer())).get("Uitkomsten")!;
    const [header, ...rows] = sheet;
    const pupilsItem = rows.find((row) => row[2] === "pupils.vision.1")!;
    expect(pupilsItem.slice(4, 10)).toEqual(["Leerlingen", 5, 4, 5, 1, 100]);
    const parents = rows.filter((row) => row[4] === "Ouders");
    expect(parents.length).toBeGreaterThan(6);
    for (const row of parents) {
      expect(row.slice(5, header!.length - 1).every((cell) => cell === null)).toBe(true);
      expect(row.at(-1)).toBe("te weinig reacties");
    }
  });

  it("exports the answers of visible groups row by row, without open answers or classes", async () => {
    const csv = await fetchFile(small.leader, small.id, "responses.csv");
    expect(csv.headers.get("content-disposition")).toContain('filename="antwoorden-nulmeting-een.csv"');
    const bytes = await csv.arrayBuffer();
    const text = Buffer.from(bytes).toString("utf8");
    const [header, ...rows] = csvRows(bytes, ";");
    expect(header!.slice(0, 6)).toEqual([
      "Nr",
      "Groep",
      "pupils.vision.1 nu",
      "pupils.vision.1 gewenst",
      "pupils.vision.2 nu",
      "pupils.vision.2 gewenst",
    ]);
    expect(header!.some((column) => column.startsWith("parents."))).toBe(false);
    expect(rows).toHaveLength(5);
    expect(rows.map((row) => row[0])).toEqual(["1", "2", "3", "4", "5"]);
    expect(header!.slice(-2)).toEqual(["extra.1 nu", "extra.1 gewenst"]);
    for (const row of rows) {
      expect(row.slice(1, 7)).toEqual(["Leerlingen", "4", "5", "weet niet", "", ""]);
      expect(row.slice(-2)).toEqual(["3", ""]);
    }
    expect(text).not.toContain("Geheim");
    expect(text).not.toContain(small.school.groupB.name);

    const xlsx = await fetchFile(small.leader, small.id, "responses.xlsx");
    const sheets = await xlsxSheets(await xlsx.arrayBuffer());
    expect([...sheets.keys()]).toEqual(["Toelichting", "Antwoorden"]);
    const answers = sheets.get("Antwoorden")!;
    expect(answers).toHaveLength(6);
    expect(answers[1]!.slice(0, 7)).toEqual([1, "Leerlingen", 4, 5, "weet niet", null, null]);
    expect(JSON.stringify([...sheets.values()])).not.toContain("Geheim");
  });

  it("reads the answers in batches and numbers them on across batches", async () => {
    const scope = { db: ctx.database.db, orgId: small.school.orgId, userId: small.school.leader.id };
    const prepared = (await prepareResponseExport(scope, small.id))!;
    expect(prepared.groups).toEqual(["pupils"]);
    const stream = responsesCsvStream({
      scope,
      measurementId: small.id,
      t: translator("en"),
      locale: "en",
      prepared,
      batchSize: 2,
    });
    const rows = csvRows(await new Response(stream).arrayBuffer(), ",");
    expect(rows[0]!.slice(0, 3)).toEqual(["No", "Group", "pupils.vision.1 now"]);
    expect(rows.slice(1).map((row) => row.slice(0, 3))).toEqual([1, 2, 3, 4, 5].map((n) => [String(n), "Pupils", "4"]));
  });

  it("stops reading when a download is stopped after its first batch, and the next download is whole", async () => {
    const scope = { db: ctx.database.db, orgId: small.school.orgId, userId: small.school.leader.id };
    const prepared = (await prepareResponseExport(scope, small.id))!;
    const input = {
      scope,
      measurementId: small.id,
      t: translator("en"),
      locale: "en" as const,
      prepared,
      batchSize: 2,
    };
    const reader = responsesCsvStream(input).getReader();
    await reader.read(); // the header
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toMatch(/^1,Pupils,/);
    await reader.cancel();
    const rows = csvRows(await new Response(responsesCsvStream(input)).arrayBuffer(), ",");
    expect(rows.slice(1).map((row) => row[0])).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("records each download in the audit log", async () => {
    await fetchFile(small.leader, small.id, "results.csv");
    const entries = await withOrg(ctx.database.db, { orgId: small.school.orgId, userId: null }, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(ofOrg(auditLog, small.school.orgId, { action: "export" })),
    );
    expect(entries.map((e) => e.detail)).toContain("results.csv");
    expect(entries.every((e) => e.entity === "measurement" && e.entityId === small.id)).toBe(true);
  });

  it("lets no teacher, parent or other school download anything", async () => {
    const teacher = await signIn(ctx, small.school.teacher.email);
    const parent = await signIn(ctx, small.school.parent.email);
    const other = await createSchool(ctx.database.db);
    const otherLeader = await signIn(ctx, other.leader.email);
    for (const file of FILES) {
      expect([403, 404], `teacher ${file}`).toContain((await teacher.get(exportPath(small.id, file))).status);
      expect([403, 404], `parent ${file}`).toContain((await parent.get(exportPath(small.id, file))).status);
      expect((await otherLeader.get(exportPath(small.id, file))).status, `other school ${file}`).toBe(404);
    }
  });
});

describe("exports of a measurement with every group visible", () => {
  it("is in English for an English reader, with a comma-separated CSV", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    await enlargeSchool(ctx.database.db, school);
    await leader.post("/language", { locale: "en", back: "/" });
    const id = await createMeasurementAs(leader, {
      title: "Baseline",
      parents: school.groupA.id,
      pupils: school.groupB.id,
    });
    const open = await leader.get(exportPath(id, "results.csv"));
    expect(open.status).toBe(409);
    await leader.post(`/organisation/measurements/${id}/simulate`);
    await leader.post(`/organisation/measurements/${id}/close`);

    const texts = (await pdfTexts(Buffer.from(await (await fetchFile(leader, id, "report.pdf")).arrayBuffer()))).join(
      "\n",
    );
    for (const expected of [
      "Quality thermometer",
      "Responses per group",
      "Differences in perception",
      "Per question",
    ]) {
      expect(texts).toContain(expected);
    }
    expect(texts).not.toContain("too few responses");

    const [header, ...rows] = csvRows(await (await fetchFile(leader, id, "results.csv")).arrayBuffer(), ",");
    expect(header![0]).toBe("Level");
    const teamVision = rows.find((row) => row[0] === "topic" && row[4] === "Team" && row[1] === "Vision")!;
    expect(teamVision[6]).toMatch(/^\d(\.\d{1,2})?$/);
    expect(rows.every((row) => row.at(-1) === "")).toBe(true);

    const answers = csvRows(await (await fetchFile(leader, id, "responses.csv")).arrayBuffer(), ",");
    expect(new Set(answers.slice(1).map((row) => row[1]))).toEqual(new Set(["Team", "Parents", "Pupils"]));
  }, 120_000);
});
