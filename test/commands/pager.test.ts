import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nlmg } from "../helpers.js";

const short = { tty: true, rows: 10 };

describe("the pager", () => {
  it("takes styled output taller than the window", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "nlmg-pager-")), "paged");
    const { code, stdout } = await nlmg(["story", "--no-color"], { ...short, env: { NLMG_PAGER: `cat > '${file}'` } });
    expect([code, stdout]).toEqual([0, ""]);
    expect(readFileSync(file, "utf8")).toMatch(/^Part One: Hailsham\n\nKathy H\., now thirty-one/);
  });

  it("prefers NLMG_PAGER to PAGER, and uses PAGER alone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nlmg-pager-"));
    await nlmg(["story"], { ...short, env: { NLMG_PAGER: `cat > '${dir}/a'`, PAGER: `cat > '${dir}/b'` } });
    await nlmg(["story"], { ...short, env: { PAGER: `cat > '${dir}/c'` } });
    expect(() => readFileSync(`${dir}/b`)).toThrow();
    expect(readFileSync(`${dir}/a`, "utf8")).toBe(readFileSync(`${dir}/c`, "utf8"));
  });

  it.each([
    ["short output", ["themes"], {}],
    ["--no-pager", ["story", "--no-pager"], {}],
    ["NLMG_PAGER=cat", ["story"], { NLMG_PAGER: "cat" }],
    ["the plain form", ["story", "--plain"], {}],
    ["JSON", ["story", "--json"], {}],
  ])("is not used for %s", async (_name, args, env) => {
    const { stdout } = await nlmg(args, { ...short, env: { PAGER: "exit 3", ...env } });
    expect(stdout.length).toBeGreaterThan(100);
  });

  it("never loses the page when the pager is missing or fails", async () => {
    for (const pager of ["no-such-pager-anywhere 2>/dev/null", "exit 1"]) {
      const { code, stdout } = await nlmg(["story", "--no-color"], { ...short, env: { NLMG_PAGER: pager } });
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Part One: Hailsham\n/);
    }
  });
});
