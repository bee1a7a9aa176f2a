import { NotFoundError } from "../errors.js";
import { fold } from "./fold.js";

/** An item to look up by a forgiving name: its own name and the other names it answers to. */
interface Named<T> {
  readonly item: T;
  readonly name: string;
  readonly others: readonly string[];
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

const words = (text: string): string[] => text.split(/[\s.,'"-]+/).filter(Boolean);

/**
 * Finds one item by a name the way a person types it: case, accents and
 * quotes do not matter; a whole name, an alias, a unique prefix or a word of
 * one will do. No match or several: a NotFoundError with a suggestion or the
 * candidates.
 */
export function findNamed<T>(query: string, items: readonly Named<T>[], kind: string): T {
  const q = fold(query.trim());
  const names = (n: Named<T>) => [n.name, ...n.others].map(fold);
  const exact = items.filter((n) => names(n).includes(q));
  if (exact.length === 1) return exact[0]!.item;
  const partial = exact.length
    ? exact
    : items.filter((n) => names(n).some((name) => name.startsWith(q) || words(name).some((w) => w.startsWith(q))));
  if (q && partial.length === 1) return partial[0]!.item;
  if (q && partial.length > 1) {
    throw new NotFoundError(
      `"${query}" matches several ${kind}s: ${partial.map((n) => n.name).join(", ")}`,
      "give more of the name",
    );
  }
  const nearest = items
    .map((n) => ({ n, d: Math.min(...names(n).flatMap((name) => [name, ...words(name)]).map((w) => distance(q, w))) }))
    .sort((a, b) => a.d - b.d)[0];
  const hint =
    nearest && nearest.d <= Math.max(2, Math.floor(q.length / 3))
      ? `did you mean ${nearest.n.name}?`
      : `see the list with: nlmg ${kind === "character" ? "characters" : "glossary"}`;
  throw new NotFoundError(`no ${kind} matches "${query}"`, hint);
}

/** The candidate nearest to a word, when it is near enough to be what was meant. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const q = fold(word);
  const best = candidates.map((c) => ({ c, d: distance(q, fold(c)) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(2, Math.floor(q.length / 3)) ? best.c : undefined;
}
