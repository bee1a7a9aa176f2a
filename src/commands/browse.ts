import { Command } from "commander";
import type { App, Context } from "../app.js";
import type { Prompts } from "../browse/prompts.js";
import { CancelledError, UsageError } from "../errors.js";
import { examples } from "./help.js";

const INSTEAD = "use the commands instead: nlmg info, story, characters [NAME], themes, takeaways, why, glossary [TERM], search QUERY";

/**
 * Opens the menu on the terminal. The prompt library is loaded here, and
 * only here: a plain command never pays for it. `prompts` stands in for the
 * terminal's in tests.
 */
export async function runBrowse(ctx: Context, prompts?: Prompts): Promise<void> {
  const { io } = ctx;
  if (!prompts && (!io.stdin.isTTY || !io.stdout.isTTY || !io.stdout.stream)) {
    throw new UsageError("the menu needs a terminal on stdin and stdout", INSTEAD);
  }
  const { Menu } = await import("../browse/menu.js");
  const { inquirerPrompts } = await import("../browse/prompts.js");
  const asked = prompts ?? (await inquirerPrompts(io.stdin.stream, io.stdout.stream!, ctx.view.theme));
  try {
    await new Menu(ctx.record, ctx, asked, ctx.hideSpoilers).run();
  } catch (error) {
    // Ctrl-C in a prompt: leave at once, the terminal as it was.
    if (error instanceof Error && error.name === "ExitPromptError") throw new CancelledError();
    throw error;
  }
}

export function browseCommand(app: App): Command {
  return new Command("browse")
    .description("the interactive menu (what nlmg alone opens in a terminal)")
    .addHelpText("before", examples("nlmg", "nlmg browse", "nlmg --no-spoilers browse"))
    .action(async (_options: unknown, cmd: Command) => runBrowse(await app.context(cmd)));
}
