import { chmodSync, mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import bundled from "../../data/never-let-me-go.json" with { type: "json" };
import { nlmg } from "../helpers.js";

let dir: string;
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** The bundled record, its text laced with terminal escapes. */
const hostile = {
  ...bundled,
  title: "Never\x1b]0;pwned\x07 Let Me Go",
  characters: bundled.characters.map((c, i) => (i === 0 ? { ...c, name: "Kathy\x1b[2J\x1b[H H.", description: `safe\roverwritten \u009b31mred\u202Eevil` } : c)),
  themes: [{ text: "a\u2066isolated\u2069 theme\x7f", spoiler: false }],
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nlmg-data-"));
});

describe("--data and NLMG_DATA", () => {
  it.each([
    ["a missing file", () => join(dir, "nope.json"), (p: string) => `nlmg: cannot read ${p}: no such file\n`],
    ["a directory", () => (mkdirSync(join(dir, "d"), { recursive: true }), join(dir, "d")), (p: string) => `nlmg: cannot read ${p}: it is a directory\n`],
    ["a file that is not UTF-8", () => file("latin1.json", Buffer.from([0x7b, 0xe9, 0x7d])), (p: string) => `nlmg: cannot read ${p}: it is not UTF-8 text\n`],
    ["a file that is not JSON", () => file("bad.json", "{ title: 1 "), (p: string) => `nlmg: ${p} is not JSON: Expected property name or '}' in JSON at position 2\n`],
  ])("explains %s and exits 1", async (_name, make, message) => {
    const path = make();
    expect(await nlmg(["--data", path, "info"])).toEqual({ code: 1, stdout: "", stderr: message(path) });
  });

  it("explains an unreadable file", async () => {
    const path = file("secret.json", "{}");
    chmodSync(path, 0o000);
    const { code, stderr } = await nlmg(["--data", path, "info"]);
    chmodSync(path, 0o644);
    // root reads any file (and finds "{}" no record); everyone else is told why not.
    if (process.getuid?.() !== 0) expect(stderr).toBe(`nlmg: cannot read ${path}: permission denied\n`);
    expect(code).toBe(1);
  });

  it("names each problem of an invalid record with its JSON path", async () => {
    const broken = { ...bundled, year: "2005", characters: [{ ...bundled.characters[0], name: "" }], story: [{ part: 9, text: "x", spoiler: false }] };
    const path = file("broken.json", JSON.stringify(broken));
    expect(await nlmg(["info"], { env: { NLMG_DATA: path } })).toEqual({
      code: 1,
      stdout: "",
      stderr: [
        `nlmg: ${path} is not a valid record (2 problems)`,
        "  $.year: Invalid input: expected number, received string",
        "  $.characters[0].name: Too small: expected string to have >=1 characters",
        "",
      ].join("\n"),
    });
  });

  it("prefers --data to NLMG_DATA", async () => {
    const other = file("other.json", JSON.stringify({ ...bundled, title: "Another" }));
    const { stdout } = await nlmg(["--data", other, "info", "--json"], { env: { NLMG_DATA: join(dir, "missing.json") } });
    expect((JSON.parse(stdout) as { title: string }).title).toBe("Another");
  });

  it("changes no prototype for a record with __proto__ or constructor keys", async () => {
    const path = file("proto.json", '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "id": "x"}');
    const { code, stderr } = await nlmg(["--data", path, "info"]);
    expect(code).toBe(1);
    expect(stderr).toContain(`Unrecognized keys: "__proto__", "constructor"`);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });
});

describe("a record holding terminal escapes", () => {
  const commands = [["info"], ["characters"], ["characters", "kathy"], ["themes"], ["search", "safe"], ["export"], ["export", "--format", "text"]];

  it("shows them as visible escapes in every form but JSON", async () => {
    const path = file("hostile.json", JSON.stringify(hostile));
    for (const command of commands) {
      for (const tty of [false, true]) {
        const { code, stdout } = await nlmg(["--data", path, ...command], { tty });
        expect(code, command.join(" ")).toBe(0);
        // Only nlmg's own colour codes may reach the terminal.
        // eslint-disable-next-line no-control-regex
        const raw = stdout.replace(/\x1b\[\d+(;\d+)*m/g, "");
        // eslint-disable-next-line no-control-regex
        expect(raw, command.join(" ")).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
      }
    }
    expect((await nlmg(["--data", path, "info"])).stdout).toContain("Title\tNever\\x1B]0;pwned\\x07 Let Me Go");
    expect((await nlmg(["--data", path, "themes"])).stdout).toBe("a\\u2066isolated\\u2069 theme\\x7F\n");
    expect((await nlmg(["--data", path, "search", "safe"])).stdout).toContain("safe\\roverwritten \\x9B31mred\\u202Eevil");
  });

  it("keeps them, escaped by JSON itself, in the JSON form", async () => {
    const path = file("hostile.json", JSON.stringify(hostile));
    const info = JSON.parse((await nlmg(["--data", path, "info", "--json"])).stdout) as { title: string };
    expect(info.title).toBe(hostile.title);
  });

  it("warns about them in validate, which still finds the record valid", async () => {
    const path = file("hostile.json", JSON.stringify(hostile));
    const { code, stdout, stderr } = await nlmg(["validate", path]);
    expect([code, stdout]).toEqual([0, `${path}: valid\n`]);
    expect(stderr.split("\n").filter(Boolean)).toEqual([
      "nlmg: warning: $.title: holds control characters or bidi overrides (shown escaped)",
      "nlmg: warning: $.characters[0].name: holds control characters or bidi overrides (shown escaped)",
      "nlmg: warning: $.characters[0].description: holds control characters or bidi overrides (shown escaped)",
      "nlmg: warning: $.themes[0].text: holds control characters or bidi overrides (shown escaped)",
    ]);
  });

  it("renders a huge description and a huge passage in linear time", async () => {
    const huge = { ...bundled, characters: [{ ...bundled.characters[0], description: "word ".repeat(100_000) }], story: [{ text: "y".repeat(1_000_000), spoiler: false }], parts: [] };
    const path = file("huge.json", JSON.stringify(huge));
    for (const command of [["characters"], ["story"], ["search", "word"]]) {
      const started = performance.now();
      const { code } = await nlmg(["--data", path, ...command], { tty: true });
      expect(code).toBe(0);
      // A generous bound: the point is that it ends, where quadratic work would take minutes.
      expect(performance.now() - started, command.join(" ")).toBeLessThan(10_000);
    }
  });
});

describe("nlmg validate", () => {
  it("says valid for the bundled record, and gives JSON with --json", async () => {
    expect(await nlmg(["validate", "data/never-let-me-go.json"])).toEqual({ code: 0, stdout: "data/never-let-me-go.json: valid\n", stderr: "" });
    expect(JSON.parse((await nlmg(["validate", "data/never-let-me-go.json", "--json"])).stdout)).toEqual({
      file: "data/never-let-me-go.json",
      valid: true,
      problems: [],
      warnings: [],
    });
  });

  it("lists every problem with its path, exit 1", async () => {
    const path = file("invalid.json", JSON.stringify({ ...bundled, pages: -1, glossary: [{ term: "x" }] }));
    const { code, stdout, stderr } = await nlmg(["validate", path]);
    expect([code, stdout]).toEqual([1, ""]);
    expect(stderr).toBe(
      [
        `nlmg: ${path} is not a valid record`,
        "  $.pages: Too small: expected number to be >=0",
        "  $.glossary[0].forms: Invalid input: expected array, received undefined",
        "  $.glossary[0].definition: Invalid input: expected string, received undefined",
        "  $.glossary[0].spoiler: Invalid input: expected boolean, received undefined",
        "",
      ].join("\n"),
    );
  });
});

describe("nlmg export", () => {
  it("gives the whole record as Markdown by default", async () => {
    const { stdout } = await nlmg(["export"]);
    expect(stdout.split("\n").filter((l) => l.startsWith("#"))).toEqual([
      "# Never Let Me Go",
      "## The Story in Brief",
      "### Part One: Hailsham",
      "### Part Two: The Cottages",
      "### Part Three: Carer",
      "## Key Characters",
      "## Main Themes",
      "## Key Takeaways",
      "## Why It Matters",
      "## Glossary",
    ]);
    expect(stdout).toContain("- **Kathy H.** (Narrator and carer): The narrator, a thoughtful and observant carer who loves her friends despite their flaws\n");
  });

  it("gives the record's JSON, which validates", async () => {
    const { stdout } = await nlmg(["export", "--format", "json"]);
    const path = file("exported.json", stdout);
    expect((await nlmg(["validate", path])).code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ ...bundled, $schema: undefined });
  });

  it("lets no twist through --no-spoilers in any format", async () => {
    for (const format of ["markdown", "text", "json"]) {
      const { stdout, stderr } = await nlmg(["--no-spoilers", "export", "--format", format]);
      expect(stdout).toContain("Kathy H., now thirty-one");
      for (const word of [/clone/i, /never real/i, /dies/i]) expect(stdout, format).not.toMatch(word);
      expect(stderr).toBe("nlmg: 19 spoilers hidden; run without --no-spoilers to show them\n");
    }
  });

  it("refuses an unknown format, exit 2", async () => {
    const { code, stderr } = await nlmg(["export", "--format", "pdf"]);
    expect(code).toBe(2);
    expect(stderr).toContain("Allowed choices are markdown, text, json");
  });
});
