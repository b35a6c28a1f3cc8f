import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  applyBaseline,
  auditHistory,
  collectTargets,
  countSummary,
  extraSummary,
  fileDigest,
  fingerprint,
  loadBaseline,
  parseShard,
  renderJson,
  renderSarif,
  renderText,
  sortHistoryFiles
} from "./chunk-CEG6NJQ3.js";
import {
  VERSION,
  overallVerdict,
  scanTargets
} from "./chunk-C4J24DK5.js";
import "./chunk-LDQMB2DI.js";
import "./chunk-CE4VDKG2.js";
import "./chunk-ROZI34ZX.js";
import "./chunk-XWZ4OELH.js";
import "./chunk-TVLJSTC4.js";
import "./chunk-YOEQFNW7.js";
import {
  EMPTY_CONFIG,
  parseFailOn
} from "./chunk-ZU6UYXQT.js";
import "./chunk-35QUICAQ.js";
import {
  emptyIntegrityInput,
  fileSources,
  resolveIntegrityOptions
} from "./chunk-KBWLE4B5.js";
import {
  RULES
} from "./chunk-GU5GTTD4.js";
import {
  UserError,
  errorMessage
} from "./chunk-AKY6SPXF.js";
import "./chunk-3EOKJZZ5.js";

// src/cli/scan.ts
import { readFile, writeFile } from "node:fs/promises";

// src/integrity/flags.ts
import { dirname } from "node:path";
var INTEGRITY_USAGE = "[--signature FILE] [--trusted-key FILE] [--trusted-ca FILE] [--trusted-root FILE --identity ID --issuer URL] [--require-signature] [--checksums FILE] [--signature-ignore PATH] [--allow-unsigned-files] [--allow-legacy-signatures]";
function newIntegrityFlags() {
  return { input: emptyIntegrityInput(), identities: [], issuers: [] };
}
function applyIntegrityFlag(flag, value, f) {
  switch (flag) {
    case "--signature":
      f.input.signatures.push({ signature: value() });
      return true;
    case "--trusted-key":
      f.input.trustedKeys.push(value());
      return true;
    case "--trusted-ca":
      f.input.trustedCas.push(value());
      return true;
    case "--trusted-root":
      f.input.trustedRoots.push(value());
      return true;
    case "--identity":
      f.identities.push(value());
      return true;
    case "--issuer":
      f.issuers.push(value());
      return true;
    case "--checksums":
      f.input.manifests.push(value());
      return true;
    case "--signature-ignore":
      f.input.ignorePaths.push(value());
      return true;
    case "--require-signature":
      f.input.requireSignature = true;
      return true;
    case "--allow-unsigned-files":
      f.input.allowUnsignedFiles = true;
      return true;
    case "--allow-legacy-signatures":
      f.input.allowLegacySignatures = true;
      return true;
    default:
      return false;
  }
}
function finishIntegrityFlags(f, paths) {
  const input = f.input;
  if (f.issuers.length > 0 && f.identities.length === 0) throw new UserError("--issuer needs an --identity");
  if (f.identities.length > 0) {
    if (f.issuers.length === 0) throw new UserError(`--identity ${f.identities[0]} needs an issuer (--issuer URL)`);
    if (f.issuers.length !== 1 && f.issuers.length !== f.identities.length)
      throw new UserError("give one --issuer for all identities, or one --issuer per --identity");
    input.identities = f.identities.map((identity, i) => ({
      identity,
      issuer: f.issuers[Math.min(i, f.issuers.length - 1)]
    }));
  }
  if (input.signatures.length > 0) {
    if (paths.length !== 1)
      throw new UserError("--signature needs exactly one PATH: the model (folder or file) the bundle signs");
    input.signatures = input.signatures.map((s) => ({ ...s, model: paths[0] }));
  }
  return input;
}
async function cliIntegrityOptions(flags, config, configPath, paths) {
  const inputs = [{ input: flags, sources: fileSources("command line") }];
  if (config.integrity && configPath)
    inputs.push({ input: config.integrity, sources: fileSources(configPath, dirname(configPath)) });
  return resolveIntegrityOptions(inputs, paths);
}

// src/cli/scan.ts
var SCAN_USAGE = `Usage: modelgate scan [--format text|json|sarif] [--output FILE] [--fail-on critical|high|medium|low|none] [--config FILE] [--baseline FILE] [--jobs N] ${INTEGRITY_USAGE} PATH...`;
function parseScanArgs(argv) {
  const integrity = newIntegrityFlags();
  const paths = [];
  const args = { format: "text", paths };
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
      case "--baseline":
        args.baseline = value();
        break;
      case "--":
        args.paths.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (applyIntegrityFlag(flag, value, integrity)) break;
        if (a.startsWith("-") && a !== "-") throw new UserError(`unknown option ${a}. ${SCAN_USAGE}`);
        args.paths.push(a);
    }
  }
  if (args.paths.length === 0) throw new UserError(`no PATH given. ${SCAN_USAGE}`);
  return { ...args, integrity: finishIntegrityFlags(integrity, args.paths) };
}
async function loadConfig(path) {
  if (!path) return EMPTY_CONFIG;
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new UserError(`--config ${path}: cannot read the file`);
  }
  const { parseConfig } = await import("./config-file-QXRPTI7D.js");
  return parseConfig(text, path);
}
async function runScan(argv) {
  const args = parseScanArgs(argv);
  const config = await loadConfig(args.config);
  const failOn = args.failOn ?? config.failOn ?? "high";
  const targets = await collectTargets(args.paths);
  const integrity = await cliIntegrityOptions(args.integrity, config, args.config, args.paths);
  const report = await scanTargets(targets, { failOn, config, jobs: args.jobs, integrity });
  if (args.baseline) applyBaseline(report, await loadBaseline(args.baseline));
  const out = args.format === "json" ? renderJson(report) : args.format === "sarif" ? renderSarif(report) : renderText(report);
  if (args.output) await writeFile(args.output, out);
  else process.stdout.write(out);
  return report.verdict === "fail" ? 1 : 0;
}

// src/cli/history.ts
import { writeFile as writeFile2 } from "node:fs/promises";

// src/cli/args.ts
function parseArgs(argv, spec, usage) {
  const out = { values: /* @__PURE__ */ new Map(), booleans: /* @__PURE__ */ new Set(), positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith("-") || a === "-") {
      out.positionals.push(a);
      continue;
    }
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    const raw = eq > 0 ? a.slice(0, eq) : a;
    const flag = spec.alias?.[raw] ?? raw;
    if (spec.booleans?.includes(flag)) {
      if (eq > 0) throw new UserError(`${flag} takes no value. ${usage}`);
      out.booleans.add(flag);
    } else if (spec.values.includes(flag)) {
      let v;
      if (eq > 0) v = a.slice(eq + 1);
      else v = argv[++i];
      if (v === void 0) throw new UserError(`${flag} needs a value. ${usage}`);
      if (out.values.has(flag)) throw new UserError(`${flag} given twice. ${usage}`);
      out.values.set(flag, v);
    } else throw new UserError(`unknown option ${a}. ${usage}`);
  }
  return out;
}
function positiveInt(v, flag) {
  if (!/^\d{1,9}$/.test(v) || Number(v) < 1) throw new UserError(`${flag} must be a positive integer (got "${v}")`);
  return Number(v);
}

// src/cli/history.ts
var HISTORY_USAGE = `Usage: modelgate history [--all | --range A..B] [--since DATE] [--max-blobs N] [--shard i/n] [--baseline FILE] [--format text|json] [--output FILE] [--fail-on LEVEL] [--config FILE] [REPO]`;
async function runHistory(argv) {
  const a = parseArgs(
    argv,
    {
      values: [
        "--range",
        "--since",
        "--max-blobs",
        "--shard",
        "--baseline",
        "--format",
        "--output",
        "--fail-on",
        "--config"
      ],
      booleans: ["--all"],
      alias: { "-o": "--output" }
    },
    HISTORY_USAGE
  );
  if (a.positionals.length > 1) throw new UserError(`one REPO at a time. ${HISTORY_USAGE}`);
  const format = a.values.get("--format") ?? "text";
  if (format !== "text" && format !== "json") throw new UserError(`--format must be text or json (got "${format}")`);
  const config = await loadConfig(a.values.get("--config"));
  const failOnArg = a.values.get("--fail-on");
  const failOn = failOnArg !== void 0 ? parseFailOn(failOnArg, "--fail-on") : config.failOn ?? "high";
  const maxBlobs = a.values.has("--max-blobs") ? positiveInt(a.values.get("--max-blobs"), "--max-blobs") : void 0;
  const shardArg = a.values.get("--shard");
  const baselinePath = a.values.get("--baseline");
  const baseline = baselinePath !== void 0 ? await loadBaseline(baselinePath) : void 0;
  const report = await auditHistory(a.positionals[0] ?? ".", {
    failOn,
    config,
    scope: {
      ...a.booleans.has("--all") ? { all: true } : {},
      ...a.values.has("--range") ? { range: a.values.get("--range") } : {},
      ...a.values.has("--since") ? { since: a.values.get("--since") } : {}
    },
    ...maxBlobs !== void 0 ? { maxBlobs } : {},
    ...shardArg !== void 0 ? { shard: parseShard(shardArg) } : {}
  });
  if (baseline) applyBaseline(report, baseline);
  const out = format === "json" ? renderJson(report) : renderText(report);
  const output = a.values.get("--output");
  if (output) await writeFile2(output, out);
  else process.stdout.write(out);
  return report.verdict === "fail" ? 1 : 0;
}

// src/cli/merge.ts
import { readFile as readFile2, writeFile as writeFile3 } from "node:fs/promises";

// src/report/merge.ts
var SHARED_SUMMARY_KEYS = /* @__PURE__ */ new Set(["commitsWalked"]);
function asReport(doc, source) {
  const r = doc;
  if (!r || typeof r !== "object" || r.schemaVersion !== 1 || !Array.isArray(r.files) || !r.summary)
    throw new UserError(`${source}: not a ModelGate JSON report (schemaVersion 1)`);
  return r;
}
function sameAudit(a, b) {
  const key = (h) => JSON.stringify([h.head ?? "", !!h.all, h.range ?? "", h.since ?? "", h.maxBlobs ?? -1]);
  return key(a) === key(b);
}
function checkShards(reports, sources) {
  const infos = reports.map((r) => r.history);
  if (infos.every((h) => h === void 0)) return void 0;
  if (infos.some((h) => h === void 0))
    throw new UserError("cannot merge a history report with a report that is not a history audit");
  const first = infos[0];
  infos.forEach((h, i) => {
    if (!sameAudit(first, h))
      throw new UserError(
        `${sources[i]}: a different audit than ${sources[0]} (HEAD, --all/--range/--since or --max-blobs differ)`
      );
  });
  const sharded = infos.filter((h) => h.shard);
  if (sharded.length === 0) {
    if (reports.length > 1) throw new UserError("these history reports are not shards of one audit (no --shard)");
  } else {
    if (sharded.length !== infos.length) throw new UserError("cannot merge shard reports with an unsharded report");
    const count = first.shard?.count;
    const seen = /* @__PURE__ */ new Map();
    infos.forEach((h, i) => {
      if (h.shard.count !== count)
        throw new UserError(`${sources[i]}: shard ${h.shard.index}/${h.shard.count}, expected \u2026/${count}`);
      const prev = seen.get(h.shard.index);
      if (prev) throw new UserError(`${sources[i]}: shard ${h.shard.index}/${count} already given by ${prev}`);
      seen.set(h.shard.index, sources[i]);
    });
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
    if (missing.length) throw new UserError(`missing shard(s) ${missing.map((i) => `${i}/${count}`).join(", ")}`);
  }
  const { shard: _s, ...merged } = first;
  return merged;
}
function mergeReports(reports, sources = reports.map((_, i) => `report ${i + 1}`)) {
  if (reports.length === 0) throw new UserError("nothing to merge");
  const failOn = reports[0].failOn;
  reports.forEach((r, i) => {
    if (r.failOn !== failOn)
      throw new UserError(`${sources[i]}: fail-on ${r.failOn} differs from ${sources[0]} (fail-on ${failOn})`);
  });
  const history = checkShards(reports, sources);
  let files = reports.flatMap((r) => r.files);
  if (history) files = sortHistoryFiles(files);
  const extra = {};
  for (const r of reports)
    for (const [k, v] of Object.entries(extraSummary(r.summary))) {
      if (typeof v !== "number") continue;
      if (SHARED_SUMMARY_KEYS.has(k) && history) extra[k] = Math.max(extra[k] ?? 0, v);
      else extra[k] = (extra[k] ?? 0) + v;
    }
  const merged = {
    schemaVersion: 1,
    tool: { name: "modelgate", version: VERSION },
    failOn,
    verdict: overallVerdict(files.map((f) => f.verdict)),
    files,
    summary: countSummary(files, extra)
  };
  if (history) merged.history = history;
  return merged;
}

// src/report/sarif-merge.ts
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note"
};
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "2.0",
  info: "0.1"
};
function where(file, f) {
  const parts = [];
  if (f.member) parts.push(`in ${f.member}`);
  if (f.offset !== void 0) parts.push(`at offset ${f.offset}`);
  if (file.introducedBy) {
    const c = file.introducedBy;
    parts.push(`blob ${file.blob} first in commit ${c.commit} (${c.date}, ${c.author})`);
    if (file.atHead === false) parts.push("deleted since, still in history");
  }
  return parts.length ? ` (${parts.join("; ")})` : "";
}
function renderSarifMerged(report) {
  const used = [...new Set(report.files.flatMap((f) => f.findings.map((x) => x.ruleId)))].sort();
  const index = new Map(used.map((id, i) => [id, i]));
  const rules = used.map((id) => {
    const r = RULES.get(id);
    const title = r?.title ?? id;
    return {
      id,
      name: id.replace(/[^A-Za-z0-9]/g, ""),
      shortDescription: { text: title },
      fullDescription: { text: r?.why ?? title },
      help: { text: r ? `${r.why}

Fix: ${r.fix}` : title, markdown: r ? `${r.why}

**Fix:** ${r.fix}` : title },
      defaultConfiguration: { level: LEVEL[r?.severity ?? "medium"] },
      properties: {
        tags: ["security", "ml-model"],
        precision: "high",
        "security-severity": SECURITY_SEVERITY[r?.severity ?? "medium"]
      }
    };
  });
  const results = report.files.flatMap((file) => {
    const digest = fileDigest(file);
    return file.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: `${f.message}${where(file, f)}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: file.path.replace(/^\.\//, "") } } }],
      partialFingerprints: { primaryLocationLineHash: `${fingerprint(f, digest)}:1` },
      properties: { "security-severity": SECURITY_SEVERITY[f.severity], severity: f.severity }
    }));
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ModelGate",
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules
          }
        },
        automationDetails: { id: report.history ? "modelgate/history/" : "modelgate/scan/" },
        results
      }
    ]
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}

// src/cli/merge.ts
var MERGE_USAGE = `Usage: modelgate merge [--output FILE] [--sarif FILE] [--summary FILE] [--format json|text] [--baseline FILE] REPORT.json...`;
async function readReport(path) {
  let text;
  try {
    text = await readFile2(path, "utf8");
  } catch {
    throw new UserError(`${path}: cannot read the file`);
  }
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${path}: not JSON (${e.message})`);
  }
  return asReport(doc, path);
}
async function runMerge(argv) {
  const a = parseArgs(
    argv,
    { values: ["--output", "--sarif", "--summary", "--format", "--baseline"], alias: { "-o": "--output" } },
    MERGE_USAGE
  );
  if (a.positionals.length === 0) throw new UserError(`no REPORT given. ${MERGE_USAGE}`);
  const format = a.values.get("--format") ?? "json";
  if (format !== "text" && format !== "json") throw new UserError(`--format must be json or text (got "${format}")`);
  const reports = [];
  for (const p of a.positionals) reports.push(await readReport(p));
  const merged = mergeReports(reports, a.positionals);
  const baselinePath = a.values.get("--baseline");
  if (baselinePath !== void 0) applyBaseline(merged, await loadBaseline(baselinePath));
  const sarif = a.values.get("--sarif");
  if (sarif) await writeFile3(sarif, renderSarifMerged(merged));
  const summary = a.values.get("--summary");
  if (summary) await writeFile3(summary, renderText(merged));
  const out = format === "json" ? renderJson(merged) : renderText(merged);
  const output = a.values.get("--output");
  if (output) await writeFile3(output, out);
  else process.stdout.write(out);
  return merged.verdict === "fail" ? 1 : 0;
}

// src/cli/main.ts
var COMMANDS = {
  scan: runScan,
  history: runHistory,
  merge: runMerge
};
var USAGE = `Usage:
${[SCAN_USAGE, HISTORY_USAGE, MERGE_USAGE].map((u) => `  ${u.replace("Usage: ", "")}`).join("\n")}`;
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
export {
  runCli
};
