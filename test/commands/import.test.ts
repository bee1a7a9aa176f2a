import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import bundled from "../../data/never-let-me-go.json" with { type: "json" };
import type { Record } from "../../src/book/schema.js";
import { fixture, nlmg } from "../helpers.js";

const seed = readFileSync(fixture("never-let-me-go.txt"), "utf8");
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "nlmg-import-"));
});

/** The text of a record: what `import` must give back, leaving out the structure it cannot know. */
const textOf = (r: Record) => ({
  title: r.title,
  author: r.author,
  year: r.year,
  genres: r.genres,
  pages: r.pages,
  readingTime: r.readingTime,
  story: r.story.map((p) => p.text),
  characters: r.characters.map((c) => [c.name, c.description]),
  themes: r.themes.map((t) => t.text),
  takeaways: r.takeaways.map((t) => t.text),
  significance: r.significance.map((t) => t.text),
});

async function importText(text: string) {
  const file = join(dir, "summary.txt");
  writeFileSync(file, text);
  return nlmg(["import", file]);
}

describe("nlmg import", () => {
  it("gives back exactly the text of the bundled record from the seed", async () => {
    const { code, stdout, stderr } = await nlmg(["import", fixture("never-let-me-go.txt")]);
    expect([code, stderr]).toEqual([0, ""]);
    const record = JSON.parse(stdout) as Record;
    expect(textOf(record)).toEqual(textOf(bundled as Record));
    expect([record.parts, record.glossary, record.characters[0]!.role, record.characters[0]!.aliases]).toEqual([[], [], "", []]);
  });

  it("reads CRLF, a byte-order mark, blank lines and trailing spaces the same", async () => {
    const plain = (await importText(seed)).stdout;
    const messy = `\uFEFF${seed.split("\n").map((l) => `${l}  `).join("\r\n\r\n")}\r\n`;
    expect((await importText(messy)).stdout).toBe(plain);
  });

  it("writes OUT whole, and never over a file without --force", async () => {
    const out = join(dir, "book.json");
    expect(await nlmg(["import", fixture("other-book.txt"), "-o", out])).toEqual({ code: 0, stdout: "", stderr: `nlmg: wrote ${out}\n` });
    const first = readFileSync(out, "utf8");
    writeFileSync(out, "mine");
    expect(await nlmg(["import", fixture("other-book.txt"), "-o", out])).toEqual({
      code: 1,
      stdout: "",
      stderr: `nlmg: ${out} exists; add --force to overwrite it\n`,
    });
    expect(readFileSync(out, "utf8")).toBe("mine");
    expect((await nlmg(["import", fixture("other-book.txt"), "-o", out, "--force"])).code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(first);
    expect(readdirSync(dir)).toEqual(["book.json"]);
  });

  it.each([
    ["a missing heading", (s: string) => s.replace("Main Themes\n", ""), ":line 27: expected the heading \"Main Themes\", found \"Key Takeaways\""],
    ["a heading missing at the end", (s: string) => s.replace(/Why It Matters\n[^]*$/, ""), ":end of file: missing the heading \"Why It Matters\", expected after \"Key Takeaways\" (line 28)"],
    ["a malformed field", (s: string) => s.replace("- Year: 2005", "- Year 2005"), ":line 6: expected a \"- Key: value\" line, found \"- Year 2005\""],
    ["a year that is no number", (s: string) => s.replace("- Year: 2005", "- Year: two thousand"), ":line 6: the year should be a number, found \"two thousand\""],
    ["a page count that is no number", (s: string) => s.replace("288 Pages", "many Pages"), ":line 7: the page count should be a number, found \"many\""],
    ["a character line without a description", (s: string) => s.replace("- Ruth: ", "- Ruth "), ":line 18: expected a \"- Name: description\" line"],
    ["no by line", (s: string) => s.replace("Never Let Me Go by Kazuo Ishiguro\n", ""), ":line 2: expected a \"Title by Author\" line"],
  ])("refuses %s, naming the line, and writes nothing", async (_name, change, message) => {
    const file = join(dir, "summary.txt");
    writeFileSync(file, change(seed));
    const out = join(dir, "out.json");
    const { code, stdout, stderr } = await nlmg(["import", file, "-o", out]);
    expect([code, stdout]).toEqual([1, ""]);
    expect(stderr).toContain(`nlmg: ${file}${message}`);
    expect(existsSync(out)).toBe(false);
  });

  it("makes a record that every command can open", async () => {
    const out = join(dir, "glass.json");
    await nlmg(["import", fixture("other-book.txt"), "-o", out]);
    expect((await nlmg(["--data", out, "characters"])).stdout).toBe(
      "Wren\t\tThe orchard's keeper, patient and stubborn\nOld Moss\t\tWren's neighbour, who remembers the first trees\n",
    );
    expect((await nlmg(["characters", "moss"], { env: { NLMG_DATA: out } })).stdout).toContain("name\tOld Moss");
    expect((await nlmg(["--data", out, "story"])).stdout).toBe(
      "Wren tends an orchard whose fruit is made of glass.\n\nA storm breaks every tree but one, and Wren learns to grow them again.\n",
    );
    expect((await nlmg(["--data", out, "story", "--part", "1"])).stderr).toBe("nlmg: there is no part 1\nthis book's story is not divided in parts\n");
    expect((await nlmg(["--data", out, "validate", out])).stdout).toBe(`${out}: valid\n`);
  });
});
