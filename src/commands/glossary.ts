import { Command } from "commander";
import type { App, Context } from "../app.js";
import { findNamed } from "../book/lookup.js";
import { termMentions } from "../book/mentions.js";
import { renderGlossary, renderTerm } from "../render/glossary.js";
import { examples } from "./help.js";

export function runGlossary(term: string | undefined, ctx: Context): string {
  const { book, view } = ctx;
  if (!term) return renderGlossary(book.glossary, view);
  const found = findNamed(term, book.glossary.map((t) => ({ item: t, name: t.term, others: t.forms })), "term");
  return renderTerm(found, termMentions(book, found), view);
}

export function glossaryCommand(app: App): Command {
  return new Command("glossary")
    .description("the novel's own vocabulary; with TERM, one term and where it occurs")
    .argument("[term...]", "a term, one of its forms, or the start of one (carer, donations, deferral)")
    .addHelpText("before", examples("nlmg glossary", "nlmg glossary carer", "nlmg glossary --json | jq -r '.[].term'"))
    .action(
      app.action(
        (words: string[]) => (words.length ? ["glossary", "story"] : ["glossary"]),
        (ctx, words: string[]) => runGlossary(words.join(" ").trim() || undefined, ctx),
      ),
    );
}
