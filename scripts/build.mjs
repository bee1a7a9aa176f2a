// Bundles src/ into dist/ with esbuild: one file for the plain path, and
// chunks that load only when needed (the styled libraries, zod for --data,
// the menu's prompts). Before that, checks the bundled record against the
// schema, since nlmg trusts it at run time.
import { build } from "esbuild";
import { readFileSync, rmSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

const check = await build({
  entryPoints: ["scripts/check-record.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  write: false,
  logLevel: "error",
});
const { checkBundled } = await import(`data:text/javascript;base64,${Buffer.from(check.outputFiles[0].text).toString("base64")}`);
checkBundled(JSON.parse(readFileSync(new URL("../data/never-let-me-go.json", import.meta.url), "utf8")));

rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: "src/cli.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "linked",
  chunkNames: "chunks/[name]-[hash]",
  define: { NLMG_VERSION: JSON.stringify(pkg.version) },
  // commander and cli-table3 are CommonJS and require Node's own modules.
  banner: { js: 'import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);' },
  logLevel: "warning",
});
