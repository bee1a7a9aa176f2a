import { Command } from "commander";
import type { App } from "../app.js";
import { renderList, renderProse } from "../render/lists.js";
import { examples } from "./help.js";

export function themesCommand(app: App): Command {
  return new Command("themes")
    .description("the main themes")
    .addHelpText("before", examples("nlmg themes", "nlmg themes | fzf"))
    .action(app.action(["themes"], (ctx) => renderList("Main Themes", ctx.book.themes, ctx.view)));
}

export function takeawaysCommand(app: App): Command {
  return new Command("takeaways")
    .description("the key takeaways")
    .addHelpText("before", examples("nlmg takeaways", "nlmg takeaways --width 60"))
    .action(app.action(["takeaways"], (ctx) => renderProse("Key Takeaways", ctx.book.takeaways, ctx.view)));
}

export function significanceCommand(app: App): Command {
  return new Command("significance")
    .alias("why")
    .description("why it matters")
    .addHelpText("before", examples("nlmg significance", "nlmg why --plain"))
    .action(app.action(["significance"], (ctx) => renderProse("Why It Matters", ctx.book.significance, ctx.view)));
}
