import type { Character, Paragraph, Part, Passage, Record as BookRecord, Term } from "./schema.js";

/** The sections that can hold spoilers. */
export type HiddenSection = "story" | "characters" | "themes" | "takeaways" | "significance" | "glossary";

/** A story passage with its place in the story, counted from 1. */
export interface NumberedPassage extends Passage {
  readonly n: number;
}

/** A character as shown: the description is absent when it was hidden as a spoiler. */
export interface ShownCharacter extends Omit<Character, "description"> {
  readonly description?: string;
}

/** A record as the commands see it: spoilers hidden or not, passages numbered. */
export interface Book {
  readonly id: string;
  readonly title: string;
  readonly author: string;
  readonly year: number;
  readonly genres: readonly string[];
  readonly pages: number;
  readonly readingTime: string;
  readonly parts: readonly Part[];
  readonly story: readonly NumberedPassage[];
  readonly characters: readonly ShownCharacter[];
  readonly themes: readonly Paragraph[];
  readonly takeaways: readonly Paragraph[];
  readonly significance: readonly Paragraph[];
  readonly glossary: readonly Term[];
  /** How many items of each section were hidden as spoilers. */
  readonly hidden: Readonly<Record<HiddenSection, number>>;
}

/** The book a record shows; with `hideSpoilers`, every item marked as a spoiler is left out. */
export function openBook(record: BookRecord, hideSpoilers: boolean): Book {
  const hidden = { story: 0, characters: 0, themes: 0, takeaways: 0, significance: 0, glossary: 0 };
  const keep = <T extends { spoiler: boolean }>(section: HiddenSection, items: readonly T[]): T[] => {
    if (!hideSpoilers) return [...items];
    const kept = items.filter((item) => !item.spoiler);
    hidden[section] += items.length - kept.length;
    return kept;
  };
  const story = keep("story", record.story.map((passage, i) => ({ ...passage, n: i + 1 })));
  const characters = record.characters.map((character): ShownCharacter => {
    if (!hideSpoilers || !character.spoiler) return character;
    hidden.characters++;
    const { description: _hidden, ...rest } = character;
    return rest;
  });
  return {
    id: record.id,
    title: record.title,
    author: record.author,
    year: record.year,
    genres: record.genres,
    pages: record.pages,
    readingTime: record.readingTime,
    parts: record.parts,
    story,
    characters,
    themes: keep("themes", record.themes),
    takeaways: keep("takeaways", record.takeaways),
    significance: keep("significance", record.significance),
    glossary: keep("glossary", record.glossary),
    hidden,
  };
}

const NUMBER_WORDS = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"];

/** "Part One: Hailsham", as the novel names its parts. */
export function partLabel(part: Part): string {
  const name = `Part ${NUMBER_WORDS[part.number - 1] ?? part.number}`;
  return part.title ? `${name}: ${part.title}` : name;
}

/** Where a passage stands: "Part One, passage 2", or "passage 2" in a story without parts. */
export function passagePlace(book: Book, passage: NumberedPassage): string {
  const part = book.parts.find((p) => p.number === passage.part);
  return part ? `${partLabel(part).split(":")[0]}, passage ${passage.n}` : `passage ${passage.n}`;
}

/** The book with its story cut to one part. */
export function onePart(book: Book, part: Part): Book {
  return { ...book, parts: [part], story: book.story.filter((p) => p.part === part.number) };
}

/** The story's passages grouped by part, in order; passages of no part come first, under none. */
export function storyByPart(book: Book): { part?: Part; passages: NumberedPassage[] }[] {
  const groups: { part?: Part; passages: NumberedPassage[] }[] = [];
  const loose = book.story.filter((p) => !book.parts.some((part) => part.number === p.part));
  if (loose.length) groups.push({ passages: loose });
  for (const part of book.parts) {
    const passages = book.story.filter((p) => p.part === part.number);
    if (passages.length) groups.push({ part, passages });
  }
  return groups;
}
