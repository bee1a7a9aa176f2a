import { partLabel, storyByPart, type Book, type ShownCharacter } from "../book/book.js";
import { infoData, infoFields } from "./info.js";
import { characterData } from "./characters.js";
import { paragraphs } from "./prose.js";
import { safe } from "./text.js";
import { toJson, type View } from "./view.js";

/** The formats of `nlmg export`. */
export const EXPORT_FORMATS = ["markdown", "text", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Markdown's own characters escaped, so that record text stays text. */
const md = (text: string): string => safe(text).replace(/[\\`*_[\]<>|#]/g, "\\$&");

/** A titled section, or nothing when every item in it was hidden. */
const section = (title: string, body: string): string[] => (body ? [title, body] : []);

const characterLine = (c: ShownCharacter, em: (s: string) => string, esc: (s: string) => string) =>
  `${em(esc(c.name))}${c.role ? ` (${esc(c.role)})` : ""}${c.description === undefined ? "" : `: ${esc(c.description)}`}`;

function markdown(book: Book): string {
  const story = storyByPart(book)
    .flatMap((g) => [...(g.part ? [`### ${md(partLabel(g.part))}`] : []), ...g.passages.map((p) => md(p.text))])
    .join("\n\n");
  return [
    `# ${md(book.title)}`,
    `*by ${md(book.author)}, ${book.year}*`,
    infoFields(book).slice(3).map(([label, value]) => `- **${label}:** ${md(value)}`).join("\n"),
    ...section("## The Story in Brief", story),
    ...section("## Key Characters", book.characters.map((c) => `- ${characterLine(c, (s) => `**${s}**`, md)}`).join("\n")),
    ...section("## Main Themes", book.themes.map((t) => `- ${md(t.text)}`).join("\n")),
    ...section("## Key Takeaways", book.takeaways.map((t) => md(t.text)).join("\n\n")),
    ...section("## Why It Matters", book.significance.map((t) => md(t.text)).join("\n\n")),
    ...section("## Glossary", book.glossary.map((t) => `- **${md(t.term)}**: ${md(t.definition)}`).join("\n")),
  ].join("\n\n");
}

function text(book: Book, view: View): string {
  const prose = (texts: readonly string[]) => paragraphs(texts, view);
  const story = storyByPart(book)
    .flatMap((g) => [...(g.part ? [safe(partLabel(g.part))] : []), prose(g.passages.map((p) => p.text))])
    .join("\n\n");
  return [
    [book.title, `by ${book.author}, ${book.year}`, ...infoFields(book).slice(3).map(([label, value]) => `${label}: ${value}`)].map(safe).join("\n"),
    ...section("The Story in Brief", story),
    ...section("Key Characters", prose(book.characters.map((c) => characterLine(c, (s) => s, (s) => s)))),
    ...section("Main Themes", book.themes.map((t) => safe(t.text)).join("\n")),
    ...section("Key Takeaways", prose(book.takeaways.map((t) => t.text))),
    ...section("Why It Matters", prose(book.significance.map((t) => t.text))),
    ...section("Glossary", prose(book.glossary.map((t) => `${t.term}: ${t.definition}`))),
  ].join("\n\n");
}

/** The whole book as one document. */
export function renderExport(book: Book, format: ExportFormat, view: View): string {
  if (format === "markdown") return markdown(book);
  if (format === "text") return text(book, view);
  const { story, parts, themes, takeaways, significance, glossary } = book;
  return toJson({
    ...infoData(book),
    parts,
    story: story.map(({ n: _n, ...passage }) => passage),
    characters: book.characters.map(characterData),
    themes,
    takeaways,
    significance,
    glossary,
  });
}
