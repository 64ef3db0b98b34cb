import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, TestClient, type TestContext } from "../../../tests/helpers/app.js";
import { outbox } from "../../db/schema/index.js";

let ctx: TestContext;
let client: TestClient;
const start = Date.now() - 60 * 60_000;

beforeAll(async () => {
  ctx = await createTestContext();
  client = new TestClient(ctx.app);
  // Sixty invitations a minute apart, as a measurement sends them: "Uitnodiging 59" is the newest.
  await ctx.database.db.insert(outbox).values(
    Array.from({ length: 60 }, (_, i) => ({
      to: `ouder${i}@school.example`,
      subject: `Uitnodiging ${i}`,
      text: `Vul de vragenlijst in: http://localhost:3000/m/token${i}`,
      createdAt: new Date(start + i * 60_000),
    })),
  );
});
afterAll(() => ctx.close());

/** The subjects on an outbox page, as the reader sees them top to bottom. */
function subjects(html: string): string[] {
  return [...html.matchAll(/<h2>(Uitnodiging \d+)<\/h2>/g)].map((m) => m[1]!);
}

describe("the development outbox", () => {
  it("shows the newest fifty mails and pages to the older ones", async () => {
    const first = await (await client.get("/dev/outbox")).text();
    expect(subjects(first)).toHaveLength(50);
    expect(subjects(first)[0]).toBe("Uitnodiging 59");
    expect(first).not.toContain("Uitnodiging 9<");
    expect(first).toContain("Pagina 1 van 2");
    expect(first).toContain("E-mails in de uitgaande post: 60");
    expect(first).toContain('href="/dev/outbox?page=2"');

    const second = await (await client.get("/dev/outbox?page=2")).text();
    expect(subjects(second)).toEqual(Array.from({ length: 10 }, (_, i) => `Uitnodiging ${9 - i}`));
    expect(second).toContain('href="/dev/outbox?page=1"');
  });

  it("filters by recipient address with a plain GET form, and keeps the filter when paging", async () => {
    const page = await (await client.get("/dev/outbox")).text();
    expect(page).toMatch(/<form method="get" action="\/dev\/outbox"[^>]*>[\s\S]*name="to"/);

    const one = await (await client.get("/dev/outbox?to=OUDER7%40school")).text();
    expect(subjects(one)).toEqual(["Uitnodiging 7"]);
    expect(one).toContain('value="OUDER7@school"');

    const several = await (await client.get("/dev/outbox?to=ouder1")).text();
    expect(subjects(several)).toEqual(
      ["19", "18", "17", "16", "15", "14", "13", "12", "11", "10", "1"].map((n) => `Uitnodiging ${n}`),
    );

    const none = await (await client.get("/dev/outbox?to=%25")).text();
    expect(subjects(none)).toEqual([]);
    expect(none).toContain("Er is geen e-mail aan een adres met deze tekst.");
  });

  it("keeps the filter in the links to other pages", async () => {
    const filtered = await (await client.get("/dev/outbox?to=school.example")).text();
    expect(filtered).toContain('href="/dev/outbox?to=school.example&amp;page=2"');
  });

  it("does not exist in production", async () => {
    const production = await createTestContext({ NODE_ENV: "production", PUBLIC_URL: "https://samen.example" });
    try {
      expect((await new TestClient(production.app).get("/dev/outbox")).status).toBe(404);
    } finally {
      await production.close();
    }
  });
});
