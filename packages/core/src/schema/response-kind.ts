import { z } from "zod";

const responseKinds = ["response", "follow-up-response", "report-back"] as const;

export const ResponseKind = z.enum(responseKinds).meta({
  description:
    "response (yttrande), follow-up-response (uppföljande yttrande), report-back (återrapportering).",
});

export type ResponseKindValue = (typeof responseKinds)[number];
