/** Bundles the small progressive-enhancement scripts with esbuild into public/js. */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

export async function buildClient(): Promise<void> {
  await build({
    absWorkingDir: root,
    // Every src/client/*.ts becomes public/js/<name>.js; pages opt in through renderPage's scripts.
    entryPoints: ["src/client/*.ts"],
    outdir: "public/js",
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    logLevel: "warning",
  });
}
