import { Command, Option } from "commander";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { App } from "../app.js";
import { readText, writeWhole } from "../book/files.js";
import { parseSummary } from "../book/import.js";
import { RecordError } from "../errors.js";
import type { IO } from "../io.js";
import { examples } from "./help.js";

export interface ImportOptions {
  /** Where to write the record; stdout when absent. */
  output?: string;
  /** Overwrite OUT if it exists. */
  force?: boolean;
}

/** Turns a summary file into a record's JSON, and writes it to OUT when one is given. */
export function runImport(file: string, options: ImportOptions, io: IO): string {
  const record = parseSummary(readText(file, io.cwd), file);
  const json = `${JSON.stringify(record, null, 2)}\n`;
  if (options.output) {
    if (!options.force && existsSync(resolve(io.cwd, options.output))) {
      throw new RecordError(`${options.output} exists; add --force to overwrite it`);
    }
    writeWhole(options.output, json, io.cwd);
  }
  return json;
}

export function importCommand(app: App): Command {
  return new Command("import")
    .description("turn a summary in the plain-text layout of the seed into a record")
    .argument("<file>", "the summary: a title line, a “by” line, then the six headings")
    .addOption(new Option("-o, --output <out>", "write the record to OUT instead of stdout"))
    .option("--force", "overwrite OUT if it exists")
    .addHelpText(
      "before",
      examples("nlmg import my-book.txt -o my-book.json", "nlmg --data my-book.json characters", "nlmg import my-book.txt | jq .characters"),
    )
    .action((file: string, options: ImportOptions) => {
      const json = runImport(file, options, app.io);
      if (options.output) app.note(`wrote ${options.output}`);
      else app.io.stdout.write(json);
    });
}
