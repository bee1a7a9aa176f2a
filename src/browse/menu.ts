import type { Context } from "../app.js";
import { onePart, openBook, partLabel, type Book } from "../book/book.js";
import { characterMentions, termMentions } from "../book/mentions.js";
import { parseQuery, search, type SearchResult } from "../book/search.js";
import type { Record } from "../book/schema.js";
import { renderCharacter } from "../render/characters.js";
import { renderTerm } from "../render/glossary.js";
import { renderInfo } from "../render/info.js";
import { renderList, renderProse } from "../render/lists.js";
import { paragraph } from "../render/prose.js";
import { snippet } from "../render/search.js";
import { renderStory } from "../render/story.js";
import { safe } from "../render/text.js";
import type { View } from "../render/view.js";
import type { Choice, Prompts } from "./prompts.js";

/** Thrown by a prompt left with Escape: the menu goes up one level. */
const isBack = (error: unknown): boolean => error instanceof Error && error.name === "AbortPromptError";

type Section = "info" | "story" | "characters" | "themes" | "takeaways" | "significance" | "glossary" | "search" | "spoilers" | "quit";
const BACK = Symbol("back");

/** The interactive menu: sections, drill-downs, a live search, the spoiler toggle. Resolves when the user quits. */
export class Menu {
  private book: Book;
  private hide: boolean;

  constructor(
    private readonly record: Record,
    private readonly ctx: Context,
    private readonly prompts: Prompts,
    hideSpoilers: boolean,
  ) {
    this.hide = hideSpoilers;
    this.book = openBook(record, hideSpoilers);
  }

  private get view(): View {
    return this.ctx.view;
  }

  /** Shows a view as its command would, then waits for Back (or Escape). */
  private async show(text: string): Promise<void> {
    this.ctx.io.stdout.write(`\n${text}\n\n`);
    await this.ask(() => this.prompts.select({ message: "Enter (or Esc) to go back", choices: [{ name: "← Back", value: BACK }] }));
  }

  /** A prompt's answer, or BACK when it was left with Escape. */
  private async ask<V>(prompt: () => Promise<V>): Promise<V | typeof BACK> {
    try {
      return await prompt();
    } catch (error) {
      if (isBack(error)) return BACK;
      throw error;
    }
  }

  async run(): Promise<void> {
    let last: Section = "info";
    for (;;) {
      const choice = await this.ask(() => this.prompts.select<Section>({ message: `${safe(this.book.title)} — what would you like to read?`, choices: this.sections(), default: last, pageSize: 12 }));
      if (choice === BACK || choice === "quit") return;
      last = choice;
      await this.open(choice);
    }
  }

  private sections(): Choice<Section>[] {
    return [
      { name: "Book info", value: "info" },
      { name: "Story", value: "story" },
      { name: "Characters", value: "characters" },
      { name: "Themes", value: "themes" },
      { name: "Takeaways", value: "takeaways" },
      { name: "Why it matters", value: "significance" },
      { name: "Glossary", value: "glossary" },
      { name: "Search", value: "search" },
      { name: `Spoilers: ${this.hide ? "hidden" : "shown"} (switch)`, value: "spoilers" },
      { name: "Quit", value: "quit" },
    ];
  }

  private async open(section: Section): Promise<void> {
    const { book, view } = this;
    if (section === "info") await this.show(await renderInfo(book, view));
    else if (section === "themes") await this.show(renderList("Main Themes", book.themes, view) || this.nothing());
    else if (section === "takeaways") await this.show(renderProse("Key Takeaways", book.takeaways, view) || this.nothing());
    else if (section === "significance") await this.show(renderProse("Why It Matters", book.significance, view) || this.nothing());
    else if (section === "story") await this.story();
    else if (section === "characters") await this.characters();
    else if (section === "glossary") await this.glossary();
    else if (section === "search") await this.search();
    else if (section === "spoilers") {
      this.hide = !this.hide;
      this.book = openBook(this.record, this.hide);
    }
  }

  private nothing(): string {
    return this.view.theme.dim("Nothing to show here while spoilers are hidden.");
  }

  /**
   * A list to drill into: pick an item, read it, come back to the list with
   * the item still chosen; Back or Escape leaves the list.
   */
  private async drill<T>(message: string, items: readonly T[], name: (item: T) => string, render: (item: T) => string): Promise<void> {
    if (!items.length) return this.show(this.nothing());
    let last: number | undefined;
    for (;;) {
      const choices: Choice<number | typeof BACK>[] = [...items.map((item, i) => ({ name: name(item), value: i })), { name: "← Back", value: BACK }];
      const chosen = await this.ask(() => this.prompts.select({ message, choices, default: last, pageSize: 12 }));
      if (chosen === BACK) return;
      last = chosen;
      await this.show(render(items[chosen]!));
    }
  }

  private story(): Promise<void> {
    const { book, view } = this;
    const parts = book.parts.filter((p) => book.story.some((s) => s.part === p.number));
    if (!parts.length) return this.show(renderStory(book, view) || this.nothing());
    return this.drill("Which part?", parts, (p) => safe(partLabel(p)), (part) => renderStory(onePart(book, part), view));
  }

  private characters(): Promise<void> {
    const { book, view } = this;
    return this.drill(
      "Which character?",
      book.characters,
      (c) => (c.role ? `${safe(c.name)} — ${safe(c.role)}` : safe(c.name)),
      (c) => renderCharacter(c, characterMentions(book, c), view),
    );
  }

  private glossary(): Promise<void> {
    const { book, view } = this;
    return this.drill("Which term?", book.glossary, (t) => safe(t.term), (t) => renderTerm(t, termMentions(book, t), view));
  }

  private async search(): Promise<void> {
    const source = (term: string | undefined): Choice<SearchResult>[] => {
      const terms = parseQuery([term ?? ""]);
      return terms.length
        ? search(this.book, terms).map((r) => ({ name: `${r.section} · ${safe(r.where)}`, value: r, description: safe(snippet(r).text) }))
        : [];
    };
    const result = await this.ask(() => this.prompts.search({ message: "Search the book:", source, pageSize: 10 }));
    if (result === BACK) return;
    const width = this.view.out.measure ?? this.view.out.width;
    const text = paragraph(result.text, this.view, { width, ranges: result.matches }).join("\n");
    await this.show(`${this.view.theme.heading(`${result.section} · ${safe(result.where)}`)}\n\n${text}`);
  }
}
