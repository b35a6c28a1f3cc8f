// The integrity stage, run after the per-file scan: resolves Git LFS pointers to their objects (analysing the
// object as the model), verifies checksum manifests and OpenSSF model signatures found next to the scanned files
// or configured, then records an `integrity` entry and any findings on every FileReport.
import { lstat, open, readdir } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { Target } from '../discovery/walk.js'
import type { FileReport, Finding, FormatId, IntegrityResult } from '../engine/types.js'
import { FileSource } from '../engine/source.js'
import { getRule } from '../policy/catalogue.js'
import { errorMessage } from '../errors.js'
import { LFS_POINTER_MAX_BYTES, parseLfsPointer } from '../analyzers/lfs/pointer.js'
import { isSumsName, sidecarTarget, verifyManifest, type ManifestResult } from './checksums.js'
import { ContentStore } from './content.js'
import { checkLfsObject, findGitDir, lfsObjectPath } from './lfs.js'
import { emptyIntegrityOptions, type IntegrityOptions } from './options.js'
import { isIgnored, SIGNATURE_FILE, verifyModelSignature, type SignatureCheck } from './signing/verify.js'
import { DETACHED_SUFFIXES, verifyDetached } from './signing/detached.js'
import { hashFile } from './hash.js'

/** What the stage needs from the engine (passed in, so the engine and this stage do not import each other). */
export interface StageEngine {
  /** Re-analyses `src` as the model at `path` (LFS object behind a pointer) and returns its report. */
  analyze(src: FileSource, path: string, name: string, size: number, sha256: string): Promise<FileReport | undefined>
  /** Builds a report from raw findings (policy applied, verdict set). */
  finish(base: Omit<FileReport, 'verdict' | 'findings' | 'suppressed'>, raw: Finding[]): FileReport
  /** Adds raw findings to a finished report (policy applied, verdict recomputed). */
  addFindings(rep: FileReport, raw: Finding[]): void
  maxEntries: number
  maxManifestBytes: number
}

/** Formats the stage gives to the files it reports itself. */
export const SIGNATURE_FORMAT: FormatId = 'model-signature'
export const MANIFEST_FORMAT: FormatId = 'checksum-manifest'

function finding(ruleId: string, message: string, evidence?: string, severity?: Finding['severity']): Finding {
  const f: Finding = { ruleId, severity: severity ?? getRule(ruleId).severity, message }
  if (evidence !== undefined) f.evidence = evidence
  return f
}

function toPosix(p: string): string {
  return p.split(sep).join('/')
}

function within(dir: string, path: string): boolean {
  const r = relative(dir, path)
  return r === '' || (!r.startsWith('..') && !isAbsolute(r))
}

class Stage {
  readonly store = new ContentStore()
  /** Report of each absolute path. */
  readonly byPath = new Map<string, FileReport>()
  /** Reports the stage created or claimed (signatures, manifests): never "model files". */
  readonly own = new Set<FileReport>()
  readonly pending = new Map<FileReport, Finding[]>()
  private readonly dirCache = new Map<string, Promise<string[]>>()
  private readonly absoluteDisplay: boolean

  constructor(
    readonly reports: FileReport[],
    readonly targets: Target[],
    readonly opts: IntegrityOptions,
    readonly engine: StageEngine
  ) {
    const byDisplay = new Map(targets.map((t) => [t.display, t]))
    for (const r of reports) {
      const t = byDisplay.get(r.path)
      if (t && !t.link) this.byPath.set(resolve(t.fsPath), r)
    }
    this.absoluteDisplay = targets.length > 0 && targets.every((t) => isAbsolute(t.fsPath))
  }

  display(abs: string): string {
    for (const [p, r] of this.byPath) if (p === abs) return r.path
    const root = this.opts.displayRoot ? resolve(this.opts.displayRoot) : undefined
    if (root && within(root, abs)) return toPosix(relative(root, abs))
    const rel = relative(process.cwd(), abs)
    return toPosix(this.absoluteDisplay || rel.startsWith('..') || isAbsolute(rel) ? abs : rel)
  }

  add(rep: FileReport, f: Finding): void {
    this.pending.set(rep, [...(this.pending.get(rep) ?? []), f])
  }

  /** The report of a signature or manifest file: the walked one (if it was only "unknown") or a new one. */
  async ownReport(abs: string, format: FormatId): Promise<FileReport> {
    const existing = this.byPath.get(abs)
    if (existing) {
      if (existing.format === 'unknown' && existing.findings.every((f) => f.ruleId === 'GEN-009')) {
        const fresh = this.engine.finish({ ...existing, format, imports: [] }, [])
        Object.assign(existing, { format, findings: fresh.findings, verdict: fresh.verdict })
        delete existing.suppressed
      }
      this.own.add(existing)
      return existing
    }
    let size = 0
    let sha256 = ''
    try {
      size = (await lstat(abs)).size
      sha256 = await hashFile(abs, 'sha256')
    } catch {
      // unreadable: the findings say so
    }
    const rep = this.engine.finish({ path: this.display(abs), format, size, sha256, imports: [] }, [])
    this.reports.push(rep)
    this.byPath.set(abs, rep)
    this.own.add(rep)
    return rep
  }

  listDir(dir: string): Promise<string[]> {
    let p = this.dirCache.get(dir)
    if (!p) {
      p = readdir(dir).catch(() => [] as string[])
      this.dirCache.set(dir, p)
    }
    return p
  }

  private readonly gitTops = new Map<string, Promise<string | undefined>>()

  /** The worktree top of the repository holding `dir` (memoised per folder: every file of a folder asks). */
  gitTop(dir: string): Promise<string | undefined> {
    let p = this.gitTops.get(dir)
    if (!p) {
      p = findGitDir(dir).then((g) => g?.top)
      this.gitTops.set(dir, p)
    }
    return p
  }

  /** Folders from the file's own up to the repository top (or the scanned root, or only its own folder). */
  async ancestors(file: string): Promise<string[]> {
    const start = dirname(file)
    const top = await this.gitTop(start)
    const roots = this.opts.roots.map((r) => resolve(r)).filter((r) => within(r, file))
    const stop = top ?? roots.sort((a, b) => a.length - b.length)[0] ?? start
    const out: string[] = []
    for (let d = start; ; d = dirname(d)) {
      out.push(d)
      if (d === stop || !within(stop, d) || dirname(d) === d) break
    }
    return out
  }

  /** Model files: reports of the per-file scan that are not links and not the stage's own files. */
  modelReports(): [string, FileReport][] {
    return [...this.byPath].filter(([, r]) => !this.own.has(r) && r.format !== 'symlink')
  }
}

// ---- Git LFS --------------------------------------------------------------------------------------------------

async function resolvePointers(st: Stage): Promise<void> {
  for (const [abs, rep] of [...st.byPath]) {
    if (rep.format !== 'lfs-pointer' || !rep.findings.some((f) => f.ruleId === 'INT-010')) continue
    try {
      await resolvePointer(st, abs, rep)
    } catch (e) {
      st.add(rep, finding('GEN-011', `Internal error while resolving the Git LFS pointer: ${errorMessage(e)}`))
    }
  }
}

async function resolvePointer(st: Stage, abs: string, rep: FileReport): Promise<void> {
  let pointer
  try {
    const fh = await open(abs, 'r')
    const buf = Buffer.alloc(LFS_POINTER_MAX_BYTES)
    const { bytesRead } = await fh.read(buf, 0, LFS_POINTER_MAX_BYTES, 0)
    await fh.close()
    const parsed = parseLfsPointer(buf.subarray(0, bytesRead))
    if (!parsed.ok) return
    pointer = parsed.pointer
  } catch {
    return
  }
  const obj = await lfsObjectPath(abs, pointer.oid)
  if (!obj) {
    const git = await findGitDir(dirname(abs))
    const hint = git
      ? `fetch it with \`git lfs pull --include=${toPosix(relative(git.top, abs))}\` or check out with lfs: true`
      : 'the file is not in a git repository with an LFS store'
    rep.findings = rep.findings.map((f) => (f.ruleId === 'INT-010' ? { ...f, message: `${f.message}; ${hint}` } : f))
    return
  }
  const check = await checkLfsObject(obj, pointer)
  let src: FileSource
  try {
    src = await FileSource.open(obj)
  } catch (e) {
    st.add(rep, finding('GEN-012', `Could not read the LFS object ${obj}: ${errorMessage(e)}`))
    return
  }
  let fresh: FileReport | undefined
  try {
    fresh = await st.engine.analyze(src, rep.path, basename(abs), check.size, check.sha256)
  } finally {
    await src.close()
  }
  if (!fresh) return
  const extra = check.ok
    ? finding(
        'INT-012',
        `Git LFS pointer resolved: the local object (sha256:${pointer.oid}, ${pointer.size} bytes) was analysed`,
        `sha256:${pointer.oid}`
      )
    : finding(
        'INT-011',
        `The local Git LFS object does not match its pointer: ${check.reason}; the object was analysed as found`,
        `sha256:${pointer.oid}`
      )
  st.engine.addFindings(fresh, [extra])
  Object.assign(rep, fresh)
  if (!fresh.suppressed) delete rep.suppressed
  st.store.seed(obj, check.sha256)
}

// ---- discovery -------------------------------------------------------------------------------------------------

async function isRegularFile(p: string): Promise<boolean> {
  return (await lstat(p).catch(() => undefined))?.isFile() ?? false
}

interface SignatureRef {
  signature: string
  model?: string
  /** A detached signature of one file (`<file>.sig`, `.asc`, `.p7s`…): any format, sniffed by content. */
  detached?: boolean
}

async function discover(st: Stage): Promise<{ manifests: string[]; signatures: SignatureRef[] }> {
  const manifests = new Set<string>(st.opts.manifests.map((m) => resolve(m)))
  const signatures = new Map<string, SignatureRef>()
  for (const s of st.opts.signatures) {
    const sig = resolve(s.signature)
    signatures.set(`${sig}\0${s.model ? resolve(s.model) : ''}`, {
      signature: sig,
      ...(s.model ? { model: resolve(s.model) } : {})
    })
  }
  const autoSig = (p: string): void => {
    if (![...signatures.values()].some((s) => s.signature === p)) signatures.set(`${p}\0`, { signature: p })
  }
  for (const t of st.targets) {
    if (t.link) continue
    const abs = resolve(t.fsPath)
    const name = basename(abs)
    if (name === SIGNATURE_FILE) autoSig(abs)
    else if (isSumsName(name) || sidecarTarget(name) !== undefined) manifests.add(abs)
  }
  // each folder once: a PR of a thousand models in one folder must not list it a thousand times
  const seenDirs = new Set<string>()
  // a folder's ancestors are the same for every file in it (ancestors() depends on the folder and the roots)
  const listings = new Map<string, Set<string>>()
  for (const [abs] of st.modelReports()) {
    const folder = dirname(abs)
    let siblings = listings.get(folder)
    if (!siblings) {
      for (const dir of await st.ancestors(abs)) {
        if (seenDirs.has(dir)) continue
        seenDirs.add(dir)
        for (const name of await st.listDir(dir)) {
          const p = join(dir, name)
          if (name === SIGNATURE_FILE && (await isRegularFile(p))) autoSig(p)
          else if (isSumsName(name) && (await isRegularFile(p))) manifests.add(p)
        }
      }
      listings.set(folder, (siblings = new Set(await st.listDir(folder))))
    }
    // sidecars sit in the model's folder: look them up in its (cached) listing before asking the file system
    const name = basename(abs)
    if (siblings.has(`${name}.sha256`) && (await isRegularFile(`${abs}.sha256`))) manifests.add(`${abs}.sha256`)
    for (const suffix of DETACHED_SUFFIXES) {
      const p = abs + suffix
      if (!siblings.has(name + suffix) || basename(p) === SIGNATURE_FILE || signatures.has(`${p}\0${abs}`)) continue
      if (await isRegularFile(p)) signatures.set(`${p}\0${abs}`, { signature: p, model: abs, detached: true })
    }
  }
  return { manifests: [...manifests].sort(), signatures: [...signatures.values()] }
}

// ---- checksums -------------------------------------------------------------------------------------------------

async function runChecksums(st: Stage, paths: string[]): Promise<ManifestResult[]> {
  const results: ManifestResult[] = []
  for (const path of paths) {
    const mrep = await st.ownReport(path, MANIFEST_FORMAT)
    let res: ManifestResult
    try {
      res = await verifyManifest(path, st.store, st.engine.maxManifestBytes)
    } catch (e) {
      st.add(mrep, finding('INT-006', `Checksum manifest not analysed: ${errorMessage(e)}`))
      continue
    }
    results.push(res)
    if (res.unreadable) {
      st.add(mrep, finding('INT-006', `Checksum manifest not analysed: ${res.unreadable}`))
      continue
    }
    for (const m of res.malformed) st.add(mrep, finding('INT-005', `Line ${m.line}: ${m.reason}`, `line ${m.line}`))
    for (const r of res.results) {
      const name = r.entry.name
      switch (r.status) {
        case 'unsafe':
          st.add(
            mrep,
            finding(
              'INT-004',
              `Line ${r.entry.line}: ${JSON.stringify(name)} is absolute or leaves the manifest's folder; rejected`,
              name
            )
          )
          break
        case 'not-a-file':
          st.add(
            mrep,
            finding(
              'INT-004',
              `Line ${r.entry.line}: ${name} is a symbolic link or not a regular file; not followed`,
              name
            )
          )
          break
        case 'missing':
          st.add(mrep, finding('INT-002', `Line ${r.entry.line}: ${name} is listed but missing`, name))
          break
        case 'mismatch': {
          const f = finding(
            'INT-001',
            `${name}: ${r.entry.algorithm} ${r.actual}, but ${basename(path)} line ${r.entry.line} says ${r.entry.digest}`,
            r.entry.digest
          )
          const own = st.byPath.get(r.path!)
          if (own && !st.own.has(own)) st.add(own, f)
          else st.add(mrep, { ...f, evidence: name })
          break
        }
        default:
          break
      }
    }
  }
  return results
}

function checksumStatus(abs: string, results: ManifestResult[]): IntegrityResult['checksum'] {
  const mine = results.flatMap((m) => m.results.filter((r) => r.path === abs))
  if (mine.some((r) => r.status === 'mismatch')) return 'mismatch'
  if (mine.some((r) => r.status === 'verified')) return 'verified'
  if (mine.length === 0 && results.some((m) => m.kind === 'sums' && m.covers.has(dirname(abs)))) return 'missing'
  return 'none'
}

// ---- signatures ------------------------------------------------------------------------------------------------

function fileMessage(check: SignatureCheck, rel: string, status: string, detail?: string): Finding | undefined {
  const sig = basename(check.signaturePath)
  const what = rel === '.' ? basename(check.modelPath) : rel
  switch (status) {
    case 'changed':
      return finding(
        'INT-020',
        `${what} differs from the manifest signed in ${sig}${detail ? ` (${detail})` : ''}`,
        what
      )
    case 'extra':
      return finding(
        'INT-024',
        `${what} is in the signed model but not in the manifest of ${sig}${detail ? `: ${detail}` : ''}`,
        what
      )
    case 'missing':
      return finding('INT-025', `${what} is listed in ${sig} but missing`, what)
    default:
      return undefined
  }
}

async function runSignatures(st: Stage, list: SignatureRef[]): Promise<SignatureCheck[]> {
  const checks: SignatureCheck[] = []
  for (const s of list) {
    const srep = await st.ownReport(s.signature, SIGNATURE_FORMAT)
    let check: SignatureCheck
    try {
      check =
        s.detached && s.model
          ? await verifyDetached(s.signature, s.model, st.opts, st.store, st.engine.maxEntries)
          : await verifyModelSignature(s.signature, s.model, st.opts, st.store, st.engine.maxEntries)
    } catch (e) {
      st.add(srep, finding('INT-022', `Signature not analysed: ${errorMessage(e)}`))
      continue
    }
    checks.push(check)
    for (const n of check.notes) st.add(srep, finding(n.ruleId, n.message, n.evidence))
    for (const f of check.files) {
      const fnd = fileMessage(check, f.rel, f.status, f.detail)
      if (!fnd) continue
      const own = st.byPath.get(f.abs)
      if (own && !st.own.has(own)) st.add(own, fnd)
      else st.add(srep, fnd)
    }
  }
  return checks
}

type FileSignature = Pick<IntegrityResult, 'signature' | 'signer'>

/** What one signature says about one file it covers. `altered`: the file differs from what was signed. */
function statusUnder(c: SignatureCheck, abs: string): FileSignature & { altered: boolean } {
  const rel = c.modelIsFile ? '.' : toPosix(relative(c.modelPath, abs))
  if (!c.modelIsFile && isIgnored(rel, c.ignore)) return { signature: 'unsigned', altered: false }
  const f = c.files.find((x) => x.rel === rel)
  if (f?.status === 'unsigned') return { signature: 'unsigned', altered: false }
  const altered = f?.status === 'changed' || f?.status === 'extra'
  if (c.status === 'unsupported' && !altered) return { signature: 'unsupported', altered }
  if (c.status === 'verified' && f?.status === 'ok')
    return { signature: 'verified', ...(c.signer ? { signer: c.signer } : {}), altered }
  return { signature: 'invalid', altered }
}

/**
 * The signature status of one file under every signature that covers it: invalid as soon as one shows the file
 * altered; otherwise verified if one verifies it; otherwise the most telling of the rest.
 */
function signatureOf(abs: string, checks: SignatureCheck[]): FileSignature {
  const all = checks
    .filter((c) => (c.modelIsFile ? c.modelPath === abs : within(c.modelPath, abs)))
    .map((c) => statusUnder(c, abs))
  if (all.length === 0) return { signature: 'unsigned' }
  if (all.some((s) => s.altered)) return { signature: 'invalid' }
  const verified = all.find((s) => s.signature === 'verified')
  if (verified) return { signature: 'verified', ...(verified.signer ? { signer: verified.signer } : {}) }
  for (const s of ['invalid', 'unsupported'] as const) if (all.some((x) => x.signature === s)) return { signature: s }
  return { signature: 'unsigned' }
}

function ownSignatureStatus(check: SignatureCheck): Pick<IntegrityResult, 'signature' | 'signer'> {
  if (check.status === 'verified') return { signature: 'verified', ...(check.signer ? { signer: check.signer } : {}) }
  return { signature: check.status === 'unsupported' ? 'unsupported' : 'invalid' }
}

// ---- the stage -------------------------------------------------------------------------------------------------

/**
 * Runs every integrity check for a scan. `reports` is modified in place (entries updated, signature and manifest
 * reports appended); every report gets its `integrity` entry and verdicts reflect the new findings.
 */
export async function runIntegrityStage(
  targets: Target[],
  reports: FileReport[],
  engine: StageEngine,
  opts: IntegrityOptions = emptyIntegrityOptions()
): Promise<void> {
  const st = new Stage(reports, targets, opts, engine)
  for (const [abs, rep] of st.byPath) if (rep.format !== 'lfs-pointer' && rep.sha256) st.store.seed(abs, rep.sha256)
  await resolvePointers(st)
  const found = await discover(st)
  const manifests = await runChecksums(st, found.manifests)
  const checks = await runSignatures(st, found.signatures)

  for (const [abs, rep] of st.modelReports()) {
    const checksum = checksumStatus(abs, manifests)
    if (checksum === 'missing')
      st.add(
        rep,
        finding(
          'INT-003',
          `Not listed in the checksum manifest of its folder (${manifests
            .filter((m) => m.kind === 'sums' && m.covers.has(dirname(abs)))
            .map((m) => basename(m.manifest))
            .join(', ')})`
        )
      )
    const sig = signatureOf(abs, checks)
    rep.integrity = { sha256: rep.sha256, checksum, ...sig }
    if (opts.requireSignature && sig.signature !== 'verified')
      st.add(
        rep,
        finding(
          'INT-021',
          `No verified signature covers this file (signature: ${sig.signature}) and signatures are required`
        )
      )
  }
  for (const rep of reports) {
    if (rep.integrity) continue
    const check = checks.find((c) => st.byPath.get(c.signaturePath) === rep)
    rep.integrity = {
      sha256: rep.sha256,
      checksum: 'none',
      ...(check ? ownSignatureStatus(check) : { signature: 'unsigned' as const })
    }
  }
  for (const [rep, list] of st.pending) engine.addFindings(rep, list)
}
