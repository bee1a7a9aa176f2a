import type { Paragraph } from "../book/schema.js";
import { bulleted, heading, paragraphs, records } from "./prose.js";
import { toJson, type View } from "./view.js";

function titled(title: string, body: string, view: View): string {
  return view.out.form === "styled" ? `${heading(title, view)}\n\n${body}` : body;
}

/** A list of short items: bullets in a terminal, one a line when piped. */
export function renderList(title: string, items: readonly Paragraph[], view: View): string {
  if (view.out.form === "json") return toJson(items);
  if (!items.length) return "";
  if (view.out.form === "plain") return records(items.map((i) => [i.text]));
  return titled(title, items.map((i) => bulleted(i.text, view)).join("\n"), view);
}

/** Paragraphs of prose: wrapped in a terminal, one a line when piped. */
export function renderProse(title: string, items: readonly Paragraph[], view: View): string {
  if (view.out.form === "json") return toJson(items);
  if (!items.length) return "";
  return titled(title, paragraphs(items.map((i) => i.text), view), view);
}
