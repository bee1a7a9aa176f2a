import { spawnSync } from "node:child_process";
import pty from "@lydell/node-pty";
import { describe, expect, it } from "vitest";
import { BIN, cleanEnv, ROOT } from "../helpers.js";

const env = cleanEnv();

/** Runs the built CLI with its output piped. */
function piped(args: string[], extra: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...env, ...extra }, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a shell pipeline, for what only a real pipe shows. */
function shell(script: string) {
  const r = spawnSync("bash", ["-c", `set -o pipefail; ${script}`], { cwd: ROOT, env, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the built CLI in a real pseudo-terminal and returns all it drew. */
function inTerminal(args: string[], extra: Record<string, string> = {}, cols = 80): Promise<{ code: number; screen: string }> {
  return new Promise((resolve) => {
    const term = pty.spawn(process.execPath, [BIN, ...args], { cols, rows: 200, cwd: ROOT, env: { ...env, TERM: "xterm-256color", ...extra } });
    let screen = "";
    term.onData((d) => (screen += d));
    term.onExit(({ exitCode }) => resolve({ code: exitCode, screen }));
  });
}

// eslint-disable-next-line no-control-regex
const ESC = /\x1b/;

describe("the built CLI", () => {
  it("prints plain text with no escape code when piped", () => {
    const { code, stdout, stderr } = piped(["characters"]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout).not.toMatch(ESC);
    expect(stdout.split("\n")[0]).toBe("Kathy H.\tNarrator and carer\tThe narrator, a thoughtful and observant carer who loves her friends despite their flaws");
  });

  it("ends quietly with 0 when the reader closes the pipe", () => {
    expect(shell(`node ${BIN} story | head -n 1`)).toEqual({ code: 0, stdout: "Part One: Hailsham\n", stderr: "" });
    const big = shell(`for i in 1 2 3 4 5 6 7 8; do echo; done | node ${BIN} --width 20 story --part 3 | head -c 10`);
    expect([big.code, big.stderr]).toEqual([0, ""]);
  });

  it.each([
    [["nope"], 2],
    [["characters", "zzz"], 1],
    [["story", "--part", "7"], 2],
    [["themes"], 0],
  ])("nlmg %j exits %i", (args, code) => {
    const r = piped(args);
    expect(r.code).toBe(code);
    if (code) expect(r.stderr).toMatch(/^nlmg: /);
  });

  it("explains a file that is no record without a stack trace", () => {
    const plain = piped(["--data", "/dev/null", "info"]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).not.toMatch(/\n\s+at /);
  });

  it("colours a real terminal, and obeys NO_COLOR, TERM=dumb and --no-color there", async () => {
    const styled = await inTerminal(["themes"]);
    expect(styled.code).toBe(0);
    expect(styled.screen).toContain("\x1b[1m\x1b[36mMain Themes");
    for (const extra of [{ NO_COLOR: "1" }, { TERM: "dumb" }] as Record<string, string>[]) {
      const { screen } = await inTerminal(["themes"], extra);
      expect(screen).not.toMatch(ESC);
      expect(screen).toContain("• What it means to be human and have a soul");
    }
    expect((await inTerminal(["--no-color", "characters"])).screen).not.toMatch(ESC);
  });

  it("fits the table to the terminal's width", async () => {
    const { screen } = await inTerminal(["characters", "--no-color"], {}, 70);
    const lines = screen.split("\r\n").filter(Boolean);
    expect(lines[0]).toMatch(/^┌─+┬─+┬─+┐$/);
    expect(lines[0]).toHaveLength(70);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(70);
  });

  it("colours piped output with --color or FORCE_COLOR", () => {
    expect(piped(["search", "carer", "--color"]).stdout).toContain("\x1b[1m\x1b[33mcarer");
    expect(piped(["search", "carer"], { FORCE_COLOR: "1" }).stdout).toMatch(ESC);
    expect(piped(["search", "carer"]).stdout).not.toMatch(ESC);
  });

  it("pages a long story through less in a 24-line terminal, and q returns with 0", async () => {
    const term = pty.spawn(process.execPath, [BIN, "story"], { cols: 80, rows: 24, cwd: ROOT, env: { ...env, TERM: "xterm-256color" } });
    let screen = "";
    term.onData((d) => (screen += d));
    const exited = new Promise<number>((resolve) => term.onExit(({ exitCode }) => resolve(exitCode)));
    for (let waited = 0; !screen.includes("Part One: Hailsham") && waited < 10_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 200));
    // less waits at its prompt with the rest of the story unshown.
    expect(screen).not.toContain("inevitable end");
    term.write("q");
    expect(await exited).toBe(0);
  });

  it("gives JSON that parses", () => {
    const { stdout } = piped(["characters", "--json"]);
    expect((JSON.parse(stdout) as { name: string }[]).map((c) => c.name)).toContain("Tommy");
  });
});
