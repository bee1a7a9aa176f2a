import type { Mention } from "../book/mentions.js";
import type { Term } from "../book/schema.js";
import { mentionData, renderMentions } from "./characters.js";
import { heading, paragraph, records } from "./prose.js";
import { toJson, type View } from "./view.js";

/** Every term and its definition. */
export function renderGlossary(terms: readonly Term[], view: View): string {
  const { out, theme } = view;
  if (out.form === "json") return toJson(terms);
  if (out.form === "plain") return records(terms.map((t) => [t.term, t.definition]));
  const width = out.measure ?? out.width;
  const body = terms
    .map((t) => [heading(t.term, view, theme.name), ...paragraph(t.definition, view, { width: width - 2 }).map((l) => `  ${l}`)].join("\n"))
    .join("\n\n");
  return terms.length ? `${heading("Glossary", view)}\n\n${body}` : "";
}

/** One term, its definition, and the passages where it occurs. */
export function renderTerm(term: Term, mentions: readonly Mention[], view: View): string {
  const { out, theme } = view;
  if (out.form === "json") return toJson({ ...term, occurrences: mentions.map(mentionData) });
  if (out.form === "plain") {
    return records([
      ["term", term.term],
      ["forms", term.forms.join(", ")],
      ["definition", term.definition],
      ...mentions.map((m) => ["occurrence", m.place, m.passage.text]),
    ]);
  }
  const width = out.measure ?? out.width;
  const others = term.forms.filter((f) => f !== term.term);
  const lines = [heading(term.term, view)];
  if (others.length) lines.push(heading(`also ${others.join(", ")}`, view, theme.dim));
  lines.push("", ...paragraph(term.definition, view, { width }));
  lines.push(...renderMentions(mentions, view, width, "Where it occurs"));
  return lines.join("\n");
}
