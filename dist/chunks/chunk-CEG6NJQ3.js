import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  AnalysisContext,
  FileRun,
  analyzeSource,
  buildReport,
  dispatch,
  fileVerdict,
  looksLikeModel,
  overallVerdict,
  reportFor
} from "./chunk-C4J24DK5.js";
import {
  sha256File
} from "./chunk-CE4VDKG2.js";
import {
  BufferSource,
  FileSource
} from "./chunk-YOEQFNW7.js";
import {
  SEVERITY_RANK
} from "./chunk-ZU6UYXQT.js";
import {
  RULES,
  getRule
} from "./chunk-GU5GTTD4.js";
import {
  UserError,
  errorMessage
} from "./chunk-AKY6SPXF.js";

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
  async readUntil(sep2, max = 64 * 1024 * 1024) {
    let from = 0;
    for (; ; ) {
      const i = this.buf.indexOf(sep2, from);
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
async function* gitRecords(repo, args, sep2 = 0) {
  const c = startGit(repo, args);
  c.stdin.end();
  let complete = false;
  try {
    for (; ; ) {
      const rec = await c.reader.readUntil(sep2);
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
async function blobAt(repo, commit, path) {
  if (commit.startsWith("-")) return void 0;
  const out = await gitText(repo, [
    "--literal-pathspecs",
    "ls-tree",
    "-z",
    "--full-tree",
    "--end-of-options",
    commit,
    "--",
    path
  ]);
  for (const rec of out?.split("\0") ?? []) {
    const tab = rec.indexOf("	");
    if (tab < 0 || rec.slice(tab + 1) !== path) continue;
    const [mode, type, oid] = rec.slice(0, tab).split(" ");
    return type === "blob" && oid && mode ? { oid, mode } : void 0;
  }
  return void 0;
}

// src/discovery/history.ts
import { readFile as readFile2 } from "node:fs/promises";
import { basename } from "node:path";

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
async function readBlob(repo, oid, opts) {
  let out;
  await catFileBatch(repo, [oid], async (h, body) => {
    if (h.missing || h.type !== "blob") return;
    out = await materializeBlob(h.size, body, opts);
  });
  return out;
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
    return new Set((await readFile2(file, "utf8")).split("\n").filter((l) => /^[0-9a-f]{40,64}$/.test(l)));
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
      sha256File(objectPath, src.size)
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
  const walk2 = await walkHistory(repo, opts.scope);
  const atHead = await headBlobs(repo, head);
  let selected = [...walk2.blobs.values()];
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
  return historyReport(files, opts, { commitsWalked: walk2.commits, blobsSeen, blobsScanned }, info);
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

// src/discovery/walk.ts
import { lstat, readdir, readlink, realpath } from "node:fs/promises";
import { join as join2, relative, resolve as resolve2, sep, isAbsolute, dirname } from "node:path";
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
        link: await linkInfo(given, dirname(resolve2(given)))
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
    const p = join2(dir, e.name);
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

// src/report/sarif.ts
import { createHash as createHash3 } from "node:crypto";
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
function fingerprint2(path, f) {
  const key = [f.ruleId, path, f.member ?? "", f.evidence ?? f.message].join("\0");
  return `${createHash3("sha256").update(key).digest("hex").slice(0, 32)}:1`;
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
  return oneLine(`${f.message}${where ? ` (${where})` : ""}.`.replace(/\.\.$/, "."));
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
      partialFingerprints: { primaryLocationLineHash: fingerprint2(file.path, f) },
      // Pull requests compared with their base: whether the base branch already had the finding.
      ...file.changes ? { baselineState: f.preExisting ? "unchanged" : "new" } : {},
      properties: {
        severity: f.severity,
        ...f.member !== void 0 ? { member: oneLine(f.member) } : {},
        ...f.offset !== void 0 ? { offset: f.offset } : {},
        ...f.evidence !== void 0 ? { evidence: oneLine(f.evidence) } : {},
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
  fileDigest,
  fingerprint,
  countSummary,
  extraSummary,
  parseBaseline,
  applyBaseline,
  loadBaseline,
  lsTree,
  blobAt,
  DEFAULT_MEMORY_BLOB_BYTES,
  blobTempDir,
  parseLfsPointer,
  lfsObjectsDir,
  localLfsObject,
  readBlob,
  parseShard,
  sortHistoryFiles,
  auditHistory,
  linkInfo,
  collectTargets,
  renderJson,
  oneLine,
  mdText,
  mdCode,
  mdFence,
  forWorkflowCommand,
  renderSarif,
  renderText
};
