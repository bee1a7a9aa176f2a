import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The end-to-end tests run the built CLI: build it once, from the sources under test. */
export default function setup(): void {
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: fileURLToPath(new URL("..", import.meta.url)), stdio: "inherit" });
}
