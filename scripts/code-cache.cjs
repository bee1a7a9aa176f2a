"use strict";
// Writes the V8 code cache of each bundle in dist/ (see bin/compile-cache.js),
// taken after the commands have run in-process in each form, so that it holds
// the functions they compiled.
const { writeFileSync } = require("node:fs");
const { install } = require("../bin/compile-cache.js");

const scripts = install();
const cli = require("../dist/cli.js");
const sink = (isTTY) => ({ isTTY, columns: isTTY ? 80 : undefined, rows: isTTY ? 24 : undefined, write() {} });
const commands = [["characters"], ["characters", "ruth"], ["story"], ["themes"], ["takeaways"], ["why"], ["glossary"], ["glossary", "carer"], ["info"], ["search", "carer"], ["--help"], ["nope"]];

(async () => {
  for (const form of [[], ["--json"], ["--color"]]) {
    for (const tty of [false, true]) {
      for (const args of commands) {
        const io = { stdout: sink(tty), stderr: sink(tty), stdin: { isTTY: false }, env: { NLMG_PAGER: "cat" }, cwd: process.cwd() };
        await cli.run([...args, ...form], io);
      }
    }
  }
  for (const [file, script] of scripts) writeFileSync(`${file}.cache`, script.createCachedData());
})();
