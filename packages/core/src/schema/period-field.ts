import { z } from "zod";
import { parsePeriod } from "../periods/parse.ts";
import { precisions } from "../periods/period.ts";

export const PeriodSchema = z
  .strictObject({
    text: z.string().meta({ description: "The words as written." }),
    start: z.iso.date(),
    end: z.iso.date(),
    precision: z.enum(precisions),
    qualifier: z.enum(["in", "by", "before", "from"]),
    iso: z.string().optional(),
  })
  .meta({ id: "Period", description: "A date or period as written, with its span and precision." });

/**
 * A date or period as the document writes it: ISO (`2025-01`, `2022-Q4`) or Swedish words
 * (`senast fjärde kvartalet 2022`). Read into a Period; an unreadable phrase is an error here.
 */
export const PeriodField = z
  .union([z.string(), z.number()])
  .transform((value, ctx) => {
    const result = parsePeriod(String(value));
    if (!result.ok) {
      ctx.addIssue({
        code: "custom",
        message: result.message.en,
        params: { code: result.code, sv: result.message.sv },
        input: value,
      });
      return z.NEVER;
    }
    return result.period;
  })
  .pipe(PeriodSchema)
  .meta({
    description:
      "A date or period: 2025-05-31, 2025-05, 2025-Q2, 2025-H1, 2025-T2, 2025, or Swedish words such as 'den 31 maj 2025', 'hösten 2025'.",
  });

/** An exact calendar day, `YYYY-MM-DD`, that exists. */
export const DayField = z
  .string()
  .transform((value, ctx) => {
    const result = parsePeriod(value);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || (result.ok && result.period.precision !== "day")) {
      ctx.addIssue({
        code: "custom",
        message: `"${value}" is not a day; write it as YYYY-MM-DD, e.g. 2024-03-14`,
        params: {
          code: "period-unparseable",
          sv: `"${value}" är ingen dag; skriv den som ÅÅÅÅ-MM-DD, t.ex. 2024-03-14`,
        },
      });
      return z.NEVER;
    }
    if (!result.ok) {
      ctx.addIssue({
        code: "custom",
        message: result.message.en,
        params: { code: result.code, sv: result.message.sv },
      });
      return z.NEVER;
    }
    return result.period.start;
  })
  .pipe(z.iso.date())
  .meta({ description: "A calendar day, YYYY-MM-DD." });
