import { Command } from "commander";
import type { App } from "../app.js";
import { RecordError } from "../errors.js";
import type { IO } from "../io.js";
import { decideOutput } from "../output.js";
import { toJson } from "../render/view.js";
import { examples } from "./help.js";

/** What validate found: the problems that make a record invalid, and the warnings that do not. */
export interface Validation {
  readonly file: string;
  readonly valid: boolean;
  readonly problems: readonly string[];
  readonly warnings: readonly string[];
}

export async function runValidate(file: string, io: IO): Promise<Validation> {
  const { findControlCharacters, parseRecord } = await import("../book/read.js");
  const { readText } = await import("../book/files.js");
  const text = readText(file, io.cwd);
  try {
    const record = parseRecord(text, file);
    const warnings = findControlCharacters(record).map((path) => `${path}: holds control characters or bidi overrides (shown escaped)`);
    return { file, valid: true, problems: [], warnings };
  } catch (error) {
    if (!(error instanceof RecordError)) throw error;
    return { file, valid: false, problems: error.problems.length ? error.problems : [error.message], warnings: [] };
  }
}

export function validateCommand(app: App): Command {
  return new Command("validate")
    .description("check a record, each problem with its place")
    .argument("<file>", "a record (JSON)")
    .addHelpText("before", examples("nlmg validate my-book.json", "nlmg validate my-book.json --json | jq .problems"))
    .action(async (file: string, _options: unknown, cmd: Command) => {
      const result = await runValidate(file, app.io);
      if (decideOutput(cmd.optsWithGlobals(), app.io).form === "json") app.io.stdout.write(`${toJson(result)}\n`);
      else if (result.valid) app.io.stdout.write(`${file}: valid\n`);
      for (const warning of result.warnings) app.note(`warning: ${warning}`);
      if (!result.valid) throw new RecordError(`${file} is not a valid record`, result.problems);
    });
}
