import { describe, expect, it } from "vitest";
import { decideOutput, type OutputFlags } from "../src/output.js";
import { fakeIO } from "./helpers.js";

const decide = (flags: OutputFlags, tty: boolean, env: Record<string, string> = {}, columns?: number) =>
  decideOutput(flags, fakeIO({ tty, env, columns }).io);

describe("decideOutput", () => {
  it.each([
    ["a terminal", {}, true, {}, "styled", 1],
    ["a pipe", {}, false, {}, "plain", 0],
    ["--plain on a terminal", { plain: true }, true, {}, "plain", 1],
    ["--json on a terminal", { json: true }, true, {}, "json", 0],
    ["--json with --color", { json: true, color: true }, true, {}, "json", 0],
    ["NO_COLOR on a terminal", {}, true, { NO_COLOR: "1" }, "styled", 0],
    ["an empty NO_COLOR", {}, true, { NO_COLOR: "" }, "styled", 1],
    ["TERM=dumb", {}, true, { TERM: "dumb" }, "styled", 0],
    ["--no-color", { color: false }, true, {}, "styled", 0],
    ["--no-color over FORCE_COLOR", { color: false }, true, { FORCE_COLOR: "3" }, "styled", 0],
    ["--color piped", { color: true }, false, {}, "plain", 1],
    ["--color over NO_COLOR", { color: true }, false, { NO_COLOR: "1" }, "plain", 1],
    ["FORCE_COLOR=2 piped", {}, false, { FORCE_COLOR: "2" }, "plain", 2],
    ["FORCE_COLOR=0 on a terminal", {}, true, { FORCE_COLOR: "0" }, "styled", 0],
    ["an empty FORCE_COLOR piped", {}, false, { FORCE_COLOR: "" }, "plain", 0],
    ["NO_COLOR over FORCE_COLOR", {}, false, { NO_COLOR: "1", FORCE_COLOR: "1" }, "plain", 0],
    ["a 256-colour terminal", {}, true, { TERM: "xterm-256color" }, "styled", 2],
    ["a true-colour terminal", {}, true, { COLORTERM: "truecolor" }, "styled", 3],
  ] as const)("%s", (_name, flags, tty, env, form, color) => {
    const out = decide(flags, tty, env);
    expect([out.form, out.color]).toEqual([form, color]);
  });

  it.each([
    ["--width first", { width: 50 }, { COLUMNS: "70" }, 90, 50],
    ["then COLUMNS", {}, { COLUMNS: "70" }, 90, 70],
    ["then the terminal", {}, { COLUMNS: "junk" }, 90, 90],
    ["else 80", {}, {}, undefined, 80],
  ] as const)("width: %s", (_name, flags, env, columns, width) => {
    expect(decide(flags, columns !== undefined, env, columns).width).toBe(width);
  });

  it("caps the prose measure near 100 columns, and wraps plain prose only with --width", () => {
    expect(decide({}, true, {}, 200).measure).toBe(100);
    expect(decide({}, true, {}, 60).measure).toBe(60);
    expect(decide({}, false, { COLUMNS: "60" }).measure).toBeUndefined();
    expect(decide({ width: 60 }, false).measure).toBe(60);
  });

  it("uses ASCII borders outside a UTF-8 locale", () => {
    expect(decide({}, true, { LANG: "C" }).unicode).toBe(false);
    expect(decide({}, true, { LANG: "en_GB.UTF-8" }).unicode).toBe(true);
    expect(decide({}, true, { LC_ALL: "POSIX", LANG: "en_GB.UTF-8" }).unicode).toBe(false);
  });
});
