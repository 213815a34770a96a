import { existsSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const repositoryRoot = fileURLToPath(new URL("../../../../", import.meta.url));
// What `emma` (serve, demo, migrate, seed, import, user:create) and `main.ts` run.
const ENTRY_POINTS = ["apps/api/src/cli/main.ts", "apps/api/src/main.ts"];
const builtins = new Set(builtinModules);
const manifestSchema = z.object({
  name: z.string(),
  dependencies: z.record(z.string(), z.string()).default({}),
  peerDependencies: z.record(z.string(), z.string()).default({}),
});

/** Every package a module reachable from the entry points imports, by the workspace package importing it. */
async function runtimeImports(): Promise<{ importer: string; manifest: string; name: string }[]> {
  const result = await build({
    entryPoints: ENTRY_POINTS.map((entry) => join(repositoryRoot, entry)),
    absWorkingDir: repositoryRoot,
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    outdir: "out",
    logLevel: "silent",
    plugins: [
      {
        name: "third-party-packages-stay-imports",
        setup(plugin) {
          // Our workspace packages are followed into; everything else is an import to check.
          plugin.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path.startsWith("@emma/") ? undefined : { path: args.path, external: true },
          );
        },
      },
    ],
  });
  return Object.entries(result.metafile.inputs).flatMap(([input, facts]) =>
    facts.imports
      .filter((entry) => entry.external === true && !entry.path.startsWith("node:"))
      .map((entry) => packageName(entry.path))
      .filter((name) => !builtins.has(name))
      .map((name) => ({ importer: input, manifest: manifestOf(resolve(repositoryRoot, input)), name })),
  );
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return (specifier.startsWith("@") ? parts.slice(0, 2) : parts.slice(0, 1)).join("/");
}

function manifestOf(file: string): string {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return join(dir, "package.json");
  }
  throw new Error(`no package.json above ${file}`);
}

describe("a production install of the API", () => {
  it("has every package its runtime imports among the importing package's dependencies", async () => {
    const imports = await runtimeImports();
    // The walk reaches the demo's mailbox (through @emma/connectors/simulators) and the database.
    expect(imports.map((entry) => entry.name)).toEqual(expect.arrayContaining(["kysely", "smtp-server"]));
    const missing = imports
      .filter((entry) => {
        const manifest = manifestSchema.parse(JSON.parse(readFileSync(entry.manifest, "utf8")));
        return !(entry.name in manifest.dependencies) && !(entry.name in manifest.peerDependencies);
      })
      .map((entry) => `${relative(repositoryRoot, entry.importer)} imports ${entry.name}`);
    expect([...new Set(missing)]).toEqual([]);
  });
});
