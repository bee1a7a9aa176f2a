/** Text made safe for a terminal, measured and wrapped. */

// C0 but tab and newline, DEL, C1, and the bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_OR_BREAK = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

function escapeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch === "\t") return "\\t";
  if (ch === "\n") return "\\n";
  if (ch === "\r") return "\\r";
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase()}`;
}

/** Control characters and bidi overrides shown as visible escapes; tab and newline kept. */
export function safe(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** As {@link safe}, and tab and newline escaped too: for one-record-a-line output. */
export function safeField(text: string): string {
  return text.replace(UNSAFE_OR_BREAK, escapeChar);
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

const ZERO_WIDTH = /\p{M}|[\u200B-\u200F]|\uFE0F/u;

/** Columns a character takes in a terminal. */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (ZERO_WIDTH.test(ch)) return 0;
  return isWide(code) ? 2 : 1;
}

// eslint-disable-next-line no-control-regex
const SGR = /\x1b\[[\d;]*m/g;

/** Columns a string takes in a terminal, colour codes not counted. */
export function visibleWidth(text: string): number {
  return displayWidth(text.replace(SGR, ""));
}

/** Columns a string without escape codes takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

/** A line of wrapped text: the range [start, end) of the source it shows. */
export type LineRange = readonly [start: number, end: number];

/**
 * Word-wraps one paragraph to `width` columns, in one pass. Returns the range
 * of each line in the text, so that highlights can be laid over the lines.
 * A word wider than the line is broken.
 */
export function wrapRanges(text: string, width: number): LineRange[] {
  const lines: LineRange[] = [];
  const max = Math.max(1, width);
  let start = -1;
  let end = 0;
  let used = 0;
  for (const word of text.matchAll(/\S+/g)) {
    let at = word.index;
    let w = displayWidth(word[0]);
    if (start >= 0 && used + 1 + w <= max) {
      end = at + word[0].length;
      used += 1 + w;
      continue;
    }
    if (start >= 0) lines.push([start, end]);
    // A word too long for a line of its own is cut at the width.
    while (w > max) {
      let cols = 0;
      let cut = at;
      for (const ch of word[0].slice(at - word.index)) {
        const cw = charWidth(ch);
        if (cols + cw > max && cut > at) break;
        cols += cw;
        cut += ch.length;
      }
      lines.push([at, cut]);
      w -= cols;
      at = cut;
    }
    start = at;
    end = word.index + word[0].length;
    used = w;
  }
  if (start >= 0) lines.push([start, end]);
  return lines;
}

/** Word-wraps one paragraph to `width` columns. */
export function wrap(text: string, width: number): string[] {
  return wrapRanges(text, width).map(([s, e]) => text.slice(s, e));
}
