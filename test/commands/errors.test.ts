import { describe, expect, it } from "vitest";
import { run } from "../../src/cli.js";
import { fakeIO } from "../helpers.js";

/** An IO whose stdout breaks as no user error would: what nlmg does with a bug. */
function broken(env: Record<string, string> = {}) {
  const { io, stderr } = fakeIO({ env });
  const stdout = { write: (): never => { throw new TypeError("the stream broke"); } };
  return { io: { ...io, stdout }, stderr };
}

describe("an unexpected error", () => {
  it("is one line and a request to report it, exit 1, no stack trace", async () => {
    const { io, stderr } = broken();
    expect(await run(["themes"], io)).toBe(1);
    expect(stderr.text).toBe("nlmg: unexpected error: the stream broke\nThis is a bug in nlmg; please report it with NLMG_DEBUG=1 set to show where it happened.\n");
  });

  it("shows its stack trace with NLMG_DEBUG=1", async () => {
    const { io, stderr } = broken({ NLMG_DEBUG: "1" });
    expect(await run(["themes"], io)).toBe(1);
    expect(stderr.text).toMatch(/^nlmg: unexpected error: the stream broke\nTypeError: the stream broke\n\s+at /);
  });
});
