import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    env: { COLUMNS: "80", NO_COLOR: "", FORCE_COLOR: "", NLMG_DATA: "", NLMG_SPOILERS: "", LANG: "C.UTF-8" },
    testTimeout: 20_000,
  },
});
