import { Command, Option } from "commander";
import type { App } from "../app.js";
import { EXPORT_FORMATS, renderExport, type ExportFormat } from "../render/export.js";
import { examples } from "./help.js";

export interface ExportOptions {
  format: ExportFormat;
}

export function exportCommand(app: App): Command {
  return new Command("export")
    .description("the whole record as one document: Markdown, plain text or JSON")
    .addOption(new Option("--format <format>", "the document's format").choices(EXPORT_FORMATS).default("markdown"))
    .addHelpText("before", examples("nlmg export > never-let-me-go.md", "nlmg --no-spoilers export --format text", "nlmg export --format json | jq .themes"))
    .action(
      app.action(["story", "characters", "themes", "takeaways", "significance", "glossary"], (ctx, options: ExportOptions) =>
        renderExport(ctx.book, ctx.globals.json ? "json" : options.format, ctx.view),
      ),
    );
}
