import { z } from "zod";

export const Language = z.enum(["sv", "en"]).meta({ description: "The document's language." });

export const Person = z
  .strictObject({
    name: z.string().trim().min(1),
    role: z.string().optional().meta({ description: "Title as the document gives it." }),
  })
  .meta({ description: "A person who signed or is responsible for the document." });

export const Gaps = z.array(z.string().trim().min(1)).default([]).meta({
  description:
    "What the source does not say that a reader might expect, in plain words. Spårbar records gaps instead of inventing facts.",
});

export const Source = z.string().optional().meta({
  description: "Where the document comes from: a file name, register entry or web address.",
});
