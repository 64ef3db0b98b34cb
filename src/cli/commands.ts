/**
 * The commands of `npm run samen -- <command>`. A new command is one module
 * exporting a Command (see command.ts) and one line here.
 */
import type { Command } from "./command.js";
import { backup, restore } from "./commands/backup.js";
import { createOrg } from "./commands/create-org.js";
import { createUser } from "./commands/create-user.js";
import { demo } from "./commands/demo.js";
import { importCommand } from "./commands/import.js";
import { simulateResponsesCommand } from "./commands/simulate-responses.js";

export const commands: Record<string, Command> = {
  "create-org": createOrg,
  "create-user": createUser,
  demo,
  backup,
  restore,
  import: importCommand,
  "simulate-responses": simulateResponsesCommand,
};
