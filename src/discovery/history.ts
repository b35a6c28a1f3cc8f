// History audit: every blob of every commit in scope, each distinct blob read once (by object id), recognised by
// content and analysed like a file. Nothing is checked out. Cost grows with distinct blobs, not with commits:
// each commit contributes only what it changed relative to its first parent (a full tree listing only where the
// walk starts), and every blob is read once from one `git cat-file --batch`.
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { UserError } from '../errors.js'
import type { CommitRef, FileReport, HistoryInfo, Report } from '../engine/types.js'
import { analyzeSource, buildReport, reportFor, type ScanOptions } from '../engine/scan.js'
import { AnalysisContext, FileRun } from '../engine/context.js'
import { dispatch } from '../engine/dispatch.js'
import { FileSource, type ByteSource } from '../engine/source.js'
import { looksLikeModel } from '../engine/extensions.js'
import { sha256File } from '../engine/hash.js'
import { getRule } from '../policy/catalogue.js'
import { errorMessage } from '../errors.js'
import {
  assertRepository,
  catFileBatch,
  GitError,
  gitRecords,
  gitText,
  headCommit,
  isRegularFileMode,
  lsTree,
  resolveCommit
} from './git.js'
import {
  DEFAULT_MEMORY_BLOB_BYTES,
  blobTempDir,
  lfsObjectsDir,
  localLfsObject,
  materializeBlob,
  parseLfsPointer,
  type LfsPointer
} from './blob.js'

export interface HistoryScope {
  /** Every ref (`--all`). */
  all?: boolean
  /** A revision range such as `main..feature` or `v1.0..HEAD`. */
  range?: string
  /** Only commits after this date (anything `git log --since` accepts). */
  since?: string
}

export interface Shard {
  /** 1-based. */
  index: number
  count: number
}

export interface HistoryOptions extends ScanOptions {
  scope: HistoryScope
  /** Read at most this many distinct blobs (model-named first); the rest is reported as not analysed. */
  maxBlobs?: number
  shard?: Shard
  /** Blobs up to this size are analysed from memory, larger ones from a temporary file. */
  memoryBlobBytes?: number
}

export interface BlobInfo {
  oid: string
  /** Every path the blob had, in walk order. */
  paths: Set<string>
  introducedBy: CommitRef
  /** Position in the walk, for a deterministic order. */
  order: number
}

export interface HistoryWalk {
  commits: number
  blobs: Map<string, BlobInfo>
}

export function parseShard(text: string): Shard {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text)
  const index = m ? Number(m[1]) : NaN
  const count = m ? Number(m[2]) : NaN
  if (!m || count < 1 || index < 1 || index > count)
    throw new UserError(`--shard must be i/n with 1 <= i <= n (got "${text}")`)
  return { index, count }
}

/** Which shard a blob belongs to: a deterministic split by object id, the same on every runner. */
export function shardOf(oid: string, count: number): number {
  return (parseInt(oid.slice(0, 8), 16) % count) + 1
}

function revisionArgs(scope: HistoryScope): string[] {
  if (scope.all && scope.range) throw new UserError('--all and --range cannot be combined')
  const opts: string[] = []
  if (scope.since !== undefined) {
    if (scope.since.trim() === '') throw new UserError('--since needs a date')
    opts.push(`--since=${scope.since}`)
  }
  if (scope.all) return [...opts, '--all', '--end-of-options']
  const rev = scope.range ?? 'HEAD'
  if (rev.startsWith('-') || /\s/.test(rev)) throw new UserError(`invalid --range "${rev}"`)
  return [...opts, '--end-of-options', rev]
}

const ZERO_OID = /^0+$/

/**
 * Walks the commits in scope, oldest first (parents before children), and records each distinct blob with every
 * path it had and the first commit that had it.
 */
export async function walkHistory(repo: string, scope: HistoryScope): Promise<HistoryWalk> {
  const blobs = new Map<string, BlobInfo>()
  const seenCommits = new Set<string>()
  let order = 0
  const record = (oid: string, path: string, intro: CommitRef): void => {
    let b = blobs.get(oid)
    if (!b) {
      b = { oid, paths: new Set(), introducedBy: intro, order: order++ }
      blobs.set(oid, b)
    }
    b.paths.add(path)
  }

  interface Pending {
    ref: CommitRef
    firstParent?: string
    changes: { oid: string; path: string }[]
  }
  // A commit whose first parent is outside the walk gets its whole tree listed: those blobs are in the commit too.
  // In a shallow clone the cut-off commits look like roots; what they hold may have been introduced earlier.
  const shallow = await shallowCommits(repo)
  const finish = async (c: Pending | undefined): Promise<void> => {
    if (!c) return
    const ref = shallow.has(c.ref.commit) ? { ...c.ref, beforeScope: true } : c.ref
    for (const ch of c.changes) record(ch.oid, ch.path, ref)
    if (c.firstParent !== undefined && !seenCommits.has(c.firstParent)) {
      const own = new Set(c.changes.map((ch) => `${ch.oid}\0${ch.path}`))
      for await (const e of lsTree(repo, c.ref.commit)) {
        if (e.type !== 'blob' || !isRegularFileMode(e.mode) || own.has(`${e.oid}\0${e.path}`)) continue
        record(e.oid, e.path, { ...c.ref, beforeScope: true })
      }
    }
    seenCommits.add(c.ref.commit)
  }

  const args = [
    'log',
    '--date-order',
    '--reverse',
    '--root',
    '--raw',
    '--no-renames',
    '--no-abbrev',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-show-signature',
    '--diff-merges=first-parent',
    '-z',
    '--format=%x01%H%x00%P%x00%aI%x00%an <%ae>',
    ...revisionArgs(scope),
    '--'
  ]
  let current: Pending | undefined
  let commits = 0
  // Positional parse of NUL-separated tokens: header (4 tokens), then pairs of raw meta + path.
  let expect: 'any' | 'parents' | 'date' | 'author' | 'path' = 'any'
  let meta: { oid: string; mode: string; status: string } | undefined
  let header: { commit: string; parents: string[]; date: string } = { commit: '', parents: [], date: '' }
  try {
    for await (const rec of gitRecords(repo, args)) {
      let tok = rec.toString('utf8')
      if (expect === 'path') {
        expect = 'any'
        if (meta && !meta.status.startsWith('D') && isRegularFileMode(meta.mode) && !ZERO_OID.test(meta.oid))
          current!.changes.push({ oid: meta.oid, path: tok })
        meta = undefined
        continue
      }
      if (expect === 'parents') {
        header.parents = tok.split(' ').filter(Boolean)
        expect = 'date'
        continue
      }
      if (expect === 'date') {
        header.date = tok
        expect = 'author'
        continue
      }
      if (expect === 'author') {
        current = {
          ref: { commit: header.commit, date: header.date, author: tok },
          firstParent: header.parents[0],
          changes: []
        }
        commits++
        expect = 'any'
        continue
      }
      tok = tok.replace(/^\n+/, '')
      if (tok === '') continue
      if (tok.startsWith('\x01')) {
        await finish(current)
        current = undefined
        header = { commit: tok.slice(1), parents: [], date: '' }
        expect = 'parents'
      } else if (tok.startsWith(':') && current) {
        // :oldmode newmode oldoid newoid status
        const [, newMode, , newOid, status] = tok.slice(1).split(' ')
        meta = { mode: newMode ?? '', oid: newOid ?? '', status: status ?? '' }
        expect = 'path'
      } else {
        throw new Error(`unexpected git log output: ${JSON.stringify(tok.slice(0, 80))}`)
      }
    }
    await finish(current)
  } catch (e) {
    if (e instanceof GitError) {
      const msg = e.stderr.trim().split('\n')[0] ?? e.message
      if (/does not have any commits|unknown revision|bad revision|ambiguous argument/i.test(msg))
        throw new UserError(`cannot walk history (${msg})`)
    }
    throw e
  }
  return { commits, blobs }
}

/** The commits a shallow clone was cut at (`<git dir>/shallow`); empty for a full clone. */
async function shallowCommits(repo: string): Promise<Set<string>> {
  const file = await gitText(repo, ['rev-parse', '--path-format=absolute', '--git-path', 'shallow'])
  if (!file) return new Set()
  try {
    return new Set((await readFile(file, 'utf8')).split('\n').filter((l) => /^[0-9a-f]{40,64}$/.test(l)))
  } catch {
    return new Set()
  }
}

/** Blob ids in HEAD's tree (empty when there is no HEAD). */
export async function headBlobs(repo: string, head: string | undefined): Promise<Set<string>> {
  const set = new Set<string>()
  if (!head) return set
  for await (const e of lsTree(repo, head)) if (e.type === 'blob') set.add(e.oid)
  return set
}

/** The path a blob is analysed and reported under: the first model-like path, else the first path. */
export function primaryPath(b: BlobInfo): string {
  const paths = [...b.paths]
  return paths.find((p) => looksLikeModel(basename(p))) ?? paths[0]!
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Files of a history report in a fixed order (so shard merges equal the unsharded report). */
export function sortHistoryFiles(files: FileReport[]): FileReport[] {
  return files.sort((a, b) => comparePaths(a.path, b.path) || comparePaths(a.blob ?? '', b.blob ?? ''))
}

/**
 * Policy globs match paths; a blob that had several paths keeps a finding unless every path suppresses it
 * (fail closed): the report under the path with the most findings kept is used.
 */
function reportForBlob(
  analysed: Awaited<ReturnType<typeof analyzeSource>>,
  b: BlobInfo,
  name: string,
  size: number,
  sha256: string,
  opts: ScanOptions
): FileReport | undefined {
  let best: FileReport | undefined
  const primary = primaryPath(b)
  for (const path of [primary, ...[...b.paths].filter((p) => p !== primary)]) {
    const r = reportFor(analysed, { path, size, sha256, explicit: false, name }, opts)
    if (!r) return undefined
    if (!best || r.findings.length > best.findings.length) best = r
  }
  return best
}

function withHistory(r: FileReport, b: BlobInfo, atHead: boolean): FileReport {
  r.blob = b.oid
  r.paths = [...b.paths].sort(comparePaths)
  r.introducedBy = b.introducedBy
  r.atHead = atHead
  return r
}

/** A report for content the audit could not analyse (missing LFS object, unreadable object). */
function notAnalysedReport(
  b: BlobInfo,
  format: 'lfs-pointer' | 'unknown',
  size: number,
  sha256: string,
  ruleId: string,
  message: string,
  opts: ScanOptions
): FileReport {
  const path = primaryPath(b)
  const run = new FileRun(path, opts.config.limits, dispatch)
  run.format = format
  new AnalysisContext(run, undefined, 0, basename(path)).report(ruleId, message)
  return reportFor({ formats: [format], run }, { path, size, sha256, explicit: true, name: basename(path) }, opts)!
}

async function analyzeLfs(
  pointer: LfsPointer,
  objectsDir: string,
  b: BlobInfo,
  pointerSize: number,
  pointerSha: string,
  opts: ScanOptions
): Promise<FileReport> {
  const objectPath = await localLfsObject(objectsDir, pointer)
  if (!objectPath) {
    const r = notAnalysedReport(
      b,
      'lfs-pointer',
      pointerSize,
      pointerSha,
      'GEN-003',
      `Not analysed: Git LFS object ${pointer.oid} (${pointer.size} bytes) is not in the local LFS store; run \`git lfs fetch --all\` before the audit`,
      opts
    )
    r.lfs = { ...pointer, present: false }
    return r
  }
  const src = await FileSource.open(objectPath)
  try {
    const name = basename(primaryPath(b))
    const [analysed, sha256] = await Promise.all([
      analyzeSource(src, primaryPath(b), name, opts.config.limits),
      sha256File(objectPath, src.size)
    ])
    if (sha256 !== pointer.oid) {
      const r = notAnalysedReport(
        b,
        'lfs-pointer',
        pointerSize,
        pointerSha,
        'GEN-003',
        `Not analysed: the local Git LFS object for ${pointer.oid} has different content (sha256 ${sha256}); the store is corrupt`,
        opts
      )
      r.lfs = { ...pointer, present: false }
      return r
    }
    const r =
      reportForBlob(analysed, b, name, src.size, sha256, opts) ?? reportForUnknown(analysed, b, name, src, sha256, opts)
    r.lfs = { ...pointer, present: true }
    return r
  } finally {
    await src.close()
  }
}

/** LFS content is always reported (the pointer says it is tracked as a large file), even when no model. */
function reportForUnknown(
  analysed: Awaited<ReturnType<typeof analyzeSource>>,
  b: BlobInfo,
  name: string,
  src: ByteSource,
  sha256: string,
  opts: ScanOptions
): FileReport {
  return reportFor(analysed, { path: primaryPath(b), size: src.size, sha256, explicit: true, name }, opts)!
}

export interface HistoryCounts {
  commitsWalked: number
  blobsSeen: number
  blobsScanned: number
}

/** Builds a history report: the usual report plus commitsWalked, blobsSeen, blobsScanned and `history`. */
export function historyReport(
  files: FileReport[],
  opts: ScanOptions,
  counts: HistoryCounts,
  info: HistoryInfo
): Report {
  const r = buildReport(sortHistoryFiles(files), opts.failOn)
  Object.assign(r.summary, counts)
  r.history = info
  return r
}

/** Runs a history audit of `repo` (any directory inside a git work tree, or a bare repository). */
export async function auditHistory(repo: string, opts: HistoryOptions): Promise<Report> {
  await assertRepository(repo)
  if (opts.scope.range) {
    // Fail early with a clear message on a typo'd range end.
    for (const end of opts.scope.range.split(/\.{2,3}/)) if (end) await resolveCommit(repo, end)
  }
  const head = await headCommit(repo)
  const walk = await walkHistory(repo, opts.scope)
  const atHead = await headBlobs(repo, head)

  let selected = [...walk.blobs.values()]
  if (opts.shard) selected = selected.filter((b) => shardOf(b.oid, opts.shard!.count) === opts.shard!.index)
  const blobsSeen = selected.length
  let skipped: BlobInfo[] = []
  if (opts.maxBlobs !== undefined && selected.length > opts.maxBlobs) {
    // Model-named blobs first, then walk order: the cap cuts what is least likely to be a model.
    const ranked = [...selected].sort(
      (a, b) =>
        Number(looksLikeModel(basename(primaryPath(b)))) - Number(looksLikeModel(basename(primaryPath(a)))) ||
        a.order - b.order
    )
    skipped = ranked.slice(opts.maxBlobs)
    selected = ranked.slice(0, opts.maxBlobs).sort((a, b) => a.order - b.order)
  }

  const files: FileReport[] = []
  let blobsScanned = 0
  const tmp = await blobTempDir()
  const memoryLimit = opts.memoryBlobBytes ?? DEFAULT_MEMORY_BLOB_BYTES
  let objectsDir: string | undefined
  try {
    const byOid = new Map(selected.map((b) => [b.oid, b]))
    await catFileBatch(
      repo,
      selected.map((b) => b.oid),
      async (h, body) => {
        const b = byOid.get(h.oid)
        if (!b) return
        if (h.missing || h.type !== 'blob') {
          // A shallow or partial clone: the object is referenced but not here. Fail closed.
          files.push(
            withHistory(
              notAnalysedReport(
                b,
                'unknown',
                0,
                '',
                'GEN-012',
                `Could not read git object ${b.oid} (missing from this clone: shallow or partial clone?)`,
                opts
              ),
              b,
              atHead.has(b.oid)
            )
          )
          return
        }
        const blob = await materializeBlob(h.size, body, { memoryLimit, tmpDir: tmp.dir })
        try {
          const report = await analyzeBlob(blob.source, blob.size, blob.sha256, b, opts, async () => {
            objectsDir ??= await lfsObjectsDir(repo)
            return objectsDir
          })
          if (report) {
            blobsScanned++
            files.push(withHistory(report, b, atHead.has(b.oid)))
          }
        } finally {
          await blob.dispose()
        }
      }
    )
  } finally {
    await tmp.cleanup()
  }
  if (skipped.length) files.push(capReport(skipped, opts))

  const info: HistoryInfo = {}
  if (head) info.head = head
  if (opts.scope.all) info.all = true
  if (opts.scope.range) info.range = opts.scope.range
  if (opts.scope.since) info.since = opts.scope.since
  if (opts.maxBlobs !== undefined) info.maxBlobs = opts.maxBlobs
  if (opts.shard) info.shard = opts.shard
  return historyReport(files, opts, { commitsWalked: walk.commits, blobsSeen, blobsScanned }, info)
}

/** Analyses one blob's content. Undefined when it is neither a model nor model-named (nothing to report). */
async function analyzeBlob(
  src: ByteSource,
  size: number,
  sha256: string,
  b: BlobInfo,
  opts: ScanOptions,
  objectsDir: () => Promise<string>
): Promise<FileReport | undefined> {
  const name = basename(primaryPath(b))
  try {
    const pointer = await parseLfsPointer(src)
    if (pointer) return await analyzeLfs(pointer, await objectsDir(), b, size, sha256, opts)
    const analysed = await analyzeSource(src, primaryPath(b), name, opts.config.limits)
    return reportForBlob(analysed, b, name, size, sha256, opts)
  } catch (e) {
    return notAnalysedReport(
      b,
      'unknown',
      size,
      sha256,
      'GEN-012',
      `Could not analyse the blob: ${errorMessage(e)}`,
      opts
    )
  }
}

/** Fail closed when --max-blobs cut the audit short: one finding naming how much was not read. */
function capReport(skipped: BlobInfo[], opts: HistoryOptions): FileReport {
  const modelNamed = skipped.filter((b) => looksLikeModel(basename(primaryPath(b))))
  const rule = getRule('GEN-007')
  const path = `(history: ${skipped.length} blob(s) not read)`
  const run = new FileRun(path, opts.config.limits, dispatch)
  run.format = 'unknown'
  new AnalysisContext(run, undefined, 0, path).report(
    rule.id,
    `Not analysed: --max-blobs ${opts.maxBlobs} reached; ${skipped.length} distinct blob(s) were not read (${modelNamed.length} with model-like names)`,
    { evidence: String(skipped.length) }
  )
  const r = reportFor({ formats: [], run }, { path, size: 0, sha256: '', explicit: true, name: path }, opts)!
  r.paths = [...new Set(modelNamed.flatMap((b) => [...b.paths]))].sort(comparePaths).slice(0, 1000)
  return r
}
