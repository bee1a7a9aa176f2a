// Bundles src/ into dist/cli.js with esbuild, as CommonJS: Node starts it
// faster than an ES module graph. The heavy libraries are bundled apart, in
// dist/vendor/, and required only by the code that needs them: the styled
// renderers (boxen, cli-table3), a record read from a file (zod) and the menu
// (@inquirer/prompts). A plain command loads none of them.
// Before that, checks the bundled record against the schema, since nlmg
// trusts it at run time.
import { build } from "esbuild";
import { readFileSync, rmSync } from "node:fs";

const root = new URL("..", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8"));

/**
 * The libraries loaded only on demand, each with what its bundle exports:
 * what `import()` of the package gives as its default or its namespace.
 */
const VENDOR = {
  zod: 'module.exports = require("zod");',
  boxen: 'module.exports = require("boxen").default;',
  "cli-table3": 'module.exports = require("cli-table3");',
  "@inquirer/prompts": 'module.exports = require("@inquirer/prompts");',
};
const vendorFile = (name) => `vendor/${name.replace(/\W+/g, "-").replace(/^-/, "")}.js`;

const common = { bundle: true, platform: "node", format: "cjs", target: "node20", minify: true, legalComments: "none", logLevel: "warning" };

// The record's check, bundled on the fly and run here.
const check = await build({ ...common, entryPoints: ["scripts/check-record.ts"], write: false, minify: false, absWorkingDir: root });
const checkModule = { exports: {} };
new Function("module", "exports", "require", check.outputFiles[0].text)(checkModule, checkModule.exports, (await import("node:module")).createRequire(import.meta.url));
checkModule.exports.checkBundled(JSON.parse(readFileSync(`${root}data/never-let-me-go.json`, "utf8")));

rmSync(`${root}dist`, { recursive: true, force: true });

const vendorPlugin = {
  name: "vendor",
  setup(b) {
    const filter = new RegExp(`^(${Object.keys(VENDOR).map((n) => n.replace(/[/]/g, "\\/")).join("|")})$`);
    b.onResolve({ filter }, (args) => ({ path: `./${vendorFile(args.path)}`, external: true }));
    // commander requires child_process at load for a feature nlmg does not use
    // (executable subcommands); loading it costs a plain command ~4 ms.
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes("commander") ? { path: "child_process", namespace: "lazy" } : undefined,
    );
    // chalk detects the terminal's colours when it loads, which loads tty; nlmg
    // gives chalk its level itself (src/output.ts), so the detection is left out.
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: `${root}node_modules/chalk/source/vendor/supports-color/browser.js` }));
    b.onLoad({ filter: /.*/, namespace: "lazy" }, () => ({
      contents: 'let m; module.exports = new Proxy({}, { get: (_, k) => (m ??= require("node:child_process"))[k] });',
      loader: "js",
    }));
  },
};

await build({
  ...common,
  absWorkingDir: root,
  entryPoints: { cli: "src/cli.ts" },
  outdir: "dist",
  define: { NLMG_VERSION: JSON.stringify(pkg.version) },
  // import() becomes a lazy require(): no ES module loader at run time.
  supported: { "dynamic-import": false },
  plugins: [vendorPlugin],
});

// string-width builds an Intl.Segmenter as it loads (~12 ms); boxen gets nlmg's own measure.
const stringWidthPlugin = {
  name: "string-width",
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, () => ({ path: `${root}src/render/string-width.ts` }));
  },
};

// cli-table3 truncates a cell's whole text at every line it draws, only to
// log it when debugging; that truncation slices one character at a time and
// measures the rest each time, so a cell of n lines costs n³. It is dropped.
const tableDebugPlugin = {
  name: "cli-table3-debug",
  setup(b) {
    b.onLoad({ filter: /cli-table3[\\/]src[\\/]cell\.js$/ }, async (args) => {
      const source = readFileSync(args.path, "utf8");
      const slow = "let content = utils.truncate(this.content, 10, this.truncate);";
      if (!source.includes(slow)) throw new Error("cli-table3's cell.js changed: review the debug patch in scripts/build.mjs");
      return { contents: source.replace(slow, "let content = '';"), loader: "js" };
    });
  },
};

for (const [name, contents] of Object.entries(VENDOR)) {
  await build({
    ...common,
    absWorkingDir: root,
    stdin: { contents, resolveDir: root, loader: "js" },
    outfile: `dist/${vendorFile(name)}`,
    plugins: name === "boxen" ? [stringWidthPlugin] : name === "cli-table3" ? [tableDebugPlugin] : [],
  });
}

// The code cache, made by the Node that will run the bundle.
const { execFileSync } = await import("node:child_process");
execFileSync(process.execPath, [`${root}scripts/code-cache.cjs`], { stdio: "inherit" });

// The man page, from the same program as --help.
const { mkdirSync, writeFileSync } = await import("node:fs");
const { createRequire } = await import("node:module");
mkdirSync(`${root}man`, { recursive: true });
writeFileSync(`${root}man/nlmg.1`, createRequire(import.meta.url)(`${root}dist/cli.js`).manual());
