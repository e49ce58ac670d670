// Writes packages/core/schemas/*.schema.json from the zod schemas. Run with `pnpm schemas`.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { jsonSchemas, serialiseJsonSchema } from "../src/index.ts";

const dir = join(import.meta.dirname, "..", "schemas");
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join(dir, name), serialiseJsonSchema(schema));
  console.log(`wrote schemas/${name}`);
}
