// The generated API types are stale when docs/openapi changed without `npm run generate`.
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { DEFAULT_OUT, generate } from "./generate-api.mjs";

describe("src/lib/api/generated", () => {
  it("matches docs/openapi (run `npm run generate` after changing a route)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ouvrage-api-"));
    try {
      const written: string[] = await generate(dir);
      expect((await readdir(DEFAULT_OUT)).sort()).toEqual([...written].sort());
      for (const file of written) {
        const fresh = await readFile(join(dir, file), "utf8");
        const committed = await readFile(join(DEFAULT_OUT as string, file), "utf8");
        expect(committed, `${file} is stale: npm run generate`).toBe(fresh);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
