import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // In-process tests render with the very library bundles nlmg ships (built
    // by test/global-setup.ts), patched as scripts/build.mjs says.
    alias: {
      boxen: new URL("./dist/vendor/boxen.js", import.meta.url).pathname,
      "cli-table3": new URL("./dist/vendor/cli-table3.js", import.meta.url).pathname,
    },
  },
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    env: { LANG: "C.UTF-8" },
    testTimeout: 20_000,
    reporters: ["default", "./test/summary-reporter.ts"],
  },
});
