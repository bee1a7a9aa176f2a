import type { Command } from "commander";
import { openBook, type Book, type HiddenSection } from "./book/book.js";
import { loadRecord } from "./book/load.js";
import type { Record as BookRecord } from "./book/schema.js";
import { UsageError } from "./errors.js";
import type { IO } from "./io.js";
import { decideOutput } from "./output.js";
import { createTheme } from "./render/theme.js";
import type { View } from "./render/view.js";

/** The global options, as commander parses them. */
export interface GlobalOptions {
  json?: boolean;
  plain?: boolean;
  color?: boolean;
  width?: number;
  data?: string;
  /** false with --no-spoilers. */
  spoilers: boolean;
  /** false with --no-pager. */
  pager: boolean;
}

/** Everything a command's run function needs besides its own options. */
export interface Context {
  readonly io: IO;
  /** The decided output (view.out) and its styles. */
  readonly view: View;
  readonly book: Book;
  /** The record the book was opened from, for the menu's spoiler switch. */
  readonly record: BookRecord;
  readonly hideSpoilers: boolean;
  readonly globals: GlobalOptions;
}

const SPOILERS_OFF = new Set(["off", "0", "false", "no", "hide"]);

/** Turns argv's global options and the environment into a command's context. */
export class App {
  constructor(readonly io: IO) {}

  /** Whether spoilers are hidden, and what turned them off. */
  spoilerSetting(globals: GlobalOptions): { hide: boolean; by: string } {
    if (!globals.spoilers) return { hide: true, by: "--no-spoilers" };
    const env = this.io.env.NLMG_SPOILERS?.trim().toLowerCase();
    return env && SPOILERS_OFF.has(env) ? { hide: true, by: "NLMG_SPOILERS" } : { hide: false, by: "" };
  }

  async context(cmd: Command): Promise<Context> {
    const globals = cmd.optsWithGlobals<GlobalOptions>();
    if (globals.json && globals.plain) throw new UsageError("--json and --plain cannot be used together");
    const out = decideOutput(globals, this.io);
    const record = await loadRecord(globals.data ?? (this.io.env.NLMG_DATA || undefined), this.io);
    const hideSpoilers = this.spoilerSetting(globals).hide;
    const book = openBook(record, hideSpoilers);
    return { io: this.io, view: { out, theme: createTheme(out) }, book, record, hideSpoilers, globals };
  }

  /** A note on stderr: a warning, a hint, a count of what was hidden. */
  note(message: string): void {
    this.io.stderr.write(`nlmg: ${message}\n`);
  }

  /**
   * Writes a command's output, through the pager when it is taller than the
   * window, and says how many spoilers it left out.
   */
  async print(ctx: Context, text: string, sections: readonly HiddenSection[]): Promise<void> {
    const { pager, height } = ctx.view.out;
    const out = text && (text.endsWith("\n") ? text : `${text}\n`);
    const tall = pager !== undefined && height !== undefined && out.split("\n").length - 1 > height;
    if (out && !(tall && (await (await import("./pager.js")).page(out, pager, this.io.env)))) this.io.stdout.write(out);
    const hidden = sections.reduce((sum, s) => sum + ctx.book.hidden[s], 0);
    if (hidden) {
      const by = this.spoilerSetting(ctx.globals).by;
      const how = by === "NLMG_SPOILERS" ? "unset NLMG_SPOILERS" : "run without --no-spoilers";
      this.note(`${hidden} spoiler${hidden === 1 ? "" : "s"} hidden; ${how} to show ${hidden === 1 ? "it" : "them"}`);
    }
  }

  /**
   * A commander action: builds the context, runs the command, prints what it
   * returns. `sections` are those whose hidden spoilers the command would show.
   */
  action<A extends unknown[]>(
    sections: readonly HiddenSection[] | ((...args: A) => readonly HiddenSection[]),
    run: (ctx: Context, ...args: A) => string | Promise<string>,
  ): (...args: unknown[]) => Promise<void> {
    return async (...args) => {
      const cmd = args[args.length - 1] as Command;
      const own = args.slice(0, -1) as A;
      const ctx = await this.context(cmd);
      await this.print(ctx, await run(ctx, ...own), typeof sections === "function" ? sections(...own) : sections);
    };
  }
}
