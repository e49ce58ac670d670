// Core writes its CSV files with this, which is not part of its public surface.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCsv } from "../../packages/core/src/serialise/csv.ts";
import { csvRecords } from "../src/scripts/csv-records.ts";

describe("csvRecords", () => {
  it("gives back the header and each row of a CSV core wrote, line breaks in fields included (property)", () => {
    const cell = fc.oneof(fc.string(), fc.integer());
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 6 }),
        (rows) => {
          const file = toCsv(["a", "b", "c"], rows);
          const records = csvRecords(file);
          expect(records).toHaveLength(rows.length + 1);
          expect(`\uFEFF${records.join("\r\n")}\r\n`).toBe(file);
          for (const [i, row] of rows.entries())
            expect(toCsv(["a", "b", "c"], [row]).endsWith(`${records[i + 1]}\r\n`)).toBe(true);
        },
      ),
    );
  });
});
