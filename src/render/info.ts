import type { Book } from "../book/book.js";
import { paragraph, records } from "./prose.js";
import { visibleWidth } from "./text.js";
import { toJson, type View } from "./view.js";

/** The book card's fields, as the JSON form gives them. */
export function infoData(book: Book) {
  const { id, title, author, year, genres, pages, readingTime } = book;
  return { id, title, author, year, genres, pages, readingTime };
}

/** The card's fields, label and value, as every form that shows them words them. */
export function infoFields(book: Book): [string, string][] {
  return [
    ["Title", book.title],
    ["Author", book.author],
    ["Year", String(book.year)],
    ["Genres", book.genres.join(", ")],
    ["Pages", String(book.pages)],
    ["Reading time", book.readingTime],
  ];
}

const CARD_MAX = 64;

/** The book card: a box in a terminal, key-tab-value lines when piped. */
export async function renderInfo(book: Book, view: View): Promise<string> {
  if (view.out.form === "json") return toJson(infoData(book));
  if (view.out.form === "plain") return records(infoFields(book));
  const { theme } = view;
  const inner = Math.max(8, Math.min(CARD_MAX, view.out.width) - 4);
  const rows = infoFields(book).slice(3);
  const labelWidth = Math.max(...rows.map(([label]) => label.length)) + 2;
  const lines = [
    ...paragraph(book.title, view, { width: inner }).map(theme.heading),
    ...paragraph(`by ${book.author}, ${book.year}`, view, { width: inner }),
    "",
  ];
  for (const [label, value] of rows) {
    if (inner - labelWidth < 8) {
      lines.push(theme.label(label), ...paragraph(value, view, { width: inner }));
      continue;
    }
    paragraph(value, view, { width: inner - labelWidth }).forEach((line, i) =>
      lines.push((i ? " ".repeat(labelWidth) : theme.label(label.padEnd(labelWidth))) + line),
    );
  }
  const { default: boxen } = await import("boxen");
  const widest = Math.max(...lines.map(visibleWidth));
  // An explicit width (border included) keeps boxen from reading the width from the process.
  return boxen(lines.join("\n"), {
    width: widest + 4,
    padding: { left: 1, right: 1, top: 0, bottom: 0 },
    borderStyle: view.out.unicode ? "round" : "classic",
  });
}
