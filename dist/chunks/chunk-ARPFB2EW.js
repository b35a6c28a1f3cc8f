import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  RULES,
  SEVERITY_RANK,
  UserError
} from "./chunk-RERPXLYT.js";

// src/discovery/walk.ts
import { lstat, readdir, readlink, realpath } from "node:fs/promises";
import { join, relative, resolve, sep, isAbsolute, dirname } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
function toDisplay(p) {
  return p.split(sep).join("/");
}
async function linkInfo(fsPath, root) {
  const target = await readlink(fsPath);
  let insideRoot = false;
  try {
    const real = await realpath(fsPath);
    const rootReal = await realpath(root);
    const rel = relative(rootReal, real);
    insideRoot = rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
  } catch {
    insideRoot = false;
  }
  return { target, insideRoot };
}
async function collectTargets(paths) {
  const out = [];
  for (const given of paths) {
    let st;
    try {
      st = await lstat(given);
    } catch {
      throw new UserError(`${given}: no such file or directory`);
    }
    if (st.isSymbolicLink()) {
      out.push({
        fsPath: given,
        display: toDisplay(given),
        explicit: true,
        link: await linkInfo(given, dirname(resolve(given)))
      });
    } else if (st.isDirectory()) {
      await walk(given, given, out);
    } else if (st.isFile()) {
      out.push({ fsPath: given, display: toDisplay(given), explicit: true });
    } else {
      throw new UserError(`${given}: not a regular file or directory`);
    }
  }
  return out;
}
async function walk(dir, root, out) {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isSymbolicLink()) {
      out.push({ fsPath: p, display: toDisplay(p), explicit: false, link: await linkInfo(p, root) });
    } else if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) await walk(p, root, out);
    } else if (e.isFile()) {
      out.push({ fsPath: p, display: toDisplay(p), explicit: false });
    }
  }
}

// src/report/json.ts
function renderJson(report) {
  return JSON.stringify(report, (_k, v) => typeof v === "bigint" ? v.toString() : v, 2) + "\n";
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
function sarifLevel(s) {
  if (s === "critical" || s === "high") return "error";
  if (s === "medium") return "warning";
  return "note";
}
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "0.1"
};
function fingerprint(path, f) {
  const key = [f.ruleId, path, f.member ?? "", f.evidence ?? f.message].join("\0");
  return `${createHash("sha256").update(key).digest("hex").slice(0, 32)}:1`;
}
function pathToUri(path) {
  return path.split("/").map((seg) => encodeURIComponent(seg)).join("/");
}
function unknownRule(id) {
  return {
    id,
    title: id,
    severity: "high",
    why: "This rule is not in the catalogue of this ModelGate build.",
    fix: "Update ModelGate, or see its rule catalogue (docs/RULES.md)."
  };
}
function ruleDescriptor(rule) {
  const help = `${rule.why}

Fix: ${rule.fix}${rule.references?.length ? `

References:
${rule.references.map((r) => `- ${r}`).join("\n")}` : ""}`;
  const markdown = `**${rule.title}**

${rule.why}

**Fix:** ${rule.fix}${rule.references?.length ? `

**References**

${rule.references.map((r) => `- <${r}>`).join("\n")}` : ""}`;
  return {
    id: rule.id,
    name: rule.id.replace(/-/g, ""),
    shortDescription: { text: rule.title.slice(0, 1024) },
    fullDescription: { text: rule.why.slice(0, 1024) },
    help: { text: help, markdown },
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    properties: {
      tags: ["security", "supply-chain", "ml-model"],
      precision: "high",
      "problem.severity": sarifLevel(rule.severity) === "note" ? "recommendation" : sarifLevel(rule.severity),
      "security-severity": SECURITY_SEVERITY[rule.severity]
    }
  };
}
function messageOf(f) {
  const where = [f.member ? `in ${f.member}` : "", f.offset !== void 0 ? `at byte ${f.offset}` : ""].filter(Boolean).join(" ");
  return `${f.message}${where ? ` (${where})` : ""}.`.replace(/\.\.$/, ".");
}
function renderSarif(report, opts = {}) {
  const ids = [...new Set(report.files.flatMap((f) => f.findings.map((x) => x.ruleId)))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const results = report.files.flatMap(
    (file) => file.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId),
      level: sarifLevel(f.severity),
      message: { text: messageOf(f) },
      locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(file.path) } } }],
      partialFingerprints: { primaryLocationLineHash: fingerprint(file.path, f) },
      properties: {
        severity: f.severity,
        ...f.member !== void 0 ? { member: f.member } : {},
        ...f.offset !== void 0 ? { offset: f.offset } : {},
        ...f.evidence !== void 0 ? { evidence: f.evidence } : {},
        sha256: file.sha256,
        format: file.format
      }
    }))
  );
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ModelGate",
            semanticVersion: report.tool.version,
            rules: ids.map((id) => ruleDescriptor(RULES.get(id) ?? unknownRule(id)))
          }
        },
        automationDetails: { id: `${opts.category ?? "modelgate"}/` },
        results
      }
    ]
  };
  return JSON.stringify(log, null, 2) + "\n";
}

// src/report/sanitize.ts
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function hexEscape(c) {
  return c.charCodeAt(0) <= 255 ? `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function forTerminal(s) {
  return s.replace(CONTROL, hexEscape).replace(/\n/g, "\\n");
}
function oneLine(s) {
  return s.replace(CONTROL, hexEscape).replace(/\r/g, "\\r").replace(/\n/g, "\\n");
}
var ZWSP = "\u200B";
function defuseAutolinks(s) {
  return s.replace(/@/g, `@${ZWSP}`).replace(/#/g, `#${ZWSP}`).replace(/:\/\//g, `:${ZWSP}//`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`).replace(/\bGH-/gi, (m) => `${m.slice(0, 2)}${ZWSP}-`);
}
function mdText(s) {
  return defuseAutolinks(oneLine(s)).replace(/[\\`*_{}[\]()<>#+\-.!|~&"'=:;@$%^]/g, (c) => `\\${c}`);
}
function mdCode(s, inTable = true) {
  let text = oneLine(s);
  if (inTable) text = text.replace(/\|/g, "\\|");
  if (text === "") return "` `";
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || text.startsWith(" ") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
function mdFence(body, info = "") {
  const clean = body.split("\n").map((l) => l.replace(CONTROL, hexEscape)).join("\n");
  let longest = 2;
  for (const m of clean.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = "`".repeat(longest + 1);
  return `${fence}${info}
${clean}
${fence}`;
}
function forWorkflowCommand(s) {
  return oneLine(s);
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
    lines.push(...historyLines(f));
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
  if (s.commitsWalked !== void 0)
    lines.push(
      `History: ${s.commitsWalked} commit(s) walked, ${s.blobsSeen ?? 0} distinct blob(s) seen, ${s.blobsScanned ?? 0} analysed as models.`
    );
  if (s.baselined) lines.push(`${s.baselined} finding(s) accepted by the baseline are not shown.`);
  lines.push(
    `${s.files} file(s) scanned: ${s.fail} fail, ${s.warn} warn, ${s.pass} pass. Verdict: ${report.verdict.toUpperCase()} (fail-on: ${report.failOn})`
  );
  return lines.join("\n") + "\n";
}
function historyLines(f) {
  const out = [];
  if (f.introducedBy) {
    const c = f.introducedBy;
    out.push(
      `  blob ${f.blob ?? "?"}: first in ${c.commit.slice(0, 12)}${c.beforeScope ? " (or earlier)" : ""} ${forTerminal(c.date)} by ${forTerminal(c.author)}; ${f.atHead ? "still at HEAD" : "deleted from HEAD, still in history"}`
    );
  }
  if (f.lfs) out.push(`  Git LFS object ${f.lfs.oid}${f.lfs.present ? "" : " (not in the local store)"}`);
  if (f.paths && (f.paths.length > 1 || f.paths.length === 1 && f.paths[0] !== f.path))
    out.push(`  paths: ${f.paths.map(forTerminal).join(", ")}`);
  return out;
}

export {
  linkInfo,
  collectTargets,
  renderJson,
  renderSarif,
  oneLine,
  mdText,
  mdCode,
  mdFence,
  forWorkflowCommand,
  renderText
};
