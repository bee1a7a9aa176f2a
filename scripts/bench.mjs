// nlmg's speed, measured against Node's own start (`node -e 0`) in the same run.
// Each case runs many times, interleaved with the floor, so that a noisy,
// shared machine slows all of them alike; the median ratio is what counts.
// Usage: npm run bench [-- --rounds N]
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import pty from "@lydell/node-pty";

const roundsArg = process.argv.indexOf("--rounds");
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 30;
const BIN = new URL("../bin/nlmg.js", import.meta.url).pathname;
const node = process.execPath;
const env = { ...process.env, NO_COLOR: "", FORCE_COLOR: "", NLMG_DATA: "", NLMG_SPOILERS: "", NLMG_PAGER: "cat", COLUMNS: "" };

const tmp = mkdtempSync(join(tmpdir(), "nlmg-bench-"));
const big = join(tmp, "big.json");
writeFileSync(big, JSON.stringify(bigRecord(10_000)));

/** A record grown to 10,000 passages and 2,000 characters, for linearity. */
function bigRecord(n) {
  const base = JSON.parse(readFileSync(new URL("../data/never-let-me-go.json", import.meta.url), "utf8"));
  const story = Array.from({ length: n }, (_, i) => ({ ...base.story[i % base.story.length], part: (i % 3) + 1 }));
  const characters = Array.from({ length: n / 5 }, (_, i) => ({ ...base.characters[i % 5], name: `${base.characters[i % 5].name} ${i}` }));
  return { ...base, story, characters };
}

const plain = (args) => () => timePiped([node, BIN, ...args]);
const styled = (args) => () => timeTerminal([BIN, ...args]);

const cases = [
  { name: "node -e 0 (piped)", kind: "floor-piped", run: () => timePiped([node, "-e", "0"]), mem: [node, "-e", "0"] },
  { name: "characters | cat", kind: "plain", run: plain(["characters"]), mem: [node, BIN, "characters"] },
  { name: "story | cat", kind: "plain", run: plain(["story"]), mem: [node, BIN, "story"] },
  { name: "themes | cat", kind: "plain", run: plain(["themes"]) },
  { name: "search carer | cat", kind: "plain", run: plain(["search", "carer"]), mem: [node, BIN, "search", "carer"] },
  { name: "characters --json", kind: "plain", run: plain(["characters", "--json"]) },
  { name: "node -e 0 (terminal)", kind: "floor-tty", run: () => timeTerminal(["-e", "0"]) },
  { name: "characters (terminal)", kind: "styled", run: styled(["characters"]) },
  { name: "info (terminal)", kind: "styled", run: styled(["info"]) },
  { name: "story (terminal)", kind: "styled", run: styled(["story"]) },
  { name: "search carer (terminal)", kind: "styled", run: styled(["search", "carer"]) },
];
cases.push({ name: "browse: first screen", kind: "menu", run: () => timeMenu() });

const BUDGET = { plain: 1.2, styled: 1.5, menu: 2.5 };
const FLOOR = { plain: "floor-piped", styled: "floor-tty", menu: "floor-tty" };

function timePiped(argv) {
  const start = performance.now();
  const r = spawnSync(argv[0], argv.slice(1), { env, stdio: ["ignore", "pipe", "pipe"] });
  if (r.status !== 0) throw new Error(`${argv.join(" ")} exited ${r.status}: ${r.stderr}`);
  return Promise.resolve(performance.now() - start);
}

function timeTerminal(args) {
  return new Promise((resolve) => {
    const start = performance.now();
    const term = pty.spawn(node, args, { cols: 100, rows: 500, env: { ...env, TERM: "xterm-256color" } });
    term.onData(() => {});
    term.onExit(() => resolve(performance.now() - start));
  });
}

/** From start to the menu's first screen on a terminal, then Ctrl-C. */
function timeMenu() {
  return new Promise((resolve) => {
    const start = performance.now();
    const term = pty.spawn(node, [BIN], { cols: 80, rows: 24, env: { ...env, TERM: "xterm-256color" } });
    let shown = 0;
    let seen = "";
    term.onData((d) => {
      seen += d;
      if (!shown && seen.includes("Quit")) {
        shown = performance.now() - start;
        term.write("\x03");
      }
    });
    term.onExit(() => resolve(shown || Number.NaN));
  });
}

function peakKiB(argv) {
  const r = spawnSync("/usr/bin/time", ["-f", "%M", ...argv], { env, encoding: "utf8" });
  return Number(r.stderr.trim().split("\n").pop());
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const times = new Map(cases.map((c) => [c.name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const c of cases) times.get(c.name).push(await c.run());
}
const medians = new Map(cases.map((c) => [c.name, median(times.get(c.name))]));
const floorOf = (kind) => medians.get(cases.find((c) => c.kind === kind).name);

console.log(`nlmg bench: ${ROUNDS} interleaved rounds, node ${process.version}\n`);
console.log("case".padEnd(28) + "median ms".padStart(10) + "ratio".padStart(8) + "budget".padStart(8));
let ok = true;
for (const c of cases) {
  const ms = medians.get(c.name);
  const budget = BUDGET[c.kind];
  const ratio = budget ? ms / floorOf(FLOOR[c.kind]) : 1;
  const pass = !budget || ratio <= budget;
  ok &&= pass;
  console.log(c.name.padEnd(28) + ms.toFixed(1).padStart(10) + `${ratio.toFixed(2)}x`.padStart(8) + (budget ? `${budget}x${pass ? "" : " !"}`.padStart(8) : "".padStart(8)));
}

console.log("\npeak memory (max RSS over 5 runs)");
const floorMem = Math.max(...Array.from({ length: 5 }, () => peakKiB([node, "-e", "0"])));
console.log("node -e 0".padEnd(28) + `${(floorMem / 1024).toFixed(1)} MiB`.padStart(10));
for (const c of cases.filter((x) => x.mem && x.kind !== "floor-piped")) {
  const kib = Math.max(...Array.from({ length: 5 }, () => peakKiB(c.mem)));
  const ratio = kib / floorMem;
  ok &&= ratio <= 1.25;
  console.log(c.name.padEnd(28) + `${(kib / 1024).toFixed(1)} MiB`.padStart(10) + `${ratio.toFixed(2)}x`.padStart(8) + `1.25x${ratio <= 1.25 ? "" : " !"}`.padStart(8));
}

console.log("\nlinearity: a record of 10,000 passages and 2,000 characters");
for (const args of [["search", "carer"], ["characters"], ["story"], ["characters", "ruth 17"]]) {
  const start = performance.now();
  const r = spawnSync(node, [BIN, "--data", big, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
  const ms = performance.now() - start;
  console.log(`${args.join(" ")} | cat`.padEnd(28) + ms.toFixed(0).padStart(10) + " ms" + (r.status ? `  (exit ${r.status})` : ""));
}

rmSync(tmp, { recursive: true, force: true });
console.log(ok ? "\nevery budget met" : "\nsome budget missed (!)");
