import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, symlinkSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, cleanEnv, nlmg, ROOT } from "../helpers.js";

describe("bash completion", () => {
  let path: string;
  let glass: string;
  beforeAll(async () => {
    glass = join(mkdtempSync(join(tmpdir(), "nlmg-glass-")), "glass.json");
    await nlmg(["import", join(ROOT, "test/fixtures/other-book.txt"), "-o", glass]);
    // `nlmg` on the PATH is the built CLI, as after a global install.
    const bin = mkdtempSync(join(tmpdir(), "nlmg-path-"));
    symlinkSync(BIN, join(bin, "nlmg"));
    path = `${bin}:${process.env.PATH}`;
  });

  /** What bash completes after the words, with the script of `nlmg completion bash` loaded. */
  function complete(...words: string[]): string[] {
    const script = `eval "$(nlmg completion bash)"; COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length - 1}; _nlmg; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const out = execFileSync("bash", ["-c", script], { cwd: ROOT, env: cleanEnv({ PATH: path }), encoding: "utf8" });
    return out.split("\n").filter(Boolean);
  }

  it("completes commands", () => {
    expect(complete("nlmg", "char")).toEqual(["characters"]);
    expect(complete("nlmg", "s")).toEqual(["story", "significance", "search"]);
  });

  it("completes character names and glossary terms from the record in use", () => {
    expect(complete("nlmg", "characters", "to")).toEqual(["Tommy"]);
    expect(complete("nlmg", "characters", "m")).toEqual(["Miss Emily", "Madame"]);
    expect(complete("nlmg", "glossary", "def")).toEqual(["deferral"]);
    expect(complete("nlmg", "--data", glass, "characters", "")).toEqual(["Wren", "Old Moss"]);
    expect(complete("nlmg", "characters", "--data", glass, "o")).toEqual(["Old Moss"]);
  });

  it("completes options and their values", () => {
    expect(complete("nlmg", "export", "--format", "")).toEqual(["markdown", "text", "json"]);
    expect(complete("nlmg", "completion", "")).toEqual(["bash", "zsh", "fish"]);
    expect(complete("nlmg", "themes", "--no-")).toEqual(["--no-color", "--no-spoilers", "--no-pager"]);
    expect(complete("nlmg", "--data", "data/never-let-me-")).toEqual(["data/never-let-me-go.json"]);
  });

  it("prints scripts for zsh and fish that their shells can read", async () => {
    expect((await nlmg(["completion", "zsh"])).stdout).toMatch(/^#compdef nlmg\n/);
    expect((await nlmg(["completion", "fish"])).stdout).toContain("complete -c nlmg -f -a '(__nlmg_complete)'");
    expect((await nlmg(["completion", "tcsh"])).code).toBe(2);
  });
});

describe("help and the README", () => {
  it("keeps the README's command list in step with --help", async () => {
    const help = (await nlmg(["--help"])).stdout;
    const commands = help
      .slice(help.indexOf("Commands:"))
      .split("\n\n")[0]!
      .split("\n")
      .slice(1)
      .filter((l) => /^ {2}\w/.test(l))
      .map((l) => l.trim().split(/[\s|]/)[0])
      .filter((c) => c !== "help");
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const sections = [...readme.matchAll(/^### nlmg (\w+)/gm)].map((m) => m[1]);
    expect(sections).toEqual(commands);
  });

  it("lists the environment variables and exit codes, and suggests the option meant", async () => {
    const help = (await nlmg(["--help"])).stdout;
    for (const name of ["NLMG_DATA", "NLMG_PAGER", "NLMG_SPOILERS", "NO_COLOR", "FORCE_COLOR", "NLMG_DEBUG", "Exit codes:", "130"]) expect(help).toContain(name);
    expect(await nlmg(["themes", "--jsn"])).toEqual({ code: 2, stdout: "", stderr: "nlmg: unknown option '--jsn'\n(Did you mean --json?)\n" });
  });

  it("leads every command's help with examples, and ends it with the environment and exit codes", async () => {
    for (const command of ["info", "story", "characters", "themes", "takeaways", "significance", "glossary", "search", "browse", "export", "import", "validate", "completion"]) {
      const { stdout } = await nlmg([command, "--help"]);
      expect(stdout, command).toMatch(/^Examples:\n {2}\$ /);
      expect(stdout, command).toMatch(/\nEnvironment:\n {2}NLMG_DATA[^]*\nExit codes:\n {2}0 /);
    }
  });

  it("builds a man page from the same commands", () => {
    const man = readFileSync(join(ROOT, "man/nlmg.1"), "utf8");
    expect(man).toMatch(/^\.TH NLMG 1/);
    for (const command of ["info", "story", "characters", "search", "export", "import", "validate", "completion"]) expect(man).toContain(`.B nlmg ${command}`);
    expect(man).toContain(".B NLMG_PAGER");
  });
});

describe("the package", () => {
  it("holds what it needs, installs globally into a fresh prefix, and runs from anywhere", () => {
    const work = mkdtempSync(join(tmpdir(), "nlmg-pack-"));
    const packed = JSON.parse(execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work], { cwd: ROOT, encoding: "utf8", env: cleanEnv() })) as { filename: string; files: { path: string }[] }[];
    const files = packed[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(["bin/nlmg.js", "bin/compile-cache.js", "dist/cli.js", "man/nlmg.1", "data/record.schema.json", "README.md", "package.json"]));
    expect(files.filter((f) => /^(src|test|scripts)\/|\.ts$/.test(f))).toEqual([]);
    const prefix = join(work, "prefix");
    execFileSync("npm", ["install", "-g", "--offline", "--no-audit", "--no-fund", "--prefix", prefix, join(work, packed[0]!.filename)], { cwd: work, env: cleanEnv(), encoding: "utf8" });
    const run = (...args: string[]) => spawnSync(join(prefix, "bin", "nlmg"), args, { cwd: tmpdir(), env: cleanEnv(), encoding: "utf8" });
    expect(run("--version").stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(run("characters").stdout.split("\n")[0]).toBe("Kathy H.\tNarrator and carer\tThe narrator, a thoughtful and observant carer who loves her friends despite their flaws");
    expect(run("completion", "bash").stdout).toContain("complete -F _nlmg nlmg");
    expect(existsSync(join(prefix, "share", "man", "man1", "nlmg.1")) || readdirSync(join(prefix, "lib", "node_modules", "nlmg", "man")).includes("nlmg.1")).toBe(true);
  }, 60_000);
});
