import { describe, expect, it } from "vitest";
import { cellPerLineTables } from "../src/cell-per-line-table.ts";

// A register one cell to a line that runs over a page, the page's footer between two rows.
const lines = [
  "Ref",
  "Finding",
  "Recommendation",
  "Responsibility",
  "Priority",
  "P1",
  "Two of ten purchase orders were raised after the invoice.",
  "Raise every purchase order before goods are ordered.",
  "Procurement Manager",
  "High",
  "Internal Audit | Creditors 2026/27 | Page 2 of 5",
  "P2",
  "Supplier bank details were changed on an email request.",
  "Confirm every change of bank details by telephone with the supplier.",
  "Finance Manager",
  "Medium",
];

describe("a table one cell to a line over a page break", () => {
  it("skips the page's footer between rows and reads the rows after it", () => {
    const rows = cellPerLineTables(lines).filter((l) => l.includes("\t"));
    expect(rows).toEqual([
      "Ref\tFinding\tRecommendation\tResponsibility\tPriority",
      "P1\tTwo of ten purchase orders were raised after the invoice.\tRaise every purchase order before goods are ordered.\tProcurement Manager\tHigh",
      "P2\tSupplier bank details were changed on an email request.\tConfirm every change of bank details by telephone with the supplier.\tFinance Manager\tMedium",
    ]);
  });
});
