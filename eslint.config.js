import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules", "public/js", "data", "src/db/migrations"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "Read configuration through src/config.ts.",
        },
      ],
    },
  },
  {
    // Shared code knows no feature: features plug in through their manifests (src/web/feature.ts),
    // listed in src/features/index.ts; only app.tsx, server.ts, the CLI and the demo compose them.
    files: ["src/{web,middleware,jobs,mail,auth,audit,lib,db,backup}/**/*.{ts,tsx}", "src/config.ts", "src/logger.ts"],
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
    files: ["src/config.ts", "tests/**", "bench/**", "src/cli/**", "**/*.test.ts", "**/*.test.tsx", "*.config.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
);
