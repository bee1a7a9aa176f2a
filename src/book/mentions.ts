import { passagePlace, type Book, type NumberedPassage, type ShownCharacter } from "./book.js";
import { findAll, fold, foldWithOrigin, mergeRanges } from "./fold.js";
import type { Term } from "./schema.js";

/** A story passage that mentions something, with the ranges where it does. */
export interface Mention {
  readonly passage: NumberedPassage;
  readonly place: string;
  readonly matches: readonly (readonly [number, number])[];
}

/** The story passages in which any of `words` occurs as whole words. */
export function mentionsOf(book: Book, words: readonly string[]): Mention[] {
  const needles = [...new Set(words.map(fold).filter(Boolean))];
  const mentions: Mention[] = [];
  for (const passage of book.story) {
    const text = foldWithOrigin(passage.text);
    const matches = mergeRanges(needles.flatMap((needle) => findAll(text, needle, true)));
    if (matches.length) mentions.push({ passage, place: passagePlace(book, passage), matches });
  }
  return mentions;
}

/** The passages that name a character, by name or alias. */
export function characterMentions(book: Book, character: ShownCharacter): Mention[] {
  return mentionsOf(book, [character.name, ...character.aliases]);
}

/** The passages where a term occurs, in any of its forms. */
export function termMentions(book: Book, term: Term): Mention[] {
  return mentionsOf(book, [term.term, ...term.forms]);
}
