// The shared fixture manifest (fixtures/manifest.json, made with the real frameworks by the fixtures generator):
// every file whose top level is a pickle or an uncompressed joblib stream must get the pickle rules, severity and
// import inventory the manifest expects. Rules of other analyzers (NPY-, PT-, CTR-) are checked by their tests.
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, scanJson } from './helpers/cli.js'

interface Entry {
  file: string
  malicious: boolean
  expect: { format: string; rules: string[]; minSeverity: string; imports: string[]; runtimeImports?: string[] }
}

const RANK: Record<string, number> = { none: -1, info: 0, low: 1, medium: 2, high: 3, critical: 4 }
/** Files whose outer layer another analyzer decides (compression wrapper, zip view of a polyglot). */
const OTHER_LAYER = /_(bz2|gzip|lz4|lzma|xz|zlib)\.joblib$|polyglot_pickle_zip\.pkl$/
const MINE = /^(PKL|JBL|GEN-002)/

const manifest: Entry[] = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'manifest.json'), 'utf8')).fixtures
const entries = manifest.filter((e) => ['pickle', 'joblib'].includes(e.expect.format) && !OTHER_LAYER.test(e.file))
const { report } = scanJson(entries.map((e) => join(ROOT, e.file)))
const byPath = new Map<string, any>(report.files.map((f: any) => [f.path.slice(ROOT.length + 1), f]))

describe('fixtures/manifest.json: pickle and joblib files', () => {
  test('covers the pickle family', () => {
    expect(entries.length).toBeGreaterThan(50)
  })

  test.each(entries.map((e) => [e.file, e] as const))('%s', (_file, e) => {
    const f = byPath.get(e.file)
    expect(f).toBeDefined()
    expect(f.format).toBe(e.expect.format)
    const ids = new Set<string>(f.findings.map((x: any) => x.ruleId))
    for (const r of e.expect.rules.filter((r) => MINE.test(r)))
      expect([e.file, r, ids.has(r)]).toEqual([e.file, r, true])
    const worst = Math.max(-1, ...f.findings.map((x: any) => RANK[x.severity]!))
    if (e.expect.rules.every((r) => MINE.test(r))) {
      if (e.expect.minSeverity === 'none') expect(f.findings.filter((x: any) => RANK[x.severity]! > 0)).toEqual([])
      else expect(worst).toBeGreaterThanOrEqual(RANK[e.expect.minSeverity]!)
    }
    // static imports are all found; anything more must be what the real unpickler imports at run time
    const got = new Set<string>(f.imports)
    for (const i of e.expect.imports) expect([i, got.has(i)]).toEqual([i, true])
    const allowed = new Set([...e.expect.imports, ...(e.expect.runtimeImports ?? [])])
    for (const i of got) expect([i, allowed.has(i)]).toEqual([i, true])
    if (!e.malicious && e.expect.rules.every((r) => MINE.test(r))) expect(f.verdict).not.toBe('fail')
  })
})
