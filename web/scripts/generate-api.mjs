// Writes src/lib/api/generated/<service>.ts from ../docs/openapi/<service>.json (openapi-typescript).
// `node scripts/generate-api.mjs [outDir]`; the staleness test generates into a temp dir and diffs.
import { readdir, readFile, writeFile, mkdir } from "node:fs/promises";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const here = dirname(fileURLToPath(import.meta.url));
export const OPENAPI_DIR = join(here, "../../docs/openapi");
export const DEFAULT_OUT = join(here, "../src/lib/api/generated");

export async function generate(outDir = DEFAULT_OUT) {
  await mkdir(outDir, { recursive: true });
  const files = (await readdir(OPENAPI_DIR)).filter((f) => f.endsWith(".json")).sort();
  for (const file of files) {
    const document = JSON.parse(await readFile(join(OPENAPI_DIR, file), "utf8"));
    const ast = await openapiTS(document, { alphabetize: true });
    const header = `// GENERATED from docs/openapi/${file} by scripts/generate-api.mjs: do not edit.\n`;
    await writeFile(join(outDir, file.replace(/\.json$/, ".ts")), header + astToString(ast));
  }
  return files.map((f) => f.replace(/\.json$/, ".ts"));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const written = await generate(process.argv[2]);
  console.log(`generated ${written.join(", ")}`);
}
