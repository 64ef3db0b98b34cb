/** For the import's route tests: what a school leader does in the browser, step by step. */
import { expect } from "vitest";
import type { TestClient } from "../../../../tests/helpers/app.js";

export async function upload(client: TestClient, bytes: Uint8Array, name = "export.csv"): Promise<Response> {
  const form = new FormData();
  form.set("file", new Blob([Buffer.from(bytes)], { type: "text/csv" }), name);
  return client.postMultipart("/organisation/import", form);
}

/** The choices the mapping screen preselected, as a user who agrees with them would submit them. */
export function preselected(html: string): Record<string, string> {
  const choices: Record<string, string> = {};
  for (const [, name = "", options = ""] of html.matchAll(
    /<select[^>]*name="(column-\d+)"[^>]*>([\s\S]*?)<\/select>/g,
  )) {
    choices[name] = /<option value="([^"]+)" selected/.exec(options)?.[1] ?? "ignore";
  }
  return choices;
}

/** Uploads a file and goes through the mapping screen (accepting its choices) to the preview's address. */
export async function uploadToPreview(client: TestClient, bytes: Uint8Array): Promise<string> {
  const uploaded = await upload(client, bytes);
  expect(uploaded.status).toBe(303);
  const location = uploaded.headers.get("location") ?? "";
  if (!location.endsWith("/columns")) return location;
  const screen = await client.get(location);
  expect(screen.status).toBe(200);
  const chosen = await client.post(location, preselected(await screen.text()));
  expect(chosen.status).toBe(303);
  return chosen.headers.get("location") ?? "";
}

/** The preview's group choices as a user who creates every new group would send them. */
export function createEveryGroup(html: string): Record<string, string> {
  const choices: Record<string, string> = {};
  for (const [, index = "", name = ""] of html.matchAll(/name="groupName-(\d+)" value="([^"]*)"/g)) {
    choices[`groupName-${index}`] = name.replace(/&amp;/g, "&").replace(/&quot;/g, '"');
    choices[`group-${index}`] = "create";
  }
  return choices;
}

/** Opens the preview, chooses "create" for every new group where it asks, and presses Import; returns the streamed result page. */
export async function previewAndConfirm(
  client: TestClient,
  previewPath: string,
): Promise<{ preview: string; result: string }> {
  const preview = await client.get(previewPath);
  expect(preview.status).toBe(200);
  const html = await preview.clone().text();
  const result = await client.post(`${previewPath}/confirm`, createEveryGroup(html));
  expect(result.status).toBe(200);
  return { preview: await preview.text(), result: await result.text() };
}
