import { describe, expect, it } from "vitest";
import { displayWidth, safe, safeField, wrap } from "../../src/render/text.js";

describe("safe", () => {
  it.each([
    ["a title-setting OSC", "a\x1b]0;pwned\x07b", "a\\x1B]0;pwned\\x07b"],
    ["a screen clear", "\x1b[2J\x1b[H", "\\x1B[2J\\x1B[H"],
    ["a C1 CSI", "x\u009b31mred", "x\\x9B31mred"],
    ["a carriage return", "safe\roverwritten", "safe\\roverwritten"],
    ["DEL", "a\x7fb", "a\\x7Fb"],
    ["bidi overrides and isolates", "abc\u202Edef\u2066g\u2069", "abc\\u202Edef\\u2066g\\u2069"],
    ["curly quotes and accents", "Ruth’s café “purpose”", "Ruth’s café “purpose”"],
  ])("shows %s as visible escapes", (_name, input, shown) => {
    expect(safe(input)).toBe(shown);
  });

  it("keeps newline and tab in prose, and escapes them in a field", () => {
    expect(safe("a\tb\nc")).toBe("a\tb\nc");
    expect(safeField("a\tb\nc")).toBe("a\\tb\\nc");
  });
});

describe("wrap", () => {
  it("wraps at word boundaries within the width", () => {
    expect(wrap("the quick brown fox jumps over the lazy dog", 10)).toEqual(["the quick", "brown fox", "jumps over", "the lazy", "dog"]);
  });

  it("breaks a word longer than the line, losing nothing", () => {
    expect(wrap("a supercalifragilistic word", 8)).toEqual(["a", "supercal", "ifragili", "stic", "word"]);
  });

  it("counts wide characters as two columns", () => {
    expect(displayWidth("日本語")).toBe(6);
    expect(wrap("日本語 日本語", 7)).toEqual(["日本語", "日本語"]);
  });

  it("stays linear on a huge paragraph", () => {
    const text = "word ".repeat(200_000);
    const lines = wrap(text, 80);
    expect(lines.length).toBe(Math.ceil(200_000 / 16));
  });
});
