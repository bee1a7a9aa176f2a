import { visibleWidth } from "./text.js";

/**
 * Stands in for the string-width package inside the boxen bundle (see
 * scripts/build.mjs): string-width builds an Intl.Segmenter when it loads,
 * which costs a styled command ~12 ms. nlmg's own measure is enough for the
 * text it gives boxen: record text made safe, and colour codes.
 */
export default function stringWidth(text: string): number {
  return visibleWidth(text);
}
