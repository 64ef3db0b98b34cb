export * from "./accounts.js";
export * from "./mail.js";
export * from "./organisations.js";
export * from "./two-factor.js";
