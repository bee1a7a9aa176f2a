import { Command } from "commander";
import type { App, Context } from "../app.js";
import { parseQuery, search } from "../book/search.js";
import { NotFoundError, UsageError } from "../errors.js";
import { renderSearch } from "../render/search.js";
import { examples } from "./help.js";

export function runSearch(words: readonly string[], ctx: Context): string {
  const terms = parseQuery(words);
  if (!terms.length) throw new UsageError("search needs a query", 'try: nlmg search deferral, or nlmg search "holding facility"');
  const results = search(ctx.book, terms);
  if (!results.length) throw new NotFoundError(`nothing matches ${words.map((w) => JSON.stringify(w)).join(" ")}`);
  return renderSearch(results, ctx.view);
}

export function searchCommand(app: App): Command {
  return new Command("search")
    .description("every passage of every section that matches, the match highlighted")
    .argument("<query...>", "words that must all occur in a passage; a quoted phrase must occur as written")
    .addHelpText(
      "before",
      examples("nlmg search deferral", "nlmg search \"Ruth's\" | wc -l", "nlmg search '\"holding facility\"'", "nlmg search carer --json | jq length"),
    )
    .action(
      app.action(["story", "characters", "themes", "takeaways", "significance", "glossary"], (ctx, words: string[]) => runSearch(words, ctx)),
    );
}
