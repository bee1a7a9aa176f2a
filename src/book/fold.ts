/**
 * Folding for matching: case, accents, curly quotes and dashes all compare
 * equal to their plain forms, so `ruth's` finds "Ruth’s".
 */

const QUOTES: Readonly<Record<string, string>> = {
  "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u2032": "'", "\u0060": "'", "\u00B4": "'",
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u201F": '"', "\u2033": '"', "\u00AB": '"', "\u00BB": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
};

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = cache.get(ch);
  if (folded === undefined) {
    folded = QUOTES[ch] ?? ch.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
    cache.set(ch, folded);
  }
  return folded;
}

/** A folded text and, for each of its code units, where it came from in the source. */
export interface Folded {
  readonly text: string;
  /** origin[i] is the index in the source of the character folded[i] came from. */
  readonly origin: readonly number[];
  readonly sourceLength: number;
}

/** Folds a text, keeping the way back to the source. Linear in the text's length. */
export function foldWithOrigin(source: string): Folded {
  const parts: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    let folded: string;
    let size = 1;
    if (code < 0x80) {
      folded = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 0x60 ? "'" : source[i]!;
    } else {
      const cp = source.codePointAt(i)!;
      size = cp > 0xffff ? 2 : 1;
      folded = foldChar(source.slice(i, i + size));
    }
    for (let k = 0; k < folded.length; k++) origin.push(i);
    parts.push(folded);
    i += size - 1;
  }
  const text = parts.join("");
  return { text, origin, sourceLength: source.length };
}

const QUOTE_OR_DASH = new RegExp(`[${Object.keys(QUOTES).join("")}]`, "g");
const MARKS = /\p{M}/gu;

/**
 * Folds a text for comparison, as {@link foldWithOrigin} does but without the
 * way back, in a few native passes: fast enough to sift a whole record.
 */
export function fold(text: string): string {
  return text.replace(QUOTE_OR_DASH, (ch) => QUOTES[ch]!).normalize("NFKD").replace(MARKS, "").toLowerCase();
}

/** The range in the source that the folded range [start, end) came from. */
export function toSource(folded: Folded, start: number, end: number): [number, number] {
  const from = folded.origin[start] ?? folded.sourceLength;
  let to = folded.sourceLength;
  for (let i = end; i < folded.text.length; i++) {
    const o = folded.origin[i]!;
    if (o !== folded.origin[end - 1]) {
      to = o;
      break;
    }
  }
  return [from, to];
}

const WORD = /[\p{L}\p{N}]/u;

/** True when the folded range [start, end) stands as whole words in its text. */
export function isWholeWord(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1]! : " ";
  const after = end < text.length ? text[end]! : " ";
  return !WORD.test(before) && !WORD.test(after);
}

/** Every place a folded needle occurs in a folded text, as ranges of the source. */
export function findAll(haystack: Folded, needle: string, wholeWord = false): [number, number][] {
  const found: [number, number][] = [];
  if (!needle) return found;
  for (let at = haystack.text.indexOf(needle); at >= 0; at = haystack.text.indexOf(needle, at + needle.length)) {
    if (!wholeWord || isWholeWord(haystack.text, at, at + needle.length)) {
      found.push(toSource(haystack, at, at + needle.length));
    }
  }
  return found;
}

/** Overlapping or touching ranges joined, sorted by start. */
export function mergeRanges(ranges: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}
