import { Command } from "commander";
import type { App, Context } from "../app.js";
import { findNamed } from "../book/lookup.js";
import { characterMentions } from "../book/mentions.js";
import { renderCharacter, renderCharacters } from "../render/characters.js";
import { examples } from "./help.js";

export async function runCharacters(name: string | undefined, ctx: Context): Promise<string> {
  const { book, view } = ctx;
  if (!name) return renderCharacters(book.characters, view);
  const items = book.characters.map((c) => ({ item: c, name: c.name, others: c.aliases }));
  const character = findNamed(name, items, "character");
  return renderCharacter(character, characterMentions(book, character), view);
}

export function charactersCommand(app: App): Command {
  return new Command("characters")
    .description("every key character; with NAME, one in detail and the passages that mention them")
    .argument("[name...]", "a name, alias, or the start of one (kathy, emily, tom)")
    .addHelpText("before", examples("nlmg characters", "nlmg characters tommy", "nlmg characters --json | jq -r '.[].name'"))
    .action(
      app.action(
        (words: string[]) => (words.length ? ["characters", "story"] : ["characters"]),
        (ctx, words: string[]) => runCharacters(words.join(" ").trim() || undefined, ctx),
      ),
    );
}
