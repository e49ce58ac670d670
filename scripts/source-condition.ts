// Inside the repository, Spårbar's packages are used from their TypeScript sources: their
// package exports have a `sparbar-source` condition beside the built `dist/`. Node scripts ask
// for it with `node --conditions=sparbar-source`; Vite (the site, the tests) with this plugin.

const sourceCondition = "sparbar-source";

// Vite's own defaults, which a configured list replaces.
const clientDefaults = ["module", "browser", "development|production"];
const serverDefaults = ["module", "node", "development|production"];

interface EnvironmentConfig {
  consumer?: "client" | "server";
  resolve?: { conditions?: string[] };
}

/** A Vite plugin that adds the source condition to every environment (client, SSR, Astro's). */
export function packageSources() {
  return {
    name: "sparbar-package-sources",
    configEnvironment(name: string, config: EnvironmentConfig) {
      const client = (config.consumer ?? (name === "client" ? "client" : "server")) === "client";
      const conditions = config.resolve?.conditions ?? (client ? clientDefaults : serverDefaults);
      return { resolve: { conditions: [sourceCondition, ...conditions] } };
    },
  };
}
