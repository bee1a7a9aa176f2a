import { RecordError } from "../errors.js";
import type { Record } from "./schema.js";

/** The headings of the summary layout, in order (see the seed in shared/seed/). */
export const HEADINGS = ["Book Info", "The Story in Brief", "Key Characters", "Main Themes", "Key Takeaways", "Why It Matters"] as const;
type Heading = (typeof HEADINGS)[number];

interface Line {
  readonly n: number;
  readonly text: string;
}

/** A problem at a line of the summary: the message names the file and the line. */
function problem(file: string, line: number | "end", message: string): RecordError {
  return new RecordError(`${file}:${line === "end" ? "end of file" : `line ${line}`}: ${message}`);
}

const slug = (text: string): string =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "book";

const KEY_VALUE = /^-\s*([^:]+?)\s*:\s*(.*)$/;
const BULLET = /^-\s+(.*)$/;

/** A whole number from a summary's field, or an error at its line. */
function wholeNumber(value: string, what: string, line: Line, file: string): number {
  if (!/^\d+$/.test(value)) throw problem(file, line.n, `${what} should be a number, found "${value}"`);
  return Number(value);
}

/** The Book Info fields: Title, Author, Year, and Genre with its pages and reading time. */
function readInfo(lines: readonly Line[], file: string, after: Line) {
  const info: { title?: string; author?: string; year?: number; genres?: string[]; pages?: number; readingTime?: string } = {};
  for (const line of lines) {
    const m = KEY_VALUE.exec(line.text);
    if (!m) throw problem(file, line.n, `expected a "- Key: value" line, found "${line.text}"`);
    const key = m[1]!.toLowerCase();
    // "Genre: A / B | 288 Pages | Reading Time: 4-5 hours" holds three fields.
    const [value, ...more] = m[2]!.split("|").map((s) => s.trim());
    if (key === "title") info.title = value;
    else if (key === "author") info.author = value;
    else if (key === "year") info.year = wholeNumber(value!, "the year", line, file);
    else if (key === "genre" || key === "genres") info.genres = value!.split("/").map((g) => g.trim()).filter(Boolean);
    else if (key === "pages") info.pages = wholeNumber(value!, "the page count", line, file);
    else if (key === "reading time") info.readingTime = value;
    else throw problem(file, line.n, `unknown field "${m[1]}"; expected Title, Author, Year, Genre, Pages or Reading Time`);
    for (const part of more) {
      const pages = /^(\S+)\s+pages$/i.exec(part);
      const time = /^reading time\s*:\s*(.*)$/i.exec(part);
      if (pages) info.pages = wholeNumber(pages[1]!, "the page count", line, file);
      else if (time) info.readingTime = time[1]!;
      else throw problem(file, line.n, `expected "N Pages" or "Reading Time: …" after "|", found "${part}"`);
    }
  }
  for (const [field, value] of [["Year", info.year], ["Genre", info.genres]] as const) {
    if (value === undefined) throw problem(file, after.n, `Book Info has no "- ${field}:" line`);
  }
  return info;
}

/**
 * Reads a summary in the plain-text layout of the seed: a title line, a "by"
 * line, then the six headings with their `- Key: value` lines and paragraphs.
 * Accepts a byte-order mark, CRLF, blank lines and trailing spaces. What the
 * layout cannot say (parts, roles, aliases, spoiler marks, glossary) is left
 * empty. Throws a RecordError naming the line of the first problem.
 */
export function parseSummary(source: string, file: string): Record {
  const all = source
    .replace(/^\uFEFF/, "")
    .split(/\r?\n|\r/)
    .map((text, i) => ({ n: i + 1, text: text.trim() }));
  const lines = all.filter((l) => l.text);
  const last = all.length;
  const [titleLine, byLine] = lines;
  if (!titleLine) throw problem(file, "end", "the file is empty; expected a title line");
  if (!byLine || (HEADINGS as readonly string[]).includes(byLine.text)) throw problem(file, byLine?.n ?? last, `expected a "Title by Author" line`);
  const by = /^(.*)\s+by\s+(.+)$/.exec(byLine.text);
  if (!by) throw problem(file, byLine.n, `expected a "Title by Author" line, found "${byLine.text}"`);

  const sections = new Map<Heading, Line[]>();
  const headingLines = new Map<Heading, Line>();
  let current: Line[] | undefined;
  let headingLine = byLine;
  for (const line of lines.slice(2)) {
    const index = (HEADINGS as readonly string[]).indexOf(line.text);
    if (index >= 0) {
      const expected = HEADINGS[sections.size]!;
      if (line.text !== expected) throw problem(file, line.n, `expected the heading "${expected}", found "${line.text}"`);
      sections.set(expected, (current = []));
      headingLines.set(expected, (headingLine = line));
    } else if (!current) {
      throw problem(file, line.n, `expected the heading "${HEADINGS[0]}", found "${line.text}"`);
    } else {
      current.push(line);
    }
  }
  if (sections.size < HEADINGS.length) {
    throw problem(file, "end", `missing the heading "${HEADINGS[sections.size]}", expected after "${headingLine.text}" (line ${headingLine.n})`);
  }

  const section = (h: Heading) => sections.get(h)!;
  const bullets = (h: Heading) =>
    section(h).map((line) => {
      const m = BULLET.exec(line.text);
      if (!m) throw problem(file, line.n, `expected a "- " item under "${h}", found "${line.text}"`);
      return m[1]!;
    });
  const info = readInfo(section("Book Info"), file, headingLines.get("Book Info")!);
  const title = info.title ?? titleLine.text;
  return {
    id: slug(title),
    title,
    author: info.author ?? by[2]!,
    year: info.year!,
    genres: info.genres!,
    pages: info.pages ?? 0,
    readingTime: info.readingTime ?? "",
    parts: [],
    story: section("The Story in Brief").map((l) => ({ text: l.text, spoiler: false })),
    characters: section("Key Characters").map((line) => {
      const m = KEY_VALUE.exec(line.text);
      if (!m || !m[2]) throw problem(file, line.n, `expected a "- Name: description" line, found "${line.text}"`);
      return { name: m[1]!, role: "", aliases: [], description: m[2], spoiler: false };
    }),
    themes: bullets("Main Themes").map((text) => ({ text, spoiler: false })),
    takeaways: section("Key Takeaways").map((l) => ({ text: l.text, spoiler: false })),
    significance: section("Why It Matters").map((l) => ({ text: l.text, spoiler: false })),
    glossary: [],
  };
}
