import { partLabel, storyByPart, type Book } from "../book/book.js";
import { heading, paragraphs } from "./prose.js";
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
  return groups
    .map((g) => {
      const body = paragraphs(g.passages.map((p) => p.text), view);
      return g.part ? `${heading(partLabel(g.part), view)}\n\n${body}` : body;
    })
    .join("\n\n");
}
