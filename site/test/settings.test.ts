import { afterEach, describe, expect, it } from "vitest";
import { contact, siteAddress, siteUrl } from "../src/lib/settings.ts";

const saved = { site: process.env.SPARBAR_SITE_URL, contact: process.env.SPARBAR_CONTACT };
afterEach(() => {
  process.env.SPARBAR_SITE_URL = saved.site ?? "";
  process.env.SPARBAR_CONTACT = saved.contact ?? "";
});

describe("the site's settings", () => {
  it("leave addresses relative when no site address is set", () => {
    process.env.SPARBAR_SITE_URL = "";
    expect(siteUrl()).toBeUndefined();
    expect(siteAddress("/malmo/")).toBe("/malmo/");
  });

  it("make addresses absolute with the site's address", () => {
    process.env.SPARBAR_SITE_URL = "https://www.example.org";
    expect(siteAddress("/malmo/")).toBe("https://www.example.org/malmo/");
  });

  it("refuse a site address that is not one, saying what to give", () => {
    process.env.SPARBAR_SITE_URL = "sparbar";
    expect(() => siteUrl()).toThrow(/SPARBAR_SITE_URL is not a web address/);
  });

  it("take an e-mail or web address as the contact, and nothing else", () => {
    process.env.SPARBAR_CONTACT = "";
    expect(contact()).toBeUndefined();
    process.env.SPARBAR_CONTACT = "tillganglighet@kommun.example";
    expect(contact()).toEqual({
      href: "mailto:tillganglighet@kommun.example",
      text: "tillganglighet@kommun.example",
    });
    process.env.SPARBAR_CONTACT = "https://www.example.org/kontakt";
    expect(contact()?.href).toBe("https://www.example.org/kontakt");
    process.env.SPARBAR_CONTACT = "ring oss";
    expect(() => contact()).toThrow(/SPARBAR_CONTACT/);
  });
});
