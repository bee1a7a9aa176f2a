import type { Command, Option } from "commander";
import { ENVIRONMENT, EXIT_CODES } from "./commands/help.js";

/** Text made safe for roff: backslashes, and dashes and dots that roff would read. */
const roff = (text: string): string => text.replace(/\\/g, "\\e").replace(/-/g, "\\-").replace(/^\./gm, "\\&.").replace(/^'/gm, "\\&'");

const option = (o: Option) => `.TP\n.B ${roff(o.flags)}\n${roff(o.description)}`;

/** The man page, nlmg.1, written from the same program as --help. */
export function manPage(program: Command, version: string): string {
  const commands = program.commands.filter((c) => !c.name().startsWith("_"));
  const usage = (c: Command) => `${c.name()}${c.aliases().length ? ` (${c.aliases().join(", ")})` : ""} ${c.usage()}`.trim();
  return [
    `.TH NLMG 1 "" "nlmg ${version}" "User Commands"`,
    ".SH NAME",
    `nlmg \\- ${roff(program.description())}`,
    ".SH SYNOPSIS",
    ".B nlmg",
    "[\\fIoptions\\fR] [\\fIcommand\\fR] [\\fIarguments\\fR]",
    ".SH DESCRIPTION",
    roff("Shows a book summary in a terminal: styled and wrapped on a terminal, plain text when piped, JSON with --json. With no command on a terminal, nlmg opens an interactive menu."),
    ".SH COMMANDS",
    ...commands.flatMap((c) => [
      ".TP",
      `.B nlmg ${roff(usage(c))}`,
      roff(c.description()),
      ...c.options.map((o) => `.RS\n.TP\n.B ${roff(o.flags)}\n${roff(o.description)}\n.RE`),
    ]),
    ".SH OPTIONS",
    ...program.options.map(option),
    ".SH ENVIRONMENT",
    ...ENVIRONMENT.flatMap(([k, v]) => [".TP", `.B ${k}`, roff(v)]),
    ".SH EXIT STATUS",
    ...EXIT_CODES.flatMap(([k, v]) => [".TP", `.B ${k}`, roff(v)]),
    ".SH EXAMPLES",
    ...["nlmg characters", "nlmg characters tommy", "nlmg themes | fzf", "nlmg search carer | head -3", "nlmg --no-spoilers story", "nlmg import summary.txt -o book.json", "nlmg --data book.json characters"].flatMap((e) => [".PP", `.B ${roff(e)}`]),
    "",
  ].join("\n");
}
