import { Command, Option } from "commander";
import type { App, Context } from "../app.js";
import { onePart } from "../book/book.js";
import { UsageError } from "../errors.js";
import { renderStory } from "../render/story.js";
import { examples, wholeNumber } from "./help.js";

export interface StoryOptions {
  /** Only the passages of this part. */
  part?: number;
}

export function runStory(options: StoryOptions, ctx: Context): string {
  let { book } = ctx;
  if (options.part !== undefined) {
    const numbers = book.parts.map((p) => p.number);
    if (!numbers.includes(options.part)) {
      throw new UsageError(
        `there is no part ${options.part}`,
        numbers.length ? `this book has parts ${numbers.join(", ")}` : "this book's story is not divided in parts",
      );
    }
    book = onePart(book, book.parts.find((p) => p.number === options.part)!);
  }
  return renderStory(book, ctx.view);
}

export function storyCommand(app: App): Command {
  return new Command("story")
    .description("the story in brief, grouped in the novel's parts")
    .addOption(new Option("--part <n>", "only part N").argParser(wholeNumber(1)))
    .addHelpText("before", examples("nlmg story", "nlmg story --part 2", "nlmg --no-spoilers story"))
    .action(app.action(["story"], (ctx, options: StoryOptions) => runStory(options, ctx)));
}
