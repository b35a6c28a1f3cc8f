// Checksum manifests: every syntax GNU coreutils writes (text, binary, --tag, escaped names, CRLF), sidecars, and
// the rule for each failure — checked on manifests made by the real sha256sum at test time and through the CLI.
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileOf, ruleIds, scanJson } from './helpers/cli.js'
import { copyDir, tmp, VECTORS } from './helpers/oms.js'
import { parseChecksums, parseSidecar } from '../src/integrity/checksums.js'

const sha = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex')

function sha256sum(dir: string, args: string[]): string {
  return execFileSync('sha256sum', args, { cwd: dir, encoding: 'utf8' })
}

/** A folder with model files whose names need every escape GNU knows. */
function modelFolder(): string {
  const dir = tmp()
  writeFileSync(join(dir, 'model.pkl'), 'pickle-bytes')
  writeFileSync(join(dir, 'back\\slash.pt'), 'torch-bytes')
  writeFileSync(join(dir, 'new\nline.bin'), 'bin-bytes')
  mkdirSync(join(dir, 'sub'))
  writeFileSync(join(dir, 'sub', 'w.safetensors'), 'st-bytes')
  return dir
}

const NAMES = ['model.pkl', 'back\\slash.pt', 'new\nline.bin', 'sub/w.safetensors']

function intRules(f: any): string[] {
  return ruleIds(f).filter((r) => r.startsWith('INT-'))
}

describe('parsing', () => {
  test.each([
    ['GNU text mode', []],
    ['GNU binary mode', ['-b']],
    ['BSD --tag', ['--tag']]
  ])('%s written by sha256sum, with escaped names', (_n, flags) => {
    const dir = modelFolder()
    const text = sha256sum(dir, [...flags, ...NAMES])
    const parsed = parseChecksums(text)
    expect(parsed.malformed).toEqual([])
    expect(parsed.entries.map((e) => [e.name, e.algorithm, e.digest])).toEqual(
      NAMES.map((n) => [n, 'sha256', sha(readFileSync(join(dir, n)))])
    )
  })

  test('CRLF lines, blank lines and comments', () => {
    const d = sha('x')
    const parsed = parseChecksums(`# made on Windows\r\n${d}  a.bin\r\n\r\n${d} *b.bin\r\n`)
    expect(parsed.entries.map((e) => [e.name, e.line])).toEqual([
      ['a.bin', 2],
      ['b.bin', 4]
    ])
    expect(parsed.malformed).toEqual([])
  })

  test('other digests by name and length: SHA512 tags, B2SUMS', () => {
    const d512 = createHash('sha512').update('x').digest('hex')
    const b2 = createHash('blake2b512').update('x').digest('hex')
    expect(parseChecksums(`SHA512 (x) = ${d512}\n`).entries[0]).toMatchObject({ algorithm: 'sha512', digest: d512 })
    expect(parseChecksums(`${b2}  x\n`, 'B2SUMS').entries[0]).toMatchObject({ algorithm: 'blake2b512' })
    expect(parseChecksums(`${b2}  x\n`, 'SHA512SUMS').entries[0]).toMatchObject({ algorithm: 'sha512' })
  })

  test('malformed lines are reported with their line numbers', () => {
    const parsed = parseChecksums(
      `${sha('x')}  ok\nnot a checksum line\nMD5 (x) = d41d8cd98f00b204e9800998ecf8427e\n${'ab'.repeat(20)}  short\n\\${sha('x')}  bad\\qescape\n`
    )
    expect(parsed.entries.map((e) => e.name)).toEqual(['ok'])
    expect(parsed.malformed.map((m) => m.line)).toEqual([2, 3, 4, 5])
  })

  test('sidecars: bare hex, a sha256sum line, a path to the file, another name', () => {
    const d = sha('x')
    expect(parseSidecar(`${d.toUpperCase()}\n`, 'm.gguf')).toMatchObject({
      entries: [{ name: 'm.gguf', digest: d }],
      malformed: []
    })
    expect(parseSidecar(`${d}  m.gguf\n`, 'm.gguf')).toMatchObject({ entries: [{ name: 'm.gguf' }], malformed: [] })
    expect(parseSidecar(`${d}  ./models/m.gguf\n`, 'm.gguf').malformed).toEqual([])
    expect(parseSidecar(`${d}  other.gguf\n`, 'm.gguf').malformed).toEqual([
      { line: 1, reason: 'names other.gguf, but the sidecar is for m.gguf' }
    ])
    expect(parseSidecar(`${d}  a\n${d}  b\n`, 'x').manifest).toBe(true)
  })
})

describe('verification through the CLI', () => {
  test.each([
    ['SHA256SUMS', []],
    ['SHA256SUMS', ['-b']],
    ['SHA256SUMS', ['--tag']],
    ['sha256sums.txt', []],
    ['checksums.sha256', []]
  ])('%s (sha256sum %p): every listed file verified', (name, flags) => {
    const dir = modelFolder()
    writeFileSync(join(dir, name), sha256sum(dir, [...flags, ...NAMES]))
    const { status, report } = scanJson([dir])
    expect(status).toBe(0)
    const models = report.files.filter((f: any) => f.format !== 'checksum-manifest')
    expect(models.map((f: any) => f.integrity.checksum)).toEqual(models.map(() => 'verified'))
    expect(models).toHaveLength(4)
    const m = fileOf(report, name)
    expect([m.format, m.findings]).toEqual(['checksum-manifest', []])
  })

  test('the shared fixture folder verifies against its own SHA256SUMS', () => {
    const dir = copyDir(VECTORS)
    const { report } = scanJson([dir])
    const m = fileOf(report, 'model-signing/SHA256SUMS')
    expect(m.findings).toEqual([])
    expect(fileOf(report, 'generated/model-dir/model.safetensors').integrity.checksum).toBe('verified')
  })

  test('a changed byte is critical (INT-001) on the changed file', () => {
    const dir = modelFolder()
    writeFileSync(join(dir, 'SHA256SUMS'), sha256sum(dir, NAMES))
    writeFileSync(join(dir, 'model.pkl'), 'pickle-bytez')
    const { status, report } = scanJson([dir])
    expect(status).toBe(1)
    const f = fileOf(report, 'model.pkl')
    expect(f.findings.find((x: any) => x.ruleId === 'INT-001')).toMatchObject({
      severity: 'critical',
      evidence: sha('pickle-bytes')
    })
    expect(f.integrity.checksum).toBe('mismatch')
    expect(fileOf(report, 'sub/w.safetensors').integrity.checksum).toBe('verified')
  })

  test('a tampered SHA256SUMS entry for a non-model file is reported on the manifest (INT-001)', () => {
    const dir = modelFolder()
    writeFileSync(join(dir, 'README.md'), 'readme')
    writeFileSync(join(dir, 'SHA256SUMS'), `${sha('other')}  README.md\n` + sha256sum(dir, NAMES))
    const m = fileOf(scanJson([dir]).report, 'SHA256SUMS')
    expect(m.findings).toEqual([
      expect.objectContaining({ ruleId: 'INT-001', severity: 'critical', evidence: 'README.md' })
    ])
  })

  test('a listed file that is missing is high (INT-002)', () => {
    const dir = modelFolder()
    writeFileSync(join(dir, 'SHA256SUMS'), sha256sum(dir, NAMES) + `${sha('gone')}  gone.pt\n`)
    const { status, report } = scanJson([dir])
    expect(status).toBe(1)
    expect(fileOf(report, 'SHA256SUMS').findings).toEqual([
      expect.objectContaining({ ruleId: 'INT-002', severity: 'high', evidence: 'gone.pt' })
    ])
  })

  test('a model file the folder manifest does not list is medium (INT-003)', () => {
    const dir = modelFolder()
    writeFileSync(join(dir, 'SHA256SUMS'), sha256sum(dir, NAMES))
    writeFileSync(join(dir, 'added.pt'), 'new-bytes')
    writeFileSync(join(dir, 'sub', 'added2.pt'), 'new-bytes')
    const { status, report } = scanJson([dir])
    expect(status).toBe(0)
    for (const p of ['/added.pt', 'sub/added2.pt']) {
      const f = fileOf(report, p)
      expect(f.findings.find((x: any) => x.ruleId === 'INT-003')).toMatchObject({ severity: 'medium' })
      expect([f.integrity.checksum, f.verdict]).toEqual(['missing', 'warn'])
    }
  })

  test('a manifest covers only its folder and the folders it lists', () => {
    const dir = modelFolder()
    writeFileSync(join(dir, 'SHA256SUMS'), sha256sum(dir, ['model.pkl']))
    const { report } = scanJson([dir])
    expect(fileOf(report, 'sub/w.safetensors').integrity.checksum).toBe('none')
    expect(intRules(fileOf(report, 'back\\slash.pt'))).toEqual(['INT-003'])
  })

  test.each(['../outside.pt', '/etc/passwd', 'sub/../../x.pt', '..\\..\\x.pt'])(
    'an entry %p that leaves the folder is rejected (INT-004) and never read',
    (name) => {
      const dir = modelFolder()
      writeFileSync(join(dir, 'SHA256SUMS'), sha256sum(dir, NAMES) + `${sha('x')}  ${name}\n`)
      const m = fileOf(scanJson([dir]).report, 'SHA256SUMS')
      expect(m.findings).toEqual([expect.objectContaining({ ruleId: 'INT-004', severity: 'high', evidence: name })])
    }
  )

  test('malformed lines are medium (INT-005)', () => {
    const dir = modelFolder()
    writeFileSync(join(dir, 'SHA256SUMS'), sha256sum(dir, NAMES) + 'garbage line\n')
    const m = fileOf(scanJson([dir]).report, 'SHA256SUMS')
    expect(m.findings).toEqual([expect.objectContaining({ ruleId: 'INT-005', severity: 'medium', evidence: 'line 5' })])
  })

  test('sidecars next to a model file: bare hex and sha256sum output; a mismatch is INT-001', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'a.gguf'), 'gguf-a')
    writeFileSync(join(dir, 'b.gguf'), 'gguf-b')
    writeFileSync(join(dir, 'a.gguf.sha256'), `${sha('gguf-a')}\n`)
    writeFileSync(join(dir, 'b.gguf.sha256'), sha256sum(dir, ['b.gguf']))
    let { report } = scanJson([join(dir, 'a.gguf'), join(dir, 'b.gguf')])
    expect(fileOf(report, 'a.gguf').integrity.checksum).toBe('verified')
    expect(fileOf(report, 'b.gguf').integrity.checksum).toBe('verified')
    expect(fileOf(report, 'a.gguf.sha256').format).toBe('checksum-manifest')
    writeFileSync(join(dir, 'b.gguf'), 'gguf-B')
    ;({ report } = scanJson([dir]))
    expect(intRules(fileOf(report, '/b.gguf'))).toEqual(['INT-001'])
    // A sidecar covers one file only: no INT-003 for its neighbours.
    writeFileSync(join(dir, 'c.gguf'), 'gguf-c')
    expect(intRules(fileOf(scanJson([dir]).report, 'c.gguf'))).toEqual([])
  })

  test('--checksums and integrity.manifests name a manifest that discovery would not find', () => {
    const dir = modelFolder()
    const parent = join(dir, '..')
    const rel = dir.slice(parent.length + 1)
    // Names are relative to the manifest's folder: a list in the parent names the model folder.
    const list = join(parent, `${rel}.release-list`)
    writeFileSync(
      list,
      sha256sum(
        parent,
        NAMES.filter((n) => !n.includes('\n')).map((n) => `${rel}/${n}`)
      )
    )
    expect(fileOf(scanJson([dir]).report, 'model.pkl').integrity.checksum).toBe('none')
    const { report } = scanJson([dir], ['--checksums', list])
    expect(fileOf(report, 'model.pkl').integrity.checksum).toBe('verified')
    expect(intRules(fileOf(report, 'new\nline.bin'))).toEqual(['INT-003'])
    const cfg = join(tmp(), 'cfg.yml')
    writeFileSync(cfg, `integrity:\n  manifests: [${JSON.stringify(list)}]\n`)
    expect(fileOf(scanJson([dir], ['--config', cfg]).report, 'model.pkl').integrity.checksum).toBe('verified')
  })

  test('a manifest that cannot be read, or is larger than the read limit, is not analysed (INT-006)', () => {
    const dir = modelFolder()
    const gone = join(tmp(), 'SHA256SUMS')
    const missing = scanJson([dir], ['--checksums', gone])
    expect(missing.status).toBe(1)
    expect(fileOf(missing.report, gone).findings).toEqual([
      expect.objectContaining({ ruleId: 'INT-006', severity: 'high' })
    ])
    writeFileSync(join(dir, 'SHA256SUMS'), sha256sum(dir, NAMES))
    const cfg = join(tmp(), 'cfg.yml')
    writeFileSync(cfg, 'limits:\n  maxHeaderBytes: 64\n')
    const big = fileOf(scanJson([dir], ['--config', cfg]).report, 'SHA256SUMS')
    expect(big.findings).toEqual([expect.objectContaining({ ruleId: 'INT-006' })])
    expect(big.findings[0].message).toMatch(/more than the 64 read for a manifest/)
  })
})
