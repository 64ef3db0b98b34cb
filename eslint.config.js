import path from "node:path";
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const FEATURES = path.join(import.meta.dirname, "src", "features");

/** The feature a file lies in ("pupils" for src/features/pupils/…), or null outside a feature's folder. */
function featureOf(file) {
  const parts = path.relative(FEATURES, file).split(path.sep);
  return parts.length < 2 || parts[0] === ".." || path.isAbsolute(parts[0]) ? null : parts[0];
}

const SCHEMA = path.join(import.meta.dirname, "src", "db", "schema");

/**
 * The register's tables belong to the pupils feature: every other feature asks the school
 * directory (src/features/pupils/index.ts) instead of querying them. Fixtures in a feature's
 * testing/ folder may write them, as tests do, to build a school.
 */
const PUPILS_TABLES = new Set(["schoolYears", "groups", "pupils", "guardians", "pupilGuardians", "groupStaff"]);

/** The names of pupils' tables a feature other than pupils imports from the schema. */
function pupilsTablesImported(node, filename, from) {
  if (from === "pupils" || filename.split(path.sep).includes("testing")) return [];
  const source = node.source?.value;
  if (typeof source !== "string" || !source.startsWith(".")) return [];
  if (!path.resolve(path.dirname(filename), source).startsWith(SCHEMA)) return [];
  return (node.specifiers ?? []).map((s) => s.imported?.name).filter((name) => PUPILS_TABLES.has(name));
}

/**
 * A feature uses another only through that feature's index.ts, its public face (the pupils
 * feature's is the school directory): src/features/<a>/… may import src/features/<b>/index.js
 * and nothing else of <b>; and no feature but pupils imports pupils' tables from the schema.
 */
const featureBoundaries = {
  meta: { type: "problem", schema: [] },
  create(context) {
    const from = featureOf(context.filename);
    if (from === null) return {};
    const check = (node) => {
      for (const name of pupilsTablesImported(node, context.filename, from)) {
        const message = `${name} belongs to the pupils feature: ask the school directory (pupils/index.js).`;
        context.report({ node, message });
      }
      const source = node.source?.value;
      if (typeof source !== "string" || !source.startsWith(".")) return;
      const target = path.resolve(path.dirname(context.filename), source);
      const to = featureOf(target);
      if (to === null || to === from || target === path.join(FEATURES, to, "index.js")) return;
      const message = `Use the ${to} feature through ${to}/index.js, not ${path.relative(FEATURES, target)}.`;
      context.report({ node, message });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default tseslint.config(
  { ignores: ["node_modules", "public/js", "data", "dist", "src/db/migrations"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      // The suite runs files in shared workers (isolate: false), where vi.setConfig never reaches
      // the runner: a file's longer timeout goes on its describe, { timeout: ms }.
      "no-restricted-properties": [
        "error",
        { object: "vi", property: "setConfig", message: "Pass { timeout } to describe instead." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "Read configuration through src/config.ts.",
        },
        {
          // Hono's JSX hands a component a one-item children array as that item alone.
          selector: "JSXAttribute[name.name='children']",
          message: "Name the prop for what it holds: JSX turns a one-item `children` array into the item.",
        },
      ],
    },
  },
  {
    // Shared code knows no feature: features plug in through their manifests (src/web/feature.ts),
    // listed in src/features/index.ts; only app.tsx, start-server.ts, the CLI and the demo compose them.
    files: [
      "src/{web,middleware,jobs,mail,notifications,auth,audit,lib,db,backup}/**/*.{ts,tsx}",
      "src/config.ts",
      "src/logger.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)features/",
              // The schema of a jsonb column may take its type from the feature that validates it.
              allowTypeImports: true,
              message: "Shared code must not import a feature; give the feature a field in its manifest instead.",
            },
          ],
        },
      ],
    },
  },
  {
    // Tests build their fixtures with other features' services.
    files: ["src/features/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    plugins: { samen: { rules: { "feature-boundaries": featureBoundaries } } },
    rules: { "samen/feature-boundaries": "error" },
  },
  {
    files: ["src/config.ts", "tests/**", "bench/**", "src/cli/**", "**/*.test.ts", "**/*.test.tsx", "*.config.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
);
