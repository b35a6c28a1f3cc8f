#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  collectTargets,
  renderJson,
  renderSarif,
  renderText
} from "./chunks/chunk-XDACDUCH.js";
import {
  EMPTY_CONFIG,
  UserError,
  VERSION,
  errorMessage,
  parseConfig,
  parseFailOn,
  scanTargets
} from "./chunks/chunk-ZBC4G5TT.js";

// src/cli/scan.ts
import { readFile, writeFile } from "node:fs/promises";
var SCAN_USAGE = `Usage: modelgate scan [--format text|json|sarif] [--output FILE] [--fail-on critical|high|medium|low|none] [--config FILE] [--jobs N] PATH...`;
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
        if (v !== "text" && v !== "json" && v !== "sarif")
          throw new UserError(`--format must be text, json or sarif (got "${v}")`);
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
      case "--jobs":
      case "-j": {
        const v = value();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 256)
          throw new UserError(`--jobs must be a whole number from 1 to 256 (got "${v}")`);
        args.jobs = n;
        break;
      }
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
  const report = await scanTargets(targets, { failOn, config, jobs: args.jobs });
  const out = args.format === "json" ? renderJson(report) : args.format === "sarif" ? renderSarif(report) : renderText(report);
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
