import { jsonSchemas, serialiseJsonSchema } from "@sparbar/core";
import type { APIRoute, GetStaticPaths } from "astro";

export const getStaticPaths: GetStaticPaths = () =>
  Object.keys(jsonSchemas()).map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => {
  const schema = jsonSchemas()[params.name ?? ""];
  return new Response(serialiseJsonSchema(schema), {
    headers: { "Content-Type": "application/schema+json" },
  });
};
