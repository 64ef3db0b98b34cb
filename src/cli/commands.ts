/**
 * The commands of `npm run samen -- <command>`. A new command is one module exporting a
 * Command (see command.ts) and one entry here. A command's module loads only when it is
 * called, after the features' message catalogs its texts and refusals come from: only the
 * catalogs (src/features/catalogs.ts) for a command that uses services directly, every
 * feature (src/features/index.ts, which also registers their notification kinds and
 * contributions) for one that runs the features' own seeds.
 */
import type { Command, CommandEntry } from "./command.js";

async function withCatalogs(load: () => Promise<Command>): Promise<Command> {
  const [{ featureCatalogs }, { registerCatalogs }] = await Promise.all([
    import("../features/catalogs.js"),
    import("../web/i18n/index.js"),
  ]);
  registerCatalogs(featureCatalogs);
  return load();
}

async function withFeatures(load: () => Promise<Command>): Promise<Command> {
  await import("../features/index.js");
  return load();
}

export const commands: Record<string, CommandEntry> = {
  "create-org": {
    summary: "Create an organisation (school, preschool or daycare)",
    load: () => withCatalogs(async () => (await import("./commands/create-org.js")).createOrg),
  },
  "create-user": {
    summary: "Create a user with a role in an organisation, or a platform admin",
    load: () => withCatalogs(async () => (await import("./commands/create-user.js")).createUser),
  },
  demo: {
    summary: "Load the demo organisations and accounts into an empty database",
    load: () => withFeatures(async () => (await import("./commands/demo.js")).demo),
  },
  backup: {
    summary: "Back up the whole database to one file",
    load: () => withCatalogs(async () => (await import("./commands/backup.js")).backup),
  },
  restore: {
    summary: "Replace all data with the contents of a backup file",
    load: () => withCatalogs(async () => (await import("./commands/backup.js")).restore),
  },
  import: {
    summary: "Import pupils or children, groups and parents from a CSV export (ParnasSys, Magister, Somtoday)",
    load: () => withCatalogs(async () => (await import("./commands/import.js")).importCommand),
  },
  "simulate-responses": {
    summary: "Add made-up responses to an open measurement (demo only)",
    load: () => withFeatures(async () => (await import("./commands/simulate-responses.js")).simulateResponsesCommand),
  },
};
