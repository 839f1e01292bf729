// Validate an AsyncAPI document with the official parser; exit 1 on any error diagnostic.
//   node tools/contract-check/check.mjs docs/asyncapi.yaml
import { readFile } from "node:fs/promises";
import { Parser, DiagnosticSeverity } from "@asyncapi/parser";

const path = process.argv[2] ?? "docs/asyncapi.yaml";
const parser = new Parser();
const { document, diagnostics } = await parser.parse(await readFile(path, "utf8"), {
  source: path,
});
const label = (d) => Object.keys(DiagnosticSeverity).find((k) => DiagnosticSeverity[k] === d.severity);
for (const d of diagnostics) {
  console.log(`${label(d)} ${d.code} ${d.path.join(".")}: ${d.message}`);
}
const errors = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);
if (document === undefined || errors.length > 0) {
  console.log(`${path}: INVALID (${errors.length} errors)`);
  process.exit(1);
}
const warnings = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Warning).length;
console.log(
  `${path}: valid AsyncAPI ${document.version()} (${document.channels().length} channels, ` +
    `${document.messages().length} messages, ${document.operations().length} operations, ` +
    `${warnings} warnings)`,
);
