export * from "./accounts.js";
export * from "./conversations.js";
export * from "./imports.js";
export * from "./mail.js";
export * from "./measurements.js";
export * from "./organisations.js";
export * from "./two-factor.js";
