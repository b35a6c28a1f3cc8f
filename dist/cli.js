#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  collectTargets,
  renderJson,
  renderSarif,
  renderText
} from "./chunks/chunk-ARPFB2EW.js";
import {
  AnalysisContext,
  BufferSource,
  EMPTY_CONFIG,
  FileRun,
  FileSource,
  RULES,
  UserError,
  VERSION,
  analyzeSource,
  buildReport,
  dispatch,
  emptyIntegrityInput,
  errorMessage,
  fileSources,
  fileVerdict,
  getRule,
  looksLikeModel,
  overallVerdict,
  parseConfig,
  parseFailOn,
  reportFor,
  resolveIntegrityOptions,
  scanTargets,
  sha256File
} from "./chunks/chunk-RERPXLYT.js";
import "./chunks/chunk-3EOKJZZ5.js";

// src/cli/scan.ts
import { readFile as readFile2, writeFile } from "node:fs/promises";

// src/report/baseline.ts
import { readFile } from "node:fs/promises";

// src/report/fingerprint.ts
import { createHash } from "node:crypto";
function fileDigest(file) {
  if (file.sha256) return `sha256:${file.sha256}`;
  if (file.blob) return `blob:${file.blob}`;
  return `path:${file.path}`;
}
function fingerprint(finding, digest) {
  return createHash("sha256").update(JSON.stringify([digest, finding.ruleId, finding.member ?? "", finding.evidence ?? ""])).digest("hex").slice(0, 32);
}

// src/report/recount.ts
function countSummary(files, extra = {}) {
  const count = (v) => files.filter((f) => f.verdict === v).length;
  return { files: files.length, pass: count("pass"), warn: count("warn"), fail: count("fail"), ...extra };
}
function extraSummary(summary) {
  const { files: _f, pass: _p, warn: _w, fail: _x, ...extra } = summary;
  return extra;
}
function recount(report, failOn = report.failOn) {
  for (const f of report.files) f.verdict = fileVerdict(f.findings, failOn);
  report.failOn = failOn;
  report.verdict = overallVerdict(report.files.map((f) => f.verdict));
  report.summary = countSummary(report.files, extraSummary(report.summary));
  return report;
}

// src/report/baseline.ts
var BASELINE_PREFIX = "baseline ";
function parseBaseline(text, source) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new UserError(`--baseline ${source}: not JSON (${e.message})`);
  }
  const r = doc;
  if (!r || typeof r !== "object" || r.schemaVersion !== 1 || !Array.isArray(r.files))
    throw new UserError(`--baseline ${source}: not a ModelGate JSON report (schemaVersion 1 with files)`);
  const fingerprints = /* @__PURE__ */ new Set();
  for (const f of r.files) {
    if (!f || typeof f !== "object" || typeof f.path !== "string")
      throw new UserError(`--baseline ${source}: a file entry has no path`);
    const digest = fileDigest(f);
    for (const x of Array.isArray(f.findings) ? f.findings : []) fingerprints.add(fingerprint(x, digest));
    for (const x of Array.isArray(f.suppressed) ? f.suppressed : [])
      if (typeof x.suppressedBy === "string" && x.suppressedBy.startsWith(BASELINE_PREFIX))
        fingerprints.add(fingerprint(x, digest));
  }
  return { source, fingerprints };
}
function applyBaseline(report, baseline) {
  let hidden = 0;
  for (const f of report.files) {
    const digest = fileDigest(f);
    const kept = [];
    const moved = [];
    for (const x of f.findings) {
      if (baseline.fingerprints.has(fingerprint(x, digest)))
        moved.push({ ...x, suppressedBy: `${BASELINE_PREFIX}${baseline.source}` });
      else kept.push(x);
    }
    if (moved.length === 0) continue;
    hidden += moved.length;
    f.findings = kept;
    f.suppressed = [...f.suppressed ?? [], ...moved];
  }
  recount(report);
  report.summary.baselined = (report.summary.baselined ?? 0) + hidden;
  return report;
}
async function loadBaseline(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new UserError(`--baseline ${path}: cannot read the file`);
  }
  return parseBaseline(text, path);
}

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
    text = await readFile2(path, "utf8");
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

// src/discovery/history.ts
import { readFile as readFile3 } from "node:fs/promises";
import { basename } from "node:path";

// src/discovery/git.ts
import { spawn, execFile } from "node:child_process";
var BASE_ARGS = ["--no-replace-objects", "-c", "core.fsmonitor=false", "-c", "core.quotePath=false"];
var GIT_ENV = { GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" };
function env() {
  return { ...process.env, ...GIT_ENV };
}
var GitError = class extends Error {
  constructor(args, code, stderr) {
    super(
      `git ${args.join(" ")} failed${code !== null ? ` (exit ${code})` : ""}: ${stderr.trim().split("\n")[0] ?? ""}`
    );
    this.args = args;
    this.code = code;
    this.stderr = stderr;
    this.name = "GitError";
  }
  args;
  code;
  stderr;
};
function git(repo, args, maxBuffer = 16 * 1024 * 1024) {
  return new Promise((res, rej) => {
    execFile(
      "git",
      [...BASE_ARGS, ...args],
      { cwd: repo, env: env(), encoding: "buffer", maxBuffer, windowsHide: true },
      (err, stdout, stderr) => {
        if (err) {
          const code = typeof err.code === "number" ? err.code : null;
          rej(new GitError(args, code, stderr?.toString("utf8") || err.message));
        } else res(stdout);
      }
    );
  });
}
async function gitText(repo, args) {
  try {
    return (await git(repo, args)).toString("utf8").trim();
  } catch (e) {
    if (e instanceof GitError) return void 0;
    throw e;
  }
}
async function assertRepository(repo) {
  try {
    await git(repo, ["rev-parse", "--git-dir"]);
  } catch (e) {
    if (e instanceof GitError) throw new UserError(`${repo}: not a git repository (${e.stderr.trim().split("\n")[0]})`);
    throw new UserError(`${repo}: cannot run git (${e.message})`);
  }
}
function headCommit(repo) {
  return gitText(repo, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
}
async function resolveCommit(repo, rev) {
  if (rev.startsWith("-")) throw new UserError(`invalid revision "${rev}"`);
  const id = await gitText(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
  if (!id) throw new UserError(`unknown revision "${rev}"`);
  return id;
}
async function commonGitDir(repo) {
  const dir = await gitText(repo, ["rev-parse", "--path-format=absolute", "--git-common-dir"]);
  if (!dir) throw new UserError(`${repo}: cannot locate the git directory`);
  return dir;
}
var ChunkReader = class {
  buf = Buffer.alloc(0);
  it;
  done = false;
  constructor(stream) {
    this.it = stream[Symbol.asyncIterator]();
  }
  async fill() {
    if (this.done) return false;
    const r = await this.it.next();
    if (r.done) {
      this.done = true;
      return false;
    }
    this.buf = this.buf.length ? Buffer.concat([this.buf, r.value]) : r.value;
    return true;
  }
  /** Bytes up to (not including) `sep`, or undefined at the end of the stream. Throws when a record exceeds max. */
  async readUntil(sep, max = 64 * 1024 * 1024) {
    let from = 0;
    for (; ; ) {
      const i = this.buf.indexOf(sep, from);
      if (i >= 0) {
        const rec = this.buf.subarray(0, i);
        this.buf = this.buf.subarray(i + 1);
        return rec;
      }
      from = this.buf.length;
      if (this.buf.length > max) throw new Error(`git output record longer than ${max} bytes`);
      if (!await this.fill()) {
        if (this.buf.length === 0) return void 0;
        const rec = this.buf;
        this.buf = Buffer.alloc(0);
        return rec;
      }
    }
  }
  /** Passes exactly `n` bytes to `sink` in chunks as they arrive (never more than one chunk in memory). */
  async readExact(n, sink) {
    let left = n;
    while (left > 0) {
      if (this.buf.length === 0 && !await this.fill()) throw new Error(`git output ended ${left} bytes early`);
      const take = Math.min(left, this.buf.length);
      const chunk = this.buf.subarray(0, take);
      this.buf = this.buf.subarray(take);
      left -= take;
      await sink(chunk);
    }
  }
};
function startGit(repo, args) {
  const child = spawn("git", [...BASE_ARGS, ...args], {
    cwd: repo,
    env: env(),
    stdio: ["pipe", "pipe", "pipe"],
    windowsHide: true
  });
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (d) => {
    if (stderr.length < 8192) stderr += d;
  });
  child.stdin.on("error", () => {
  });
  const finished = new Promise((res, rej) => {
    child.on("error", (e) => rej(new GitError(args, null, e.message)));
    child.on("close", (code) => code === 0 ? res() : rej(new GitError(args, code, stderr)));
  });
  finished.catch(() => {
  });
  return { reader: new ChunkReader(child.stdout), finished, kill: () => child.kill(), stdin: child.stdin };
}
async function* gitRecords(repo, args, sep = 0) {
  const c = startGit(repo, args);
  c.stdin.end();
  let complete = false;
  try {
    for (; ; ) {
      const rec = await c.reader.readUntil(sep);
      if (rec === void 0) break;
      yield rec;
    }
    await c.finished;
    complete = true;
  } finally {
    if (!complete) c.kill();
  }
}
async function* lsTree(repo, commit) {
  for await (const rec of gitRecords(repo, ["ls-tree", "-r", "-z", "--full-tree", "--end-of-options", commit])) {
    const s = rec.toString("utf8");
    const tab = s.indexOf("	");
    if (tab < 0) continue;
    const [mode, type, oid] = s.slice(0, tab).split(" ");
    if (!mode || !type || !oid) continue;
    yield { mode, type, oid, path: s.slice(tab + 1) };
  }
}
function isRegularFileMode(mode) {
  return mode === "100644" || mode === "100755" || mode === "100664";
}
async function catFileBatch(repo, oids, onObject) {
  const c = startGit(repo, ["cat-file", "--batch", "--buffer"]);
  let complete = false;
  const requested = [];
  const writer = (async () => {
    for (const oid of oids) {
      if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(oid)) throw new Error(`not an object id: ${oid}`);
      requested.push(oid);
      if (!c.stdin.write(`${oid}
`)) await new Promise((r) => c.stdin.once("drain", () => r()));
    }
    c.stdin.end();
  })();
  writer.catch(() => c.kill());
  try {
    let i = 0;
    for (; ; ) {
      const line = await c.reader.readUntil(10, 4096);
      if (line === void 0) break;
      const parts = line.toString("utf8").split(" ");
      const want = requested[i++];
      if (parts[1] === "missing" || parts[1] === "ambiguous") {
        await onObject({ oid: parts[0] ?? want ?? "", type: "missing", size: 0, missing: true }, async () => {
        });
        continue;
      }
      const [oid, type, sizeText] = parts;
      const size = Number(sizeText);
      if (!oid || !type || !Number.isSafeInteger(size) || size < 0)
        throw new Error(`unexpected git cat-file header: ${line.toString("utf8").slice(0, 200)}`);
      let consumed = false;
      await onObject({ oid, type, size, missing: false }, async (sink) => {
        if (consumed) throw new Error("object body read twice");
        consumed = true;
        await c.reader.readExact(size, sink);
      });
      if (!consumed) await c.reader.readExact(size, () => {
      });
      await c.reader.readExact(1, () => {
      });
    }
    await writer;
    await c.finished;
    complete = true;
  } finally {
    if (!complete) c.kill();
  }
}

// src/discovery/blob.ts
import { createHash as createHash2 } from "node:crypto";
import { open, stat, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
var DEFAULT_MEMORY_BLOB_BYTES = 32 * 1024 * 1024;
var counter = 0;
async function materializeBlob(size, body, opts) {
  const hash = createHash2("sha256");
  if (size <= opts.memoryLimit) {
    const buf = Buffer.allocUnsafe(size);
    let at = 0;
    await body((chunk) => {
      chunk.copy(buf, at);
      at += chunk.length;
      hash.update(chunk);
    });
    return { source: new BufferSource(buf), size, sha256: hash.digest("hex"), dispose: async () => {
    } };
  }
  const path = join(opts.tmpDir, `blob-${process.pid}-${++counter}`);
  const fh = await open(path, "wx", 384);
  try {
    await body(async (chunk) => {
      hash.update(chunk);
      let off = 0;
      while (off < chunk.length) {
        const { bytesWritten } = await fh.write(chunk, off, chunk.length - off);
        off += bytesWritten;
      }
    });
  } finally {
    await fh.close();
  }
  const src = await FileSource.open(path);
  return {
    source: src,
    size,
    sha256: hash.digest("hex"),
    dispose: async () => {
      await src.close();
      await rm(path, { force: true });
    }
  };
}
async function blobTempDir() {
  const dir = await mkdtemp(join(tmpdir(), "modelgate-blobs-"));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
var LFS_VERSIONS = /* @__PURE__ */ new Set([
  "https://git-lfs.github.com/spec/v1",
  "https://hawser.github.com/spec/v1",
  "http://git-media.io/v/2"
]);
var LFS_POINTER_MAX_BYTES = 1024;
async function parseLfsPointer(src) {
  if (src.size >= LFS_POINTER_MAX_BYTES || src.size < 20) return void 0;
  const text = (await src.read(0, src.size)).toString("utf8");
  const lines = text.split("\n");
  const first = lines[0];
  if (!first.startsWith("version ") || !LFS_VERSIONS.has(first.slice(8))) return void 0;
  let oid;
  let size;
  for (const line of lines.slice(1)) {
    if (line === "") continue;
    const sp = line.indexOf(" ");
    const key = line.slice(0, sp);
    const value = line.slice(sp + 1);
    if (key === "oid") {
      const m = /^sha256:([0-9a-f]{64})$/.exec(value);
      if (!m) return void 0;
      oid = m[1];
    } else if (key === "size") {
      if (!/^\d{1,16}$/.test(value)) return void 0;
      size = Number(value);
    }
  }
  return oid !== void 0 && size !== void 0 && Number.isSafeInteger(size) ? { oid, size } : void 0;
}
async function lfsObjectsDir(repo) {
  const common = await commonGitDir(repo);
  const storage = await gitText(repo, ["config", "--get", "lfs.storage"]);
  return join(storage ? resolve(common, storage) : join(common, "lfs"), "objects");
}
async function localLfsObject(objectsDir, p) {
  const path = join(objectsDir, p.oid.slice(0, 2), p.oid.slice(2, 4), p.oid);
  try {
    const st = await stat(path);
    return st.isFile() && st.size === p.size ? path : void 0;
  } catch {
    return void 0;
  }
}

// src/discovery/history.ts
function parseShard(text) {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count)
    throw new UserError(`--shard must be i/n with 1 <= i <= n (got "${text}")`);
  return { index, count };
}
function shardOf(oid, count) {
  return parseInt(oid.slice(0, 8), 16) % count + 1;
}
function revisionArgs(scope) {
  if (scope.all && scope.range) throw new UserError("--all and --range cannot be combined");
  const opts = [];
  if (scope.since !== void 0) {
    if (scope.since.trim() === "") throw new UserError("--since needs a date");
    opts.push(`--since=${scope.since}`);
  }
  if (scope.all) return [...opts, "--all", "--end-of-options"];
  const rev = scope.range ?? "HEAD";
  if (rev.startsWith("-") || /\s/.test(rev)) throw new UserError(`invalid --range "${rev}"`);
  return [...opts, "--end-of-options", rev];
}
var ZERO_OID = /^0+$/;
async function walkHistory(repo, scope) {
  const blobs = /* @__PURE__ */ new Map();
  const seenCommits = /* @__PURE__ */ new Set();
  let order = 0;
  const record = (oid, path, intro) => {
    let b = blobs.get(oid);
    if (!b) {
      b = { oid, paths: /* @__PURE__ */ new Set(), introducedBy: intro, order: order++ };
      blobs.set(oid, b);
    }
    b.paths.add(path);
  };
  const shallow = await shallowCommits(repo);
  const finish = async (c) => {
    if (!c) return;
    const ref = shallow.has(c.ref.commit) ? { ...c.ref, beforeScope: true } : c.ref;
    for (const ch of c.changes) record(ch.oid, ch.path, ref);
    if (c.firstParent !== void 0 && !seenCommits.has(c.firstParent)) {
      const own = new Set(c.changes.map((ch) => `${ch.oid}\0${ch.path}`));
      for await (const e of lsTree(repo, c.ref.commit)) {
        if (e.type !== "blob" || !isRegularFileMode(e.mode) || own.has(`${e.oid}\0${e.path}`)) continue;
        record(e.oid, e.path, { ...c.ref, beforeScope: true });
      }
    }
    seenCommits.add(c.ref.commit);
  };
  const args = [
    "log",
    "--date-order",
    "--reverse",
    "--root",
    "--raw",
    "--no-renames",
    "--no-abbrev",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--no-show-signature",
    "--diff-merges=first-parent",
    "-z",
    "--format=%x01%H%x00%P%x00%aI%x00%an <%ae>",
    ...revisionArgs(scope),
    "--"
  ];
  let current;
  let commits = 0;
  let expect = "any";
  let meta;
  let header = { commit: "", parents: [], date: "" };
  try {
    for await (const rec of gitRecords(repo, args)) {
      let tok = rec.toString("utf8");
      if (expect === "path") {
        expect = "any";
        if (meta && !meta.status.startsWith("D") && isRegularFileMode(meta.mode) && !ZERO_OID.test(meta.oid))
          current.changes.push({ oid: meta.oid, path: tok });
        meta = void 0;
        continue;
      }
      if (expect === "parents") {
        header.parents = tok.split(" ").filter(Boolean);
        expect = "date";
        continue;
      }
      if (expect === "date") {
        header.date = tok;
        expect = "author";
        continue;
      }
      if (expect === "author") {
        current = {
          ref: { commit: header.commit, date: header.date, author: tok },
          firstParent: header.parents[0],
          changes: []
        };
        commits++;
        expect = "any";
        continue;
      }
      tok = tok.replace(/^\n+/, "");
      if (tok === "") continue;
      if (tok.startsWith("")) {
        await finish(current);
        current = void 0;
        header = { commit: tok.slice(1), parents: [], date: "" };
        expect = "parents";
      } else if (tok.startsWith(":") && current) {
        const [, newMode, , newOid, status] = tok.slice(1).split(" ");
        meta = { mode: newMode ?? "", oid: newOid ?? "", status: status ?? "" };
        expect = "path";
      } else {
        throw new Error(`unexpected git log output: ${JSON.stringify(tok.slice(0, 80))}`);
      }
    }
    await finish(current);
  } catch (e) {
    if (e instanceof GitError) {
      const msg = e.stderr.trim().split("\n")[0] ?? e.message;
      if (/does not have any commits|unknown revision|bad revision|ambiguous argument/i.test(msg))
        throw new UserError(`cannot walk history (${msg})`);
    }
    throw e;
  }
  return { commits, blobs };
}
async function shallowCommits(repo) {
  const file = await gitText(repo, ["rev-parse", "--path-format=absolute", "--git-path", "shallow"]);
  if (!file) return /* @__PURE__ */ new Set();
  try {
    return new Set((await readFile3(file, "utf8")).split("\n").filter((l) => /^[0-9a-f]{40,64}$/.test(l)));
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
async function headBlobs(repo, head) {
  const set = /* @__PURE__ */ new Set();
  if (!head) return set;
  for await (const e of lsTree(repo, head)) if (e.type === "blob") set.add(e.oid);
  return set;
}
function primaryPath(b) {
  const paths = [...b.paths];
  return paths.find((p) => looksLikeModel(basename(p))) ?? paths[0];
}
function comparePaths(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function sortHistoryFiles(files) {
  return files.sort((a, b) => comparePaths(a.path, b.path) || comparePaths(a.blob ?? "", b.blob ?? ""));
}
function reportForBlob(analysed, b, name, size, sha256, opts) {
  let best;
  const primary = primaryPath(b);
  for (const path of [primary, ...[...b.paths].filter((p) => p !== primary)]) {
    const r = reportFor(analysed, { path, size, sha256, explicit: false, name }, opts);
    if (!r) return void 0;
    if (!best || r.findings.length > best.findings.length) best = r;
  }
  return best;
}
function withHistory(r, b, atHead) {
  r.blob = b.oid;
  r.paths = [...b.paths].sort(comparePaths);
  r.introducedBy = b.introducedBy;
  r.atHead = atHead;
  return r;
}
function notAnalysedReport(b, format, size, sha256, ruleId, message, opts) {
  const path = primaryPath(b);
  const run = new FileRun(path, opts.config.limits, dispatch);
  run.format = format;
  new AnalysisContext(run, void 0, 0, basename(path)).report(ruleId, message);
  return reportFor({ formats: [format], run }, { path, size, sha256, explicit: true, name: basename(path) }, opts);
}
async function analyzeLfs(pointer, objectsDir, b, pointerSize, pointerSha, opts) {
  const objectPath = await localLfsObject(objectsDir, pointer);
  if (!objectPath) {
    const r = notAnalysedReport(
      b,
      "lfs-pointer",
      pointerSize,
      pointerSha,
      "GEN-003",
      `Not analysed: Git LFS object ${pointer.oid} (${pointer.size} bytes) is not in the local LFS store; run \`git lfs fetch --all\` before the audit`,
      opts
    );
    r.lfs = { ...pointer, present: false };
    return r;
  }
  const src = await FileSource.open(objectPath);
  try {
    const name = basename(primaryPath(b));
    const [analysed, sha256] = await Promise.all([
      analyzeSource(src, primaryPath(b), name, opts.config.limits),
      sha256File(objectPath)
    ]);
    if (sha256 !== pointer.oid) {
      const r2 = notAnalysedReport(
        b,
        "lfs-pointer",
        pointerSize,
        pointerSha,
        "GEN-003",
        `Not analysed: the local Git LFS object for ${pointer.oid} has different content (sha256 ${sha256}); the store is corrupt`,
        opts
      );
      r2.lfs = { ...pointer, present: false };
      return r2;
    }
    const r = reportForBlob(analysed, b, name, src.size, sha256, opts) ?? reportForUnknown(analysed, b, name, src, sha256, opts);
    r.lfs = { ...pointer, present: true };
    return r;
  } finally {
    await src.close();
  }
}
function reportForUnknown(analysed, b, name, src, sha256, opts) {
  return reportFor(analysed, { path: primaryPath(b), size: src.size, sha256, explicit: true, name }, opts);
}
function historyReport(files, opts, counts, info) {
  const r = buildReport(sortHistoryFiles(files), opts.failOn);
  Object.assign(r.summary, counts);
  r.history = info;
  return r;
}
async function auditHistory(repo, opts) {
  await assertRepository(repo);
  if (opts.scope.range) {
    for (const end of opts.scope.range.split(/\.{2,3}/)) if (end) await resolveCommit(repo, end);
  }
  const head = await headCommit(repo);
  const walk = await walkHistory(repo, opts.scope);
  const atHead = await headBlobs(repo, head);
  let selected = [...walk.blobs.values()];
  if (opts.shard) selected = selected.filter((b) => shardOf(b.oid, opts.shard.count) === opts.shard.index);
  const blobsSeen = selected.length;
  let skipped = [];
  if (opts.maxBlobs !== void 0 && selected.length > opts.maxBlobs) {
    const ranked = [...selected].sort(
      (a, b) => Number(looksLikeModel(basename(primaryPath(b)))) - Number(looksLikeModel(basename(primaryPath(a)))) || a.order - b.order
    );
    skipped = ranked.slice(opts.maxBlobs);
    selected = ranked.slice(0, opts.maxBlobs).sort((a, b) => a.order - b.order);
  }
  const files = [];
  let blobsScanned = 0;
  const tmp = await blobTempDir();
  const memoryLimit = opts.memoryBlobBytes ?? DEFAULT_MEMORY_BLOB_BYTES;
  let objectsDir;
  try {
    const byOid = new Map(selected.map((b) => [b.oid, b]));
    await catFileBatch(
      repo,
      selected.map((b) => b.oid),
      async (h, body) => {
        const b = byOid.get(h.oid);
        if (!b) return;
        if (h.missing || h.type !== "blob") {
          files.push(
            withHistory(
              notAnalysedReport(
                b,
                "unknown",
                0,
                "",
                "GEN-012",
                `Could not read git object ${b.oid} (missing from this clone: shallow or partial clone?)`,
                opts
              ),
              b,
              atHead.has(b.oid)
            )
          );
          return;
        }
        const blob = await materializeBlob(h.size, body, { memoryLimit, tmpDir: tmp.dir });
        try {
          const report = await analyzeBlob(blob.source, blob.size, blob.sha256, b, opts, async () => {
            objectsDir ??= await lfsObjectsDir(repo);
            return objectsDir;
          });
          if (report) {
            blobsScanned++;
            files.push(withHistory(report, b, atHead.has(b.oid)));
          }
        } finally {
          await blob.dispose();
        }
      }
    );
  } finally {
    await tmp.cleanup();
  }
  if (skipped.length) files.push(capReport(skipped, opts));
  const info = {};
  if (head) info.head = head;
  if (opts.scope.all) info.all = true;
  if (opts.scope.range) info.range = opts.scope.range;
  if (opts.scope.since) info.since = opts.scope.since;
  if (opts.maxBlobs !== void 0) info.maxBlobs = opts.maxBlobs;
  if (opts.shard) info.shard = opts.shard;
  return historyReport(files, opts, { commitsWalked: walk.commits, blobsSeen, blobsScanned }, info);
}
async function analyzeBlob(src, size, sha256, b, opts, objectsDir) {
  const name = basename(primaryPath(b));
  try {
    const pointer = await parseLfsPointer(src);
    if (pointer) return await analyzeLfs(pointer, await objectsDir(), b, size, sha256, opts);
    const analysed = await analyzeSource(src, primaryPath(b), name, opts.config.limits);
    return reportForBlob(analysed, b, name, size, sha256, opts);
  } catch (e) {
    return notAnalysedReport(
      b,
      "unknown",
      size,
      sha256,
      "GEN-012",
      `Could not analyse the blob: ${errorMessage(e)}`,
      opts
    );
  }
}
function capReport(skipped, opts) {
  const modelNamed = skipped.filter((b) => looksLikeModel(basename(primaryPath(b))));
  const rule = getRule("GEN-007");
  const path = `(history: ${skipped.length} blob(s) not read)`;
  const run = new FileRun(path, opts.config.limits, dispatch);
  run.format = "unknown";
  new AnalysisContext(run, void 0, 0, path).report(
    rule.id,
    `Not analysed: --max-blobs ${opts.maxBlobs} reached; ${skipped.length} distinct blob(s) were not read (${modelNamed.length} with model-like names)`,
    { evidence: String(skipped.length) }
  );
  const r = reportFor({ formats: [], run }, { path, size: 0, sha256: "", explicit: true, name: path }, opts);
  r.paths = [...new Set(modelNamed.flatMap((b) => [...b.paths]))].sort(comparePaths).slice(0, 1e3);
  return r;
}

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
import { readFile as readFile4, writeFile as writeFile3 } from "node:fs/promises";

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
    text = await readFile4(path, "utf8");
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

// src/cli.ts
process.exitCode = await runCli(process.argv.slice(2));
