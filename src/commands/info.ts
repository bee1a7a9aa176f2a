import { Command } from "commander";
import type { App } from "../app.js";
import { renderInfo } from "../render/info.js";
import { examples } from "./help.js";

export function infoCommand(app: App): Command {
  return new Command("info")
    .description("the book card: title, author, year, genres, pages, reading time")
    .addHelpText("before", examples("nlmg info", "nlmg info --json | jq .pages"))
    .action(app.action([], (ctx) => renderInfo(ctx.book, ctx.view)));
}
