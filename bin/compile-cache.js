"use strict";
// Compiles nlmg's bundles (dist/**/*.js) with the V8 code cache the build
// wrote beside each one (FILE.cache): a command is spared most of its compile
// time. A cache that is missing, stale or made by another Node is rejected by
// V8 and the file is compiled as usual, so it can only make nlmg faster.
// Node 22 does this itself (module.enableCompileCache); Node 20 does not.
const { readFileSync } = require("node:fs");
const { dirname, join, sep } = require("node:path");
const Module = require("node:module");
const { Script } = require("node:vm");

const dist = join(__dirname, "..", "dist") + sep;

/**
 * Routes the compiling of every file under dist/ through V8's code cache.
 * Returns the scripts compiled so far, so that the build can write their caches.
 */
function install() {
  const scripts = new Map();
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    if (!filename.startsWith(dist)) return compile.call(this, content, filename);
    let cachedData;
    try {
      cachedData = readFileSync(`${filename}.cache`);
    } catch {
      cachedData = undefined;
    }
    const script = new Script(Module.wrap(content), { filename, cachedData });
    scripts.set(filename, script);
    const require = Module.createRequire(filename);
    return script.runInThisContext().call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
  return scripts;
}

module.exports = { install, dist };
