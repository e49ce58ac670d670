import { defineCollection } from "astro:content";
import { sparbarLoader } from "./loaders/sparbar-loader.ts";

export const collections = {
  organisations: defineCollection({ loader: sparbarLoader("organisations") }),
  bodies: defineCollection({ loader: sparbarLoader("bodies") }),
  audits: defineCollection({ loader: sparbarLoader("audits") }),
  responses: defineCollection({ loader: sparbarLoader("responses") }),
};
