/**
 * Control characters in every field of every form (issue 10 §2). The forms are found by walking
 * the demo as each of its people (and a respondent, and someone signed out) sees it; every field
 * of each is posted with each character in turn. No answer may be a server error, and nothing
 * stored may hold a control character.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getTableColumns, getTableName, type Table } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import * as schema from "../../src/db/schema/index.js";
import { withOrg } from "../../src/db/client.js";
import { DEMO_ACCOUNTS, loadDemo } from "../../src/demo/load-demo.js";
import { createMeasurementAs } from "../../src/features/measurements/testing.js";
import { signIn, TestClient, useTestContext } from "../helpers/app.js";
import { kindOf, reachableForms, type Form } from "./forms.js";

/** NUL, another C0 control, DEL, and a C1 control with a right-to-left override. */
const CHARACTERS = ["\u0000", "\u001B", "\u007F", "\u0085\u202E"];
// eslint-disable-next-line no-control-regex -- the characters under test
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
/** Forms that end the walker's session. */
const SKIP = /sign-out/;
/** Forms that remove what later forms need: posted last. */
const LAST = /delete|remove|archive|close|cancel|revoke|withdraw/;

const ctx = useTestContext();
beforeAll(async () => {
  await loadDemo(ctx.database.db);
});

async function walkers(): Promise<{ who: string; client: TestClient; start: string }[]> {
  const people = await Promise.all(
    Object.entries(DEMO_ACCOUNTS).map(async ([who, email]) => ({ who, client: await signIn(ctx, email), start: "/" })),
  );
  const leader = people.find((p) => p.who === "leader")!.client;
  const newForm = await (await leader.get("/organisation/measurements/new")).text();
  const parents = newForm.match(/name="parents" value="([0-9a-f-]{36})"/)![1]!;
  const id = await createMeasurementAs(leader, { parents, team: "" });
  const detail = await (await leader.get(`/organisation/measurements/${id}`)).text();
  const open = detail.match(/http:\/\/localhost:3000(\/m\/open\/[A-Za-z0-9_-]{43})/)![1]!;
  const respondent = new TestClient(ctx.app);
  const personal = (await respondent.post(open)).headers.get("location")!;
  return [
    ...people,
    { who: "respondent", client: respondent, start: personal },
    { who: "visitor", client: new TestClient(ctx.app), start: "/sign-in" },
  ];
}

/** The value with the character inside it, or around a letter when it was empty. */
function withCharacter(value: string, character: string, name: string): string {
  if (value) return value.slice(0, 1) + character + value.slice(1);
  return name.toLowerCase().includes("email") ? `a${character}b@example.nl` : `a${character}b`;
}

async function submit(client: TestClient, form: Form, values: Record<string, string[]>): Promise<Response> {
  if (form.method === "post") return client.post(form.action, values);
  const query = new URLSearchParams();
  for (const [key, list] of Object.entries(values)) for (const value of list) query.append(key, value);
  return client.get(`${form.action}?${query}`);
}

/** Whether any string in the row (jsonb values included) holds a control character. */
function holdsControl(row: unknown): boolean {
  let found = false;
  JSON.stringify(row, (_, value: unknown) => {
    if (typeof value === "string" && CONTROL.test(value)) found = true;
    return value;
  });
  return found;
}

/** Every stored row, of every organisation, that holds a control character. */
async function storedWithControl(): Promise<string[]> {
  const { db } = ctx.database;
  const orgIds = (await db.select({ id: schema.organisations.id }).from(schema.organisations)).map((o) => o.id);
  const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => value instanceof PgTable);
  const found: string[] = [];
  for (const table of tables) {
    const scoped = "orgId" in getTableColumns(table as Table);
    for (const orgId of scoped ? orgIds : [null]) {
      const rows = orgId
        ? await withOrg(db, { orgId, userId: null }, (tx) => tx.select().from(table))
        : await db.select().from(table);
      found.push(...rows.filter(holdsControl).map((row) => `${getTableName(table)}: ${JSON.stringify(row)}`));
    }
  }
  return found;
}

describe("control characters in every form", () => {
  it("never answer with a server error and are never stored", async () => {
    const failures: string[] = [];
    const tried = { forms: 0, inputs: 0 };
    const known = new Set<string>();
    for (const { who, client, start } of await walkers()) {
      const forms = (await reachableForms(client, start, SKIP, known)).sort(
        (a, b) => Number(LAST.test(a.action)) - Number(LAST.test(b.action)),
      );
      for (const form of forms) {
        tried.forms++;
        for (const field of form.fields) {
          // Every character in what people type; NUL alone in what the page chose or carries.
          for (const character of field.typed ? CHARACTERS : CHARACTERS.slice(0, 1)) {
            const values: Record<string, string[]> = {};
            for (const f of form.fields)
              (values[f.name] ??= []).push(f === field ? withCharacter(f.value, character, f.name) : f.value);
            const response = await submit(client, form, values);
            tried.inputs++;
            if (response.status >= 500) {
              failures.push(
                `${who} ${form.method} ${kindOf(form.action)} ${field.name} U+${character.codePointAt(0)!.toString(16).padStart(4, "0")} → ${response.status}`,
              );
            }
          }
        }
      }
    }
    console.info(`control characters: ${tried.forms} forms, ${tried.inputs} inputs, ${failures.length} server errors`);
    expect(tried.forms).toBeGreaterThan(30);
    expect(failures).toEqual([]);
    expect(await storedWithControl()).toEqual([]);
  }, 900_000);
});
