/** News as other features see it: a person's reactions and suggestions for their data export. */
export { newsOfPerson, type PersonNews } from "./service/export.js";
