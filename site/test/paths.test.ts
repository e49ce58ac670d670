import { reservedOrganisationIds } from "@sparbar/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { otherLanguagePath, paths } from "../src/lib/paths.ts";

const id = fc
  .stringMatching(/^[a-z][a-z0-9-]{0,12}$/)
  .filter((s) => !reservedOrganisationIds.has(s));
const docId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,12}$/);
const item = fc.stringMatching(/^[A-Z]{1,2}[0-9]{1,2}$/);

describe("paths", () => {
  it("swap languages both ways for every kind of page, keeping ids (property)", () => {
    fc.assert(
      fc.property(id, id, docId, item, (org, body, doc, rec) => {
        const kinds = (lang: "sv" | "en") => [
          paths.home(lang),
          paths.organisation(lang, org),
          paths.body(lang, org, body),
          paths.audit(lang, org, doc),
          paths.recommendation(lang, org, doc, rec),
          paths.response(lang, org, doc),
          paths.state(lang, "measure-passed"),
          paths.state(lang, "measure-passed", org),
          paths.explore(lang),
          paths.compare(lang),
          paths.changes(lang),
          paths.deadlines(lang),
          paths.feed(lang),
          paths.feed(lang, { organisation: org }),
          paths.feed(lang, { organisation: org, body }),
          paths.calendar(lang, { organisation: org, audit: doc }),
        ];
        const sv = kinds("sv");
        const en = kinds("en");
        sv.forEach((path, i) => {
          expect(otherLanguagePath(path, "sv")).toBe(en[i]);
          expect(otherLanguagePath(en[i] ?? "", "en")).toBe(path);
        });
      }),
    );
  });

  it("puts English pages under /en/ and Swedish ones at the root", () => {
    expect(paths.audit("sv", "malmo", "SR-2023-81")).toBe("/malmo/granskning/SR-2023-81/");
    expect(paths.audit("en", "malmo", "SR-2023-81")).toBe("/en/malmo/audit/SR-2023-81/");
    expect(paths.feed("sv", { organisation: "malmo", body: "asn" })).toBe(
      "/malmo/namnd/asn/flode.xml",
    );
    expect(paths.calendar("en", { organisation: "malmo" })).toBe("/en/malmo/deadlines.ics");
    expect(paths.dataCsv("sv", "malmo")).toBe("/data/malmo/rekommendationer.csv");
  });

  it("escapes ids in addresses", () => {
    expect(paths.response("sv", "malmo", "a b")).toBe("/malmo/svar/a%20b/");
  });
});
