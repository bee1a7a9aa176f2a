import type { SearchResult, Section } from "../book/search.js";
import { heading, paragraph } from "./prose.js";
import { safeField } from "./text.js";
import { toJson, type View } from "./view.js";

const CONTEXT = 60;
const SPAN = 240;

const TITLES: Readonly<Record<Section, string>> = {
  info: "Book info",
  story: "Story",
  characters: "Characters",
  themes: "Themes",
  takeaways: "Takeaways",
  significance: "Why it matters",
  glossary: "Glossary",
};

/** A result's text cut to a little context around its matches, at word boundaries. */
export function snippet(result: SearchResult): { text: string; ranges: [number, number][] } {
  const { text, matches } = result;
  const first = matches[0]?.[0] ?? 0;
  const last = Math.min(matches[matches.length - 1]?.[1] ?? 0, first + SPAN);
  let start = Math.max(0, first - CONTEXT);
  let end = Math.min(text.length, last + CONTEXT);
  if (start > 0) start = text.indexOf(" ", start) + 1 || start;
  if (start > first) start = first;
  if (end < text.length) end = Math.max(last, text.lastIndexOf(" ", end));
  const lead = start > 0 ? "… " : "";
  const ranges = matches
    .filter(([s]) => s >= start && s < end)
    .map(([s, e]): [number, number] => [s - start + lead.length, Math.min(e, end) - start + lead.length]);
  return { text: lead + text.slice(start, end) + (end < text.length ? " …" : ""), ranges };
}

/** Search results: grouped by section with context in a terminal, one a line when piped. */
export function renderSearch(results: readonly SearchResult[], view: View): string {
  const { out, theme } = view;
  if (out.form === "json") {
    return toJson(results.map((r) => ({ section: r.section, where: r.where, text: r.text, matches: r.matches.map(([start, end]) => ({ start, end })) })));
  }
  if (out.form === "plain") {
    return results.map((r) => [safeField(r.section), safeField(r.where), ...paragraph(r.text, view, { field: true, ranges: r.matches })].join("\t")).join("\n");
  }
  const width = (out.measure ?? out.width) - 2;
  const lines: string[] = [];
  let section: Section | undefined;
  for (const r of results) {
    if (r.section !== section) {
      if (section) lines.push("");
      lines.push(heading(TITLES[r.section], view));
      section = r.section;
    }
    const cut = snippet(r);
    lines.push(...paragraph(r.where, view, { width: width - 2 }).map((l) => `  ${theme.label(l)}`));
    lines.push(...paragraph(cut.text, view, { width: width - 2, ranges: cut.ranges }).map((l) => `    ${l}`));
  }
  const sections = new Set(results.map((r) => r.section)).size;
  lines.push("", heading(`${results.length} result${results.length === 1 ? "" : "s"} in ${sections} section${sections === 1 ? "" : "s"}`, view, theme.dim));
  return lines.join("\n");
}
