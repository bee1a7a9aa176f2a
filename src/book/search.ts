import { passagePlace, type Book } from "./book.js";
import { findAll, fold, foldWithOrigin, mergeRanges } from "./fold.js";

/** The sections of a record, in the order they are shown. */
export const SECTIONS = ["info", "story", "characters", "themes", "takeaways", "significance", "glossary"] as const;
export type Section = (typeof SECTIONS)[number];

/** One searchable piece of text and where it stands. */
export interface Passage {
  readonly section: Section;
  /** Where in the section: "Part One, passage 2", "Tommy", "theme 3". */
  readonly where: string;
  readonly text: string;
  /** The name the text is about (a character's, a term's): it counts towards a match too. */
  readonly name?: string;
}

/** A passage that matched, with the ranges [start, end) of its text that did. */
export interface SearchResult extends Passage {
  readonly matches: readonly (readonly [number, number])[];
}

/** Every piece of text a book shows, section by section. */
export function passagesOf(book: Book): Passage[] {
  const out: Passage[] = [
    { section: "info", where: "title", text: book.title },
    { section: "info", where: "author", text: book.author },
    { section: "info", where: "year", text: String(book.year) },
    { section: "info", where: "genres", text: book.genres.join(", ") },
    { section: "info", where: "reading time", text: book.readingTime },
  ];
  for (const passage of book.story) out.push({ section: "story", where: passagePlace(book, passage), text: passage.text });
  for (const c of book.characters) {
    if (c.role) out.push({ section: "characters", where: `${c.name}, role`, text: c.role, name: c.name });
    if (c.description) out.push({ section: "characters", where: c.name, text: c.description, name: c.name });
  }
  const numbered = (section: Section, label: string, items: readonly { text: string }[]) =>
    items.forEach((item, i) => out.push({ section, where: `${label} ${i + 1}`, text: item.text }));
  numbered("themes", "theme", book.themes);
  numbered("takeaways", "paragraph", book.takeaways);
  numbered("significance", "paragraph", book.significance);
  for (const t of book.glossary) out.push({ section: "glossary", where: t.term, text: t.definition, name: t.term });
  return out;
}

/**
 * The query's terms: an argument with a space in it, or text in quotes, is a
 * phrase; every other word stands alone. Each term is folded.
 */
export function parseQuery(args: readonly string[]): string[] {
  const terms: string[] = [];
  for (const arg of args) {
    if (/\s/.test(arg.trim()) && !/["“”]/.test(arg)) {
      terms.push(arg);
      continue;
    }
    for (const m of arg.matchAll(/["“”]([^"“”]*)["“”]?|(\S+)/g)) terms.push(m[1] ?? m[2]!);
  }
  return terms.map((t) => fold(t.trim().replace(/\s+/g, " "))).filter(Boolean);
}

/**
 * Every passage in which all the terms occur, in section order. One pass over
 * the text per term: linear in the size of the record.
 */
export function search(book: Book, terms: readonly string[]): SearchResult[] {
  if (!terms.length) return [];
  const results: SearchResult[] = [];
  for (const passage of passagesOf(book)) {
    // Sift with the quick fold; map matches back only for the passages that pass.
    const quick = fold(passage.name ? `${passage.name}\n${passage.text}` : passage.text);
    if (!terms.every((term) => quick.includes(term))) continue;
    const folded = foldWithOrigin(passage.text);
    const name = passage.name ? fold(passage.name) : "";
    if (!terms.every((term) => folded.text.includes(term) || name.includes(term))) continue;
    const matches = mergeRanges(terms.flatMap((term) => findAll(folded, term)));
    results.push({ ...passage, matches });
  }
  return results;
}
