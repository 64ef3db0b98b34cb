/** What other features may use of trainings: nothing yet (the advice desk links to /trainings). */
export { REGISTRATIONS_PER_WINDOW } from "./routes.js";
