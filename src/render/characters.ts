import type { ShownCharacter } from "../book/book.js";
import type { Mention } from "../book/mentions.js";
import { heading, paragraph, paragraphs, records } from "./prose.js";
import { toJson, type View } from "./view.js";

const HIDDEN = "(hidden: a spoiler)";

/** A character as the JSON form gives it; a hidden description is absent. */
export function characterData(c: ShownCharacter) {
  return { name: c.name, role: c.role, aliases: c.aliases, ...(c.description !== undefined && { description: c.description }), spoiler: c.spoiler };
}

/** Every character: a table fitted to the window, or one record a line. */
export async function renderCharacters(characters: readonly ShownCharacter[], view: View): Promise<string> {
  const { out, theme } = view;
  if (out.form === "json") return toJson(characters.map(characterData));
  if (out.form === "plain") return records(characters.map((c) => [c.name, c.role, c.description ?? ""]));
  const nameWidth = Math.min(18, Math.max(4, ...characters.map((c) => c.name.length)) + 2);
  const roleWidth = Math.min(26, Math.max(4, ...characters.map((c) => c.role.length)) + 2);
  const descWidth = out.width - nameWidth - roleWidth - 4;
  if (descWidth < 20) return renderCharacterList(characters, view);
  const { default: Table } = await import("cli-table3");
  // Cells are wrapped here, in one pass: cli-table3's own wrapping is quadratic
  // in a cell's length, and a record may hold a description of megabytes.
  const cell = (text: string, width: number) => paragraph(text, view, { width: width - 2 }).join("\n");
  const table = new Table({
    head: ["Name", "Role", "Description"].map(theme.heading),
    colWidths: [nameWidth, roleWidth, descWidth],
    wordWrap: false,
    // Emptied so that cli-table3 colours nothing: colour is decided in output.ts.
    style: { head: [], border: [], compact: false },
    ...(!out.unicode && { chars: ASCII_BORDERS }),
  });
  for (const c of characters) {
    const name = paragraph(c.name, view, { width: nameWidth - 2 }).map(theme.name).join("\n");
    table.push([name, cell(c.role, roleWidth), c.description === undefined ? theme.dim(HIDDEN) : cell(c.description, descWidth)]);
  }
  return table.toString();
}

/** The narrow form: each character's name and role, then the description under it. */
function renderCharacterList(characters: readonly ShownCharacter[], view: View): string {
  const width = view.out.width;
  return characters
    .map((c) => {
      const head = paragraph(c.name, view, { width }).map(view.theme.name);
      const role = c.role ? paragraph(c.role, view, { width }).map(view.theme.label) : [];
      const body = c.description === undefined ? [view.theme.dim(HIDDEN)] : paragraph(c.description, view, { width: width - 2 }).map((l) => `  ${l}`);
      return [...head, ...role, ...body].join("\n");
    })
    .join("\n\n");
}

/** One character in detail, and the story passages that mention them. */
export function renderCharacter(c: ShownCharacter, mentions: readonly Mention[], view: View): string {
  const { out, theme } = view;
  if (out.form === "json") {
    return toJson({ ...characterData(c), mentions: mentions.map(mentionData) });
  }
  if (out.form === "plain") {
    return records([
      ["name", c.name],
      ["role", c.role],
      ["aliases", c.aliases.join(", ")],
      ...(c.description !== undefined ? [["description", c.description]] : []),
      ...mentions.map((m) => ["mention", m.place, m.passage.text]),
    ]);
  }
  const width = out.measure ?? out.width;
  const lines = [heading(c.role ? `${c.name} · ${c.role}` : c.name, view)];
  if (c.aliases.length) lines.push(heading(`also ${c.aliases.join(", ")}`, view, theme.dim));
  lines.push("", c.description === undefined ? theme.dim(HIDDEN) : paragraphs([c.description], view));
  lines.push(...renderMentions(mentions, view, width, `Mentioned in the story`));
  return lines.join("\n");
}

/** A passage that mentions something, as the JSON form gives it. */
export function mentionData(m: Mention) {
  return { place: m.place, part: m.passage.part ?? null, passage: m.passage.n, text: m.passage.text, matches: m.matches };
}

/** Styled passages, each under its place, the mentions highlighted. */
export function renderMentions(mentions: readonly Mention[], view: View, width: number, title: string): string[] {
  if (!mentions.length) return [];
  const lines = ["", heading(title, view)];
  for (const m of mentions) {
    lines.push("", heading(m.place, view, view.theme.label));
    lines.push(...paragraph(m.passage.text, view, { width: width - 2, ranges: m.matches }).map((l) => `  ${l}`));
  }
  return lines;
}

const ASCII_BORDERS = {
  top: "-", "top-mid": "+", "top-left": "+", "top-right": "+",
  bottom: "-", "bottom-mid": "+", "bottom-left": "+", "bottom-right": "+",
  left: "|", "left-mid": "+", mid: "-", "mid-mid": "+",
  right: "|", "right-mid": "+", middle: "|",
};
