/**
 * The advisor's workspace as other features see it: its address, for a link from the home page, and
 * a person's notes for their data export.
 * It builds on the trajectory, the plan and measurements, and nothing builds on it.
 */
export { WORKSPACE } from "./routes.js";
export { notesOfPerson, type Note } from "./service/notes.js";
