import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pty from "@lydell/node-pty";
import { describe, expect, it } from "vitest";
import { BIN, cleanEnv, fixture, ROOT } from "../helpers.js";

const env = cleanEnv({ TERM: "xterm-256color" });
// eslint-disable-next-line no-control-regex
const plainText = (s: string) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "").replace(/\r/g, "");

/** A session with the built CLI in an 80 × 24 pseudo-terminal; stderr goes to a file of its own. */
function session(args: string[] = []) {
  const errFile = join(mkdtempSync(join(tmpdir(), "nlmg-pty-")), "stderr");
  const command = [process.execPath, BIN, ...args].map((a) => `'${a}'`).join(" ");
  const term = pty.spawn("bash", ["-c", `exec ${command} 2>'${errFile}'`], { cols: 80, rows: 24, cwd: ROOT, env });
  let screen = "";
  term.onData((d) => (screen += d));
  const exited = new Promise<number>((resolve) => term.onExit(({ exitCode }) => resolve(exitCode)));
  const waitFor = async (text: string) => {
    for (let waited = 0; !plainText(screen).includes(text); waited += 20) {
      if (waited > 10_000) throw new Error(`never saw ${JSON.stringify(text)} in:\n${plainText(screen)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const press = async (keys: string, then: string) => {
    screen = "";
    term.write(keys);
    await waitFor(then);
  };
  return { term, waitFor, press, exited, stderr: () => readFileSync(errFile, "utf8"), screen: () => plainText(screen), raw: () => screen };
}

const DOWN = "\x1b[B";
const UP = "\x1b[A";

describe("the menu in a real terminal", () => {
  it("opens Characters, shows Tommy, goes back, and quits with 0", async () => {
    const s = session();
    await s.waitFor("what would you like to read?");
    await s.press(`${DOWN}${DOWN}\r`, "Which character?");
    await s.press(`${DOWN}${DOWN}\r`, "whose temper masks his");
    expect(s.screen()).toContain("The emotional and artistic boy who Kathy loves");
    await s.press("\r", "Which character?");
    await s.press("\x1b", "what would you like to read?");
    await s.press(`${UP}${UP}${UP}\r`, "Quit");
    expect(await s.exited).toBe(0);
    expect(s.stderr()).toBe("");
  });

  it("leaves at once with 130 on Ctrl-C, the cursor shown, nothing on stderr", async () => {
    const s = session();
    await s.waitFor("what would you like to read?");
    s.term.write("\x03");
    expect(await s.exited).toBe(130);
    expect(s.stderr()).toBe("");
    expect(s.screen()).not.toMatch(/\n\s+at /);
    // The menu hid the cursor; it is shown again on the way out.
    expect(s.raw().lastIndexOf("\x1b[?25h")).toBeGreaterThan(s.raw().lastIndexOf("\x1b[?25l"));
  });

  it("opens with nlmg browse too", async () => {
    const s = session(["browse"]);
    await s.waitFor("what would you like to read?");
    s.term.write("\x03");
    expect(await s.exited).toBe(130);
  });
});

describe("the menu without a terminal", () => {
  it.each([
    ["echo | nlmg browse", `echo | node ${BIN} browse`],
    ["nlmg browse < /dev/null", `node ${BIN} browse < /dev/null`],
    ["nlmg < /dev/null", `node ${BIN} < /dev/null`],
  ])("%s says which commands to use instead, exit 2", (_name, script) => {
    const r = spawnSync("bash", ["-c", script], { cwd: ROOT, env, encoding: "utf8" });
    expect([r.status, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe(
      "nlmg: the menu needs a terminal on stdin and stdout\nuse the commands instead: nlmg info, story, characters [NAME], themes, takeaways, why, glossary [TERM], search QUERY\n",
    );
  });
});

describe("what a plain command loads", () => {
  it.each([["themes"], ["characters", "tommy"], ["search", "carer"], ["story", "--json"]])("nlmg %s loads no prompt, schema or styling library", (...args) => {
    const loaded = join(mkdtempSync(join(tmpdir(), "nlmg-loaded-")), "modules");
    const r = spawnSync(process.execPath, ["-r", fixture("record-loaded.cjs"), BIN, ...args], { cwd: ROOT, env: { ...env, NLMG_TEST_LOADED: loaded }, encoding: "utf8" });
    expect(r.status).toBe(0);
    const files = readFileSync(loaded, "utf8").split("\n");
    expect(files.some((f) => f.endsWith("dist/cli.js"))).toBe(true);
    expect(files.filter((f) => /vendor|inquirer|zod|boxen|cli-table3/.test(f))).toEqual([]);
  });
});
