import { readFileSync } from "node:fs";
import { pdfTexts } from "../src/features/measurements/export/testing.js";
const pdf = readFileSync(process.argv[2]!);
console.log("pages", (pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length);
console.log(pdfTexts(pdf).slice(0, 80).join(" | "));
