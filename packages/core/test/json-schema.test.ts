import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchemas, serialiseJsonSchema } from "../src/index.ts";

const dir = join(import.meta.dirname, "..", "schemas");

describe("published JSON Schemas", () => {
  it.each(Object.entries(jsonSchemas()))(
    "%s is up to date with the zod schema (run `pnpm schemas`)",
    (name, schema) => {
      expect(readFileSync(join(dir, name), "utf8")).toBe(serialiseJsonSchema(schema));
    },
  );

  it("describe the fields people write, with their Swedish meaning", () => {
    const root = jsonSchemas()["audit.schema.json"] as {
      $defs: {
        Audit: { properties: Record<string, { description?: string }>; required: string[] };
      };
    };
    const audit = root.$defs.Audit;
    expect(audit.required).toEqual(
      expect.arrayContaining(["id", "kind", "organisation", "title", "date", "issued_by"]),
    );
    // A follow-up audit may hold only assessments; `sparbar check` asks for one or the other.
    expect(audit.required).not.toContain("recommendations");
    expect(audit.properties.recommendations?.description).toMatch(/only assesses/);
    expect(audit.properties.kind?.description).toMatch(/granskning/);
    expect(audit.properties.diary_number?.description).toMatch(/Sn 2025\/1234/);
  });
});
