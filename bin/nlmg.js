#!/usr/bin/env node
"use strict";
// Starts the compiled CLI. CommonJS on purpose: Node starts it faster than an ES module.
require("./compile-cache.js").install();
require("../dist/cli.js").main();
