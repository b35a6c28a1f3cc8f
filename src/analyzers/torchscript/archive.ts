// TorchScript archives (torch.jit.save, format-rules.md §6): the code/ tree is read as TorchScript source, the
// pickles (data.pkl, constants.pkl, *.debug_pkl, mobile bytecode.pkl) go to the pickle machine with the
// TorchScript unpickler profile, and every member — extra/ files included — is analysed by content.
import type { Archive, ArchiveEntry, ArchiveProfile } from '../zip/archive.js'
import type { AnalysisContext } from '../../engine/context.js'
import { readAll, type ByteSource } from '../../engine/source.js'
import { SEVERITY_RANK, type Severity } from '../../engine/types.js'
import { analyzeEntry, executableByContent, memberPathOf, openMember } from '../zip/members.js'
import { analyzePickledContent } from '../pytorch/pickled.js'
import { declareReferencedTensors, reportUnreferencedRecords } from '../pytorch/zip.js'
import type { PickleResult } from '../pickle/types.js'
import { scanOperatorNames, scanSource, selfCalls, trivialBody, type ClassInfo, type CodeHit } from './code.js'
import { checkpointName } from './names.js'
import { reportSecrets } from '../secrets/index.js'

/** Largest code file decoded and scanned. */
const MAX_CODE_BYTES = 32 * 1024 * 1024
/** Findings of one rule reported per file before summarising the rest. */
const MAX_HITS_PER_RULE = 50
/** Methods whose definition on the top-level module hijacks state-dict style access (§6.3 TS-005). */
const MAPPING_METHODS = new Set([
  'items',
  'keys',
  'values',
  'get',
  '__getitem__',
  '__iter__',
  '__len__',
  '__contains__',
  'state_dict'
])

interface CodeFile {
  member: string
  rel: string
  text: string
  classes: ClassInfo[]
  hits: CodeHit[]
  code: string
}

/** The archive prefix of a TorchScript record (`<prefix>/constants.pkl`, `<prefix>/code/…`). */
const RECORD = /^([^/]+)\/(constants\.pkl$|code\/|model\.json$|attributes\.pkl$)/

function layout(a: Archive): { legacy: boolean } | undefined {
  let modern = false
  let legacy = false
  for (const e of a.entries) {
    const m = RECORD.exec(e.name)
    if (!m) continue
    if (m[2] === 'constants.pkl' || m[2] === 'code/') modern = true
    else legacy = true
  }
  if (legacy && a.entries.some((e) => /^[^/]+\/(attributes\.pkl|code\/|tensors\/)/.test(e.name)))
    return { legacy: true }
  return modern ? { legacy: false } : undefined
}

/** `__torch__.a.b` for `code/__torch__/a/b.py`. */
function modulePath(rel: string): string {
  return rel
    .replace(/^code\//, '')
    .replace(/\.py$/, '')
    .split('/')
    .join('.')
}

/** The module class data.pkl instantiates first: `c__torch__\nName\n` right after PROTO (fallback only). */
async function rawRootClass(src: ByteSource): Promise<string | undefined> {
  const head = (await src.read(0, 512)).toString('latin1')
  const m = /^\x80[\x02-\x05]c([\w.]+)\n([\w.]+)\n/.exec(head)
  return m ? `${m[1]}.${m[2]}` : undefined
}

/** The storage keys a pickle's persistent ids name (`('storage', type, key, location, numel)`). */
function storageKeys(result: PickleResult): Set<string> {
  const keys = new Set<string>()
  for (const { pid } of result.persistentIds) if (Array.isArray(pid) && typeof pid[2] === 'string') keys.add(pid[2])
  return keys
}

class TorchScriptRun {
  readonly files: CodeFile[] = []
  rootClass: string | undefined
  opHits: { member: string; hit: Omit<CodeHit, 'line'> }[] = []
  /** Tensor names handed to the weights stage so far (data.pkl's and constants.pkl's share one namespace). */
  private readonly tensorNames = new Set<string>()
  /** data.pkl's storage keys, once it was read to the end: every record under data/ should be one of them. */
  private dataKeys: { prefix: string; keys: Set<string> } | undefined

  constructor(
    private readonly archive: Archive,
    private readonly ctx: AnalysisContext
  ) {}

  async member(e: ArchiveEntry): Promise<void> {
    const { ctx, archive } = this
    const slash = e.name.indexOf('/')
    const rel = slash >= 0 ? e.name.slice(slash + 1) : e.name
    const base = rel.slice(rel.lastIndexOf('/') + 1)
    if (e.isSymlink) return
    if (/^(code|libs)\/.*\.py$/.test(rel)) {
      const src = await openMember(archive, e, ctx)
      if (src) await this.code(e, rel, src)
      await analyzeEntry(archive, e, ctx)
    } else if (/^(data|constants|attributes|bytecode)\.pkl$/.test(rel) || base.endsWith('.debug_pkl')) {
      const src = await openMember(archive, e, ctx)
      if (!src) return
      try {
        await this.pickle(e, rel, src)
      } finally {
        await archive.release?.(e)
      }
    } else if (rel.startsWith('extra/')) {
      const { formats } = await analyzeEntry(archive, e, ctx)
      const src = await openMember(archive, e, ctx)
      const exe = src ? executableByContent(Buffer.from(await src.read(0, 1024))) : undefined
      await archive.release?.(e)
      if (formats.length || exe)
        ctx.report('TS-011', `Extra file ${rel.slice(6, 200)} holds ${exe ?? `${formats.join('+')} content`}`, {
          member: memberPathOf(archive, ctx, e),
          evidence: exe ?? formats.join('+')
        })
    } else {
      await analyzeEntry(archive, e, ctx)
    }
  }

  private async code(e: ArchiveEntry, rel: string, src: ByteSource): Promise<void> {
    const member = memberPathOf(this.archive, this.ctx, e)
    if (src.size > MAX_CODE_BYTES) {
      this.ctx.report('GEN-007', `Not analysed: TorchScript source ${rel} is larger than ${MAX_CODE_BYTES} bytes`, {
        member
      })
      return
    }
    const text = (await readAll(src)).toString('utf8')
    reportSecrets(this.ctx, text, `TorchScript source ${rel}`, undefined, member)
    const facts = scanSource(text, modulePath(rel))
    this.files.push({ member, rel, text, classes: facts.classes, hits: facts.hits, code: facts.code })
  }

  /** data.pkl, constants.pkl, *.debug_pkl, bytecode.pkl: torch unpickles them whatever they contain. */
  private async pickle(e: ArchiveEntry, rel: string, src: ByteSource): Promise<void> {
    const mctx = this.ctx.child(e.name, true)
    const result = await analyzePickledContent(src, mctx, { profile: 'torchscript' })
    if (rel === 'data.pkl' && this.rootClass === undefined)
      this.rootClass = result?.imports.find((i) => i.name.startsWith('__torch__.'))?.name ?? (await rawRootClass(src))
    // module parameters live in data/ (named by attribute path: fc1.weight), tensor constants of the code in
    // constants/ (a tuple: they keep their record names): both reach the weights stage
    const prefix = e.name.slice(0, -rel.length - 1)
    if (rel === 'data.pkl' && result?.complete) this.dataKeys = { prefix, keys: storageKeys(result) }
    const folder = rel === 'data.pkl' ? 'data' : rel === 'constants.pkl' ? 'constants' : undefined
    if (folder && result) {
      const named = folder === 'data' ? result : { ...result, tensorViews: [] }
      await declareReferencedTensors(this.archive, this.ctx, prefix, folder, named, this.tensorNames)
    }
    if (rel === 'bytecode.pkl') {
      if (src.size > MAX_CODE_BYTES) {
        mctx.report('GEN-007', `Not analysed: operator table of ${rel} larger than ${MAX_CODE_BYTES} bytes`)
        return
      }
      for (const { hit } of scanOperatorNames(await readAll(src))) this.opHits.push({ member: mctx.member!, hit })
    }
  }

  /** Reports per-file hits and the archive-level rules (TS-004, TS-005, TS-010 severity, PT-003, PT-016). */
  finish(): void {
    const { ctx } = this
    this.unreferencedData()
    const all = this.files.flatMap((f) => f.hits)
    const writes = all.some((h) => h.rule === 'TS-001') || this.opHits.some((o) => o.hit.rule === 'TS-001')
    const fileIo = writes || all.some((h) => h.rule === 'TS-002') || this.opHits.some((o) => o.hit.rule === 'TS-002')
    let dangerous = this.opHits.some((o) => SEVERITY_RANK[o.hit.severity] >= SEVERITY_RANK.high)

    for (const f of this.files) {
      const counts = new Map<string, number>()
      for (const h of f.hits) {
        const n = (counts.get(h.rule) ?? 0) + 1
        counts.set(h.rule, n)
        if (n > MAX_HITS_PER_RULE) continue
        let severity: Severity = h.severity
        if (h.rule === 'TS-010' && fileIo) severity = 'high'
        if (h.rule !== 'TS-010' && h.rule !== 'TS-012' && SEVERITY_RANK[severity] >= SEVERITY_RANK.high)
          dangerous = true
        ctx.report(h.rule, `TorchScript ${f.rel}:${h.line} ${h.message}`, {
          member: f.member,
          offset: Buffer.byteLength(f.text.slice(0, h.index)),
          severity,
          evidence: h.evidence
        })
      }
      for (const [rule, n] of counts)
        if (n > MAX_HITS_PER_RULE)
          ctx.report(rule, `TorchScript ${f.rel}: ${n - MAX_HITS_PER_RULE} more ${rule} matches not listed`, {
            member: f.member
          })
    }
    for (const o of this.opHits)
      ctx.report(o.hit.rule, `Mobile bytecode ${o.hit.message}`, {
        member: o.member,
        offset: o.hit.index,
        severity: o.hit.severity,
        evidence: o.hit.evidence
      })

    for (const f of this.files)
      for (const cls of f.classes) {
        const setstate = cls.methods.find((m) => m.name === '__setstate__')
        if (setstate) {
          const reach = this.reachableHits(f, cls, setstate.name, ['TS-001', 'TS-002', 'TS-003'])
          const bad = reach.find((h) => h.rule !== 'TS-003' || h.severity === 'high')
          dangerous = true
          ctx.report(
            'TS-004',
            `TorchScript class ${cls.qualified} defines __setstate__, which torch.jit.load runs while loading` +
              (bad ? `; it reaches ${bad.evidence} (${f.rel}:${bad.line})` : ''),
            {
              member: f.member,
              severity: bad ? 'critical' : 'high',
              evidence: bad ? `${cls.qualified}.__setstate__ -> ${bad.evidence}` : `${cls.qualified}.__setstate__`
            }
          )
        }
        const top = this.rootClass === undefined || this.rootClass === cls.qualified
        if (!top) continue
        for (const m of cls.methods) {
          if (!MAPPING_METHODS.has(m.name) || trivialBody(f.code.slice(m.start, m.end))) continue
          const reach = this.reachableHits(f, cls, m.name, ['TS-001', 'TS-002', 'TS-003'])
          const write = reach.find((h) => h.rule === 'TS-001')
          const other = reach[0]
          dangerous = true
          ctx.report(
            'TS-005',
            `TorchScript ${this.rootClass ? 'top-level module' : 'module'} ${cls.qualified} defines ${m.name}(), which state-dict loaders call` +
              (other ? `; it reaches ${other.evidence} (${f.rel}:${other.line})` : ''),
            {
              member: f.member,
              severity: write ? 'critical' : 'high',
              evidence: `${cls.qualified}.${m.name}${other ? ` -> ${other.evidence}` : ''}`
            }
          )
        }
      }

    const cp = checkpointName(ctx.name)
    if (cp) {
      const severity: Severity = dangerous ? 'critical' : cp.severity
      ctx.report(
        'PT-003',
        `TorchScript archive named like a checkpoint (${cp.why}): torch.load takes the torch.jit.load path for it` +
          (dangerous ? ' and its code has file, custom-operator or load-time hooks' : ''),
        { severity, evidence: ctx.name.slice(0, 120) }
      )
    }
  }

  /** PT-016: records under data/ that data.pkl never references: torch.jit.load ignores them, a payload need not. */
  private unreferencedData(): void {
    if (this.dataKeys)
      reportUnreferencedRecords(this.archive, this.ctx, `${this.dataKeys.prefix}/data/`, this.dataKeys.keys)
  }

  /** Hits of `rules` inside method `name` of `cls` and the same-class methods it calls (transitively). */
  private reachableHits(f: CodeFile, cls: ClassInfo, name: string, rules: string[]): CodeHit[] {
    const byName = new Map(cls.methods.map((m) => [m.name, m]))
    const seen = new Set<string>()
    const queue = [name]
    const out: CodeHit[] = []
    while (queue.length) {
      const n = queue.shift()!
      const m = byName.get(n)
      if (!m || seen.has(n)) continue
      seen.add(n)
      for (const h of f.hits) if (rules.includes(h.rule) && h.index >= m.start && h.index < m.end) out.push(h)
      for (const c of selfCalls(f.code.slice(m.start, m.end))) queue.push(c)
    }
    return out.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity])
  }
}

export const profile: ArchiveProfile = {
  id: 'torchscript',
  match: (a) => layout(a) !== undefined,
  // TorchScript source is part of the format; the TS rules examine it (no CTR-009 for it).
  expectsCode: (e) => /^[^/]+\/(code|libs)\/.*\.py$/.test(e.name),
  async analyze(archive, ctx) {
    ctx.setFormat('torchscript')
    const shape = layout(archive)
    if (shape?.legacy)
      ctx.report('TS-009', 'Legacy TorchScript archive (model.json / attributes.pkl), loaded by the pre-1.3 importer', {
        evidence: 'model.json'
      })
    const run = new TorchScriptRun(archive, ctx)
    for (const e of archive.entries) {
      ctx.checkDeadline()
      if (!e.isDirectory) await run.member(e)
    }
    run.finish()
  }
}
