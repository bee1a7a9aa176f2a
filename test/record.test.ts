import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import bundled from "../data/never-let-me-go.json" with { type: "json" };
import { recordJsonSchema } from "../src/book/json-schema.js";
import { checkRecord } from "../src/book/read.js";
import { fixture, nlmg, ROOT } from "./helpers.js";

const seed = readFileSync(fixture("never-let-me-go.txt"), "utf8");
const lines = seed.split("\n");
const HEADINGS = ["Book Info", "The Story in Brief", "Key Characters", "Main Themes", "Key Takeaways", "Why It Matters"];

/** The non-blank lines under a heading of the seed, read independently of `nlmg import`. */
function under(heading: string): string[] {
  const start = lines.indexOf(heading);
  expect(start, heading).toBeGreaterThan(0);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => HEADINGS.includes(l));
  return rest.slice(0, end < 0 ? undefined : end).filter((l) => l.trim());
}

describe("the bundled record", () => {
  const record = checkRecord(bundled, "bundled");

  it("fits the schema", () => {
    expect(record.id).toBe("never-let-me-go");
  });

  it("holds the summary's text word for word, in order, and nothing else as the summary", () => {
    expect(lines[0]).toBe(record.title);
    expect(lines[1]).toBe(`${record.title} by ${record.author}`);
    expect(under("Book Info")).toEqual([
      `- Title: ${record.title}`,
      `- Author: ${record.author}`,
      `- Year: ${record.year}`,
      `- Genre: ${record.genres.join(" / ")} | ${record.pages} Pages | Reading Time: ${record.readingTime}`,
    ]);
    expect(record.story.map((p) => p.text)).toEqual(under("The Story in Brief"));
    expect(record.characters.map((c) => `- ${c.name}: ${c.description}`)).toEqual(under("Key Characters"));
    expect(record.themes.map((t) => `- ${t.text}`)).toEqual(under("Main Themes"));
    expect(record.takeaways.map((t) => t.text)).toEqual(under("Key Takeaways"));
    expect(record.significance.map((t) => t.text)).toEqual(under("Why It Matters"));
  });

  it("groups the seven passages in the novel's three parts, each titled", () => {
    expect(record.parts.map((p) => [p.number, p.title])).toEqual([
      [1, "Hailsham"],
      [2, "The Cottages"],
      [3, "Carer"],
    ]);
    expect(record.story.map((p) => p.part)).toEqual([1, 1, 1, 2, 3, 3, 3]);
  });

  it("has a glossary of the novel's own words, each form found in the summary", () => {
    const terms = record.glossary.map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining(["carer", "donor", "donation", "completing", "deferral", "Hailsham", "the Cottages", "guardians"]));
    for (const t of record.glossary) {
      expect(t.forms.some((f) => seed.toLowerCase().includes(f.toLowerCase())), t.term).toBe(true);
    }
  });

  it("marks what gives the twists away, and leaves the premise open", () => {
    expect(record.story.map((p) => p.spoiler)).toEqual([false, true, true, true, true, true, true]);
    const open = JSON.stringify([record.story, record.characters, record.themes, record.takeaways, record.significance, record.glossary].flat().filter((i) => !i.spoiler));
    for (const word of ["clone", "never real", "dies", "donation", "complete"]) expect(open).not.toContain(word);
  });

  it("keeps data/record.schema.json in step with the zod schema", () => {
    expect(readFileSync(`${ROOT}data/record.schema.json`, "utf8")).toBe(recordJsonSchema());
  });

  it("shows every sentence of the summary through the commands", async () => {
    let shown = "";
    for (const command of ["info", "story", "characters", "themes", "takeaways", "significance"]) {
      const { code, stdout } = await nlmg([command]);
      expect(code).toBe(0);
      shown += stdout;
    }
    // The title and "by" lines are the card's title and author, checked above.
    const sentences = lines
      .slice(2)
      .filter((l) => l.trim() && !HEADINGS.includes(l) && !l.startsWith("- "))
      .concat(under("Key Characters").map((l) => l.replace(/^- [^:]+: /, "")), under("Main Themes").map((l) => l.slice(2)))
      .flatMap((l) => l.split(/(?<=[.!?”])\s+(?=[A-Z])/));
    expect(sentences.length).toBeGreaterThan(40);
    for (const sentence of sentences) expect(shown, sentence).toContain(sentence);
  });
});
