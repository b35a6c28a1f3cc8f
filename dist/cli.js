#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  EMPTY_CONFIG,
  RULES,
  SEVERITY_RANK,
  UserError,
  VERSION,
  collectTargets,
  errorMessage,
  parseConfig,
  parseFailOn,
  scanTargets
} from "./chunks/chunk-K5OMC6O3.js";

// src/cli/scan.ts
import { readFile, writeFile } from "node:fs/promises";

// src/report/json.ts
function renderJson(report) {
  return JSON.stringify(report, (_k, v) => typeof v === "bigint" ? v.toString() : v, 2) + "\n";
}

// src/report/sanitize.ts
function forTerminal(s) {
  return s.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => c.charCodeAt(0) <= 255 ? `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  ).replace(/\n/g, "\\n");
}

// src/report/text.ts
var VERDICT_RANK = { fail: 2, warn: 1, pass: 0 };
function worstRank(f) {
  return f.findings.length ? SEVERITY_RANK[f.findings[0].severity] : -1;
}
function renderText(report) {
  const lines = [];
  const files = [...report.files].sort(
    (a, b) => VERDICT_RANK[b.verdict] - VERDICT_RANK[a.verdict] || worstRank(b) - worstRank(a) || a.path.localeCompare(b.path)
  );
  for (const f of files) {
    lines.push(`${f.verdict.toUpperCase().padEnd(4)}  ${forTerminal(f.path)}  (${f.format}, ${f.size} bytes)`);
    for (const x of f.findings) {
      const where = [x.member ? `in ${forTerminal(x.member)}` : "", x.offset !== void 0 ? `at offset ${x.offset}` : ""].filter(Boolean).join(" ");
      lines.push(`  ${x.severity.toUpperCase().padEnd(8)} ${x.ruleId}  ${forTerminal(x.message)}${where ? ` (${where})` : ""}`);
      const rule = RULES.get(x.ruleId);
      if (rule) {
        lines.push(`           why: ${rule.why}`);
        lines.push(`           fix: ${rule.fix}`);
      }
    }
    if (f.suppressed?.length) lines.push(`  (${f.suppressed.length} finding(s) suppressed by policy)`);
    if (f.imports.length) lines.push(`  imports: ${f.imports.map(forTerminal).join(", ")}`);
    lines.push("");
  }
  const s = report.summary;
  lines.push(
    `${s.files} file(s) scanned: ${s.fail} fail, ${s.warn} warn, ${s.pass} pass. Verdict: ${report.verdict.toUpperCase()} (fail-on: ${report.failOn})`
  );
  return lines.join("\n") + "\n";
}

// src/cli/scan.ts
var SCAN_USAGE = `Usage: modelgate scan [--format text|json] [--output FILE] [--fail-on critical|high|medium|low|none] [--config FILE] PATH...`;
function parseScanArgs(argv) {
  const args = { format: "text", paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf("=");
    const flag = a.startsWith("--") && eq > 0 ? a.slice(0, eq) : a;
    const value = () => {
      if (a.startsWith("--") && eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === void 0) throw new UserError(`${flag} needs a value. ${SCAN_USAGE}`);
      return v;
    };
    switch (flag) {
      case "--format": {
        const v = value();
        if (v !== "text" && v !== "json") throw new UserError(`--format must be text or json (got "${v}")`);
        args.format = v;
        break;
      }
      case "--output":
      case "-o":
        args.output = value();
        break;
      case "--fail-on":
        args.failOn = parseFailOn(value(), "--fail-on");
        break;
      case "--config":
        args.config = value();
        break;
      case "--":
        args.paths.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (a.startsWith("-") && a !== "-") throw new UserError(`unknown option ${a}. ${SCAN_USAGE}`);
        args.paths.push(a);
    }
  }
  if (args.paths.length === 0) throw new UserError(`no PATH given. ${SCAN_USAGE}`);
  return args;
}
async function loadConfig(path) {
  if (!path) return EMPTY_CONFIG;
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new UserError(`--config ${path}: cannot read the file`);
  }
  return parseConfig(text, path);
}
async function runScan(argv) {
  const args = parseScanArgs(argv);
  const config = await loadConfig(args.config);
  const failOn = args.failOn ?? config.failOn ?? "high";
  const targets = await collectTargets(args.paths);
  const report = await scanTargets(targets, { failOn, config });
  const out = args.format === "json" ? renderJson(report) : renderText(report);
  if (args.output) await writeFile(args.output, out);
  else process.stdout.write(out);
  return report.verdict === "fail" ? 1 : 0;
}

// src/cli/main.ts
var COMMANDS = {
  scan: runScan
};
var USAGE = `Usage:
  ${SCAN_USAGE.replace("Usage: ", "")}`;
async function runCli(argv) {
  try {
    const [cmd, ...rest] = argv;
    if (cmd === "--version" || cmd === "-v") {
      process.stdout.write(`${VERSION}
`);
      return 0;
    }
    if (cmd === void 0 || cmd === "--help" || cmd === "-h" || cmd === "help") {
      process.stdout.write(`${USAGE}
`);
      return cmd === void 0 ? 2 : 0;
    }
    const run = COMMANDS[cmd];
    if (!run) throw new UserError(`unknown command "${cmd}". ${USAGE}`);
    return await run(rest);
  } catch (e) {
    if (e instanceof UserError) {
      process.stderr.write(`modelgate: ${e.message}
`);
      return 2;
    }
    process.stderr.write(
      `modelgate: internal error (please report): ${errorMessage(e)}
${e?.stack ?? ""}
`
    );
    return 3;
  }
}

// src/cli.ts
process.exitCode = await runCli(process.argv.slice(2));
