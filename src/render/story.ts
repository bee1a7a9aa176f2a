import { partLabel, storyByPart, type Book } from "../book/book.js";
import { paragraphs } from "./prose.js";
import { safe } from "./text.js";
import { toJson, type View } from "./view.js";

/** The story, grouped in parts: a heading a part, then its passages. */
export function renderStory(book: Book, view: View): string {
  const groups = storyByPart(book);
  if (view.out.form === "json") {
    return toJson(
      groups.map((g) => ({
        part: g.part?.number ?? null,
        title: g.part?.title ?? null,
        passages: g.passages.map((p) => ({ passage: p.n, text: p.text, spoiler: p.spoiler })),
      })),
    );
  }
  const heading = view.out.form === "styled" ? view.theme.heading : (s: string) => s;
  return groups
    .map((g) => {
      const body = paragraphs(g.passages.map((p) => p.text), view);
      return g.part ? `${heading(safe(partLabel(g.part)))}\n\n${body}` : body;
    })
    .join("\n\n");
}
