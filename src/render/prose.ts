import { safe, safeField, wrapRanges, type LineRange } from "./text.js";
import type { View } from "./view.js";

type Range = readonly [number, number];

/** A text made safe, with its highlight ranges moved to match the escaped text. */
function escapeWithRanges(text: string, ranges: readonly Range[], escape: (s: string) => string): [string, Range[]] {
  if (!ranges.length) return [escape(text), []];
  let out = "";
  let at = 0;
  const moved: Range[] = [];
  for (const [s, e] of ranges) {
    out += escape(text.slice(at, s));
    const start = out.length;
    out += escape(text.slice(s, e));
    moved.push([start, out.length]);
    at = e;
  }
  return [out + escape(text.slice(at)), moved];
}

function paintLine(text: string, [ls, le]: LineRange, ranges: readonly Range[], view: View): string {
  let out = "";
  let at = ls;
  for (const [s, e] of ranges) {
    if (e <= ls || s >= le) continue;
    const from = Math.max(s, ls);
    const to = Math.min(e, le);
    out += text.slice(at, from) + view.theme.match(text.slice(from, to));
    at = to;
  }
  return out + text.slice(at, le);
}

/**
 * One paragraph as the view shows it: made safe, matches highlighted, and
 * wrapped at `width` when given (else one line). `ranges` must be sorted and
 * must not overlap.
 */
export function paragraph(text: string, view: View, options: { width?: number; ranges?: readonly Range[]; field?: boolean } = {}): string[] {
  const [escaped, ranges] = escapeWithRanges(text, options.ranges ?? [], options.field ? safeField : safe);
  const lines = options.width ? wrapRanges(escaped, options.width) : [[0, escaped.length] as const];
  return lines.map((line) => paintLine(escaped, line, ranges, view));
}

/** A heading, made safe and wrapped like prose, in the heading style. */
export function heading(text: string, view: View, paint = view.theme.heading): string {
  return paragraph(text, view, { width: view.out.measure }).map(paint).join("\n");
}

/** Paragraphs apart by a blank line: wrapped at the view's measure, or one a line. */
export function paragraphs(texts: readonly string[], view: View, indent = ""): string {
  const width = view.out.measure && view.out.measure - indent.length;
  return texts.map((t) => paragraph(t, view, { width }).map((l) => indent + l).join("\n")).join("\n\n");
}

/** A bulleted item, wrapped under its bullet. */
export function bulleted(text: string, view: View): string {
  const lead = `${view.theme.bullet} `;
  const width = view.out.measure && view.out.measure - lead.length;
  return paragraph(text, view, { width })
    .map((l, i) => (i ? " ".repeat(lead.length) : lead) + l)
    .join("\n");
}

/** One record a line, fields tab-separated, each field kept on its line. */
export function records(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(safeField).join("\t")).join("\n");
}
