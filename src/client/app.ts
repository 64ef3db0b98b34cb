/**
 * Progressive enhancement only: every page works without this script.
 * Moves focus to an error summary so keyboard and screen-reader users hear it first.
 */
const summary = document.querySelector<HTMLElement>(".error-summary");
summary?.focus();
