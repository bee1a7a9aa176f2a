import { Command, Option } from "commander";
import type { App } from "../app.js";
import { openBook } from "../book/book.js";
import { fold } from "../book/fold.js";
import { loadRecord } from "../book/load.js";
import { examples } from "./help.js";

const SHELLS = ["bash", "zsh", "fish"] as const;
type Shell = (typeof SHELLS)[number];

/** Options that take a file: the shells complete file names after them. */
const FILE_OPTIONS = "--data|-o|--output";

const SCRIPTS: Readonly<Record<Shell, string>> = {
  bash: `# nlmg completion for bash: eval "$(nlmg completion bash)"
_nlmg() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  case "$prev" in
    ${FILE_OPTIONS}) COMPREPLY=( $(compgen -f -- "$cur") ); return ;;
  esac
  if [[ "\${COMP_WORDS[1]}" == import || "\${COMP_WORDS[1]}" == validate ]] && [[ "$cur" != -* ]] && (( COMP_CWORD == 2 )); then
    COMPREPLY=( $(compgen -f -- "$cur") ); return
  fi
  local IFS=$'\\n'
  COMPREPLY=( $(nlmg __complete "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) )
}
complete -F _nlmg nlmg
`,
  zsh: `#compdef nlmg
# nlmg completion for zsh: eval "$(nlmg completion zsh)"
_nlmg() {
  case "\${words[CURRENT-1]}" in
    ${FILE_OPTIONS}) _files; return ;;
  esac
  if [[ "\${words[2]}" == (import|validate) && CURRENT -eq 3 && "\${words[CURRENT]}" != -* ]]; then _files; return; fi
  local -a candidates
  candidates=("\${(@f)$(nlmg __complete "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  compadd -a candidates
}
compdef _nlmg nlmg
`,
  fish: `# nlmg completion for fish: nlmg completion fish | source
function __nlmg_complete
    set -l tokens (commandline -opc) (commandline -ct)
    nlmg __complete $tokens[2..-1] 2>/dev/null
end
complete -c nlmg -f -a '(__nlmg_complete)'
complete -c nlmg -l data -r -F
complete -c nlmg -s o -l output -r -F
complete -c nlmg -n '__fish_seen_subcommand_from import validate' -F
`,
};

/** What can follow the words typed so far (the last one being typed), one a line. */
export async function complete(program: Command, typed: readonly string[], app: App, data?: string): Promise<string[]> {
  const words = [...typed];
  const current = words.pop() ?? "";
  const previous = words[words.length - 1];
  const commands = program.commands.filter((c) => !c.name().startsWith("_"));
  const command = commands.find((c) => words.includes(c.name()) || c.aliases().some((a) => words.includes(a)));
  const options = (cmd: Command) => cmd.options.flatMap((o: Option) => [o.long, o.short]).filter((o): o is string => !!o);

  let candidates: string[];
  const option = command?.options.find((o) => o.long === previous || o.short === previous);
  if (option?.argChoices) candidates = option.argChoices;
  else if (current.startsWith("-")) candidates = [...options(program), ...(command ? options(command) : []), "--help"];
  else if (!command) candidates = commands.map((c) => c.name());
  else if (command.name() === "completion") candidates = [...SHELLS];
  else if (command.name() === "characters" || command.name() === "glossary" || (command.name() === "story" && previous === "--part")) {
    const record = await loadRecord(data ?? (app.io.env.NLMG_DATA || undefined), app.io);
    const book = openBook(record, false);
    candidates =
      command.name() === "characters" ? book.characters.flatMap((c) => [c.name, ...c.aliases])
      : command.name() === "glossary" ? book.glossary.map((t) => t.term)
      : book.parts.map((p) => String(p.number));
  } else candidates = [];
  const prefix = fold(current);
  return candidates.filter((c) => fold(c).startsWith(prefix));
}

export function completionCommand(app: App, program: Command): Command[] {
  const script = new Command("completion")
    .description("print a shell completion script")
    .addArgument(new Command().createArgument("<shell>", "bash, zsh or fish").choices(SHELLS))
    .addHelpText("before", examples('eval "$(nlmg completion bash)"   # in ~/.bashrc', 'eval "$(nlmg completion zsh)"    # in ~/.zshrc', "nlmg completion fish > ~/.config/fish/completions/nlmg.fish"))
    .action((shell: Shell) => {
      app.io.stdout.write(SCRIPTS[shell]);
    });
  // What the scripts call: the candidates for the words typed so far.
  const candidates = new Command("__complete")
    .argument("[words...]")
    .allowUnknownOption()
    .helpOption(false)
    .action(async (words: string[], _options: unknown, cmd: Command) => {
      // --data, wherever it was typed, has been read by the program as a global option.
      const found = await complete(program, words, app, cmd.optsWithGlobals<{ data?: string }>().data).catch(() => []);
      if (found.length) app.io.stdout.write(`${found.join("\n")}\n`);
    });
  return [script, candidates];
}
