// Git LFS pointers in real git repositories (git init / git worktree) with a hand-placed local LFS store
// (.git/lfs/objects/aa/bb/<oid>): object present and matching, present but different, absent, malformed pointers.
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileOf, ruleIds, scanJson } from './helpers/cli.js'
import { ecKey, pem, signModel, tmp } from './helpers/oms.js'
import { parseLfsPointer } from '../src/analyzers/lfs/pointer.js'

/** A harmless protocol-2 pickle that would call os.system('echo modelgate-marker') if loaded (it never is). */
const PICKLE = Buffer.concat([
  Buffer.from('\x80\x02cos\nsystem\nX', 'latin1'),
  Buffer.from([21, 0, 0, 0]),
  Buffer.from('echo modelgate-marker\x85R.', 'latin1')
])

const sha = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex')

function pointer(content: Buffer, oid = sha(content), size = content.length): string {
  return `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${size}\n`
}

function gitRepo(): string {
  const dir = tmp('mg-lfs-')
  execFileSync('git', ['init', '-q', dir])
  return dir
}

function storeObject(repo: string, content: Buffer, oid = sha(content)): string {
  const d = join(repo, '.git', 'lfs', 'objects', oid.slice(0, 2), oid.slice(2, 4))
  mkdirSync(d, { recursive: true })
  writeFileSync(join(d, oid), content)
  return join(d, oid)
}

function withoutIntegrity(findings: any[]): any[] {
  return findings.filter((f) => !f.ruleId.startsWith('INT-'))
}

describe('pointer parsing', () => {
  test('the exact three-line format and its version aliases', () => {
    const oid = sha('x')
    for (const v of [
      'https://git-lfs.github.com/spec/v1',
      'https://hawser.github.com/spec/v1',
      'http://git-media.io/v/2'
    ])
      expect(parseLfsPointer(Buffer.from(`version ${v}\noid sha256:${oid}\nsize 1\n`))).toEqual({
        ok: true,
        pointer: { version: v, oid, size: 1 }
      })
  })

  test.each([
    [
      'uppercase oid',
      `version https://git-lfs.github.com/spec/v1\noid sha256:${sha('x').toUpperCase()}\nsize 1\n`,
      /oid sha256/
    ],
    ['no final newline', `version https://git-lfs.github.com/spec/v1\noid sha256:${sha('x')}\nsize 1`, /line feed/],
    [
      'extra key',
      `version https://git-lfs.github.com/spec/v1\noid sha256:${sha('x')}\nsize 1\nx y\n`,
      /expected 3 lines/
    ],
    [
      'extension',
      `version https://git-lfs.github.com/spec/v1\next-0-foo sha256:${sha('y')}\noid sha256:${sha('x')}\nsize 1\n`,
      /extensions/
    ],
    ['negative size', `version https://git-lfs.github.com/spec/v1\noid sha256:${sha('x')}\nsize -1\n`, /size/],
    ['CRLF', `version https://git-lfs.github.com/spec/v1\r\noid sha256:${sha('x')}\r\nsize 1\r\n`, /version/]
  ])('rejects %s', (_n, text, reason) => {
    const r = parseLfsPointer(Buffer.from(text))
    expect(r.ok).toBe(false)
    expect((r as any).reason).toMatch(reason)
  })
})

describe('pointers in a git checkout', () => {
  test('object present and matching: the object is analysed as the model at the pointer path', () => {
    const repo = gitRepo()
    writeFileSync(join(repo, 'model.pkl'), pointer(PICKLE))
    storeObject(repo, PICKLE)
    // The same bytes scanned directly, as the reference for what the analysis must find.
    const direct = tmp()
    writeFileSync(join(direct, 'model.pkl'), PICKLE)
    const expected = fileOf(scanJson([join(direct, 'model.pkl')]).report, 'model.pkl')

    const { status, report } = scanJson([repo])
    const f = fileOf(report, 'model.pkl')
    expect(f.format).toBe(expected.format)
    expect(f.format).toBe('pickle')
    expect([f.size, f.sha256]).toEqual([PICKLE.length, sha(PICKLE)])
    expect(withoutIntegrity(f.findings)).toEqual(withoutIntegrity(expected.findings))
    expect(f.findings.find((x: any) => x.ruleId === 'INT-012')).toMatchObject({
      severity: 'info',
      evidence: `sha256:${sha(PICKLE)}`
    })
    expect(ruleIds(f)).not.toContain('INT-010')
    expect(f.imports).toEqual(expected.imports)
    expect(f.verdict).toBe(expected.verdict)
    expect(status).toBe(expected.verdict === 'fail' ? 1 : 0)
    expect(f.integrity.sha256).toBe(sha(PICKLE))
  })

  test('object present but different from the pointer: critical (INT-011), and still analysed', () => {
    const repo = gitRepo()
    writeFileSync(join(repo, 'model.pkl'), pointer(PICKLE))
    const tampered = Buffer.from(PICKLE)
    tampered[tampered.length - 5] ^= 0x20
    storeObject(repo, tampered, sha(PICKLE))
    const { status, report } = scanJson([repo])
    expect(status).toBe(1)
    const f = fileOf(report, 'model.pkl')
    expect(f.format).toBe('pickle')
    const int = f.findings.find((x: any) => x.ruleId === 'INT-011')
    expect(int).toMatchObject({ severity: 'critical' })
    expect(int.message).toContain(`SHA-256 ${sha(tampered)}`)
    expect(ruleIds(f)).not.toContain('INT-012')
  })

  test('object present with another size: INT-011 names the size', () => {
    const repo = gitRepo()
    writeFileSync(join(repo, 'model.pkl'), pointer(PICKLE, sha(PICKLE), PICKLE.length + 1))
    storeObject(repo, PICKLE)
    const int = fileOf(scanJson([repo]).report, 'model.pkl').findings.find((x: any) => x.ruleId === 'INT-011')
    expect(int.message).toContain(`size ${PICKLE.length} bytes, the pointer says ${PICKLE.length + 1}`)
    expect(int.message).not.toContain('SHA-256')
  })

  test('object absent: not analysed (INT-010, high) with the fetch command', () => {
    const repo = gitRepo()
    mkdirSync(join(repo, 'models'))
    writeFileSync(join(repo, 'models', 'model.pkl'), pointer(PICKLE))
    const { status, report } = scanJson([repo])
    expect(status).toBe(1)
    const f = fileOf(report, 'models/model.pkl')
    expect(f.format).toBe('lfs-pointer')
    expect(f.findings).toEqual([
      expect.objectContaining({ ruleId: 'INT-010', severity: 'high', evidence: `sha256:${sha(PICKLE)}` })
    ])
    expect(f.findings[0].message).toContain('git lfs pull --include=models/model.pkl')
    expect(f.verdict).toBe('fail')
  })

  test('outside any git repository the pointer stays not analysed', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'model.pkl'), pointer(PICKLE))
    const f = fileOf(scanJson([dir]).report, 'model.pkl')
    expect(ruleIds(f)).toEqual(['INT-010'])
    expect(f.findings[0].message).toContain('not in a git repository')
  })

  test('a git worktree finds the object in the common git directory', () => {
    const repo = gitRepo()
    const git = (...a: string[]): string =>
      execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@t', ...a], { encoding: 'utf8' })
    writeFileSync(join(repo, 'model.pkl'), pointer(PICKLE))
    git('add', 'model.pkl')
    git('commit', '-qm', 'pointer')
    storeObject(repo, PICKLE)
    const wt = join(tmp(), 'wt')
    git('worktree', 'add', '-q', wt)
    const f = fileOf(scanJson([wt]).report, 'model.pkl')
    expect(f.format).toBe('pickle')
    expect(ruleIds(f)).toContain('INT-012')
  })

  test('a malformed pointer is INT-013 and nothing else is claimed', () => {
    const repo = gitRepo()
    writeFileSync(
      join(repo, 'model.pkl'),
      `version https://git-lfs.github.com/spec/v1\noid sha256:${sha(PICKLE).toUpperCase()}\nsize 3\n`
    )
    const f = fileOf(scanJson([repo]).report, 'model.pkl')
    expect(f.format).toBe('lfs-pointer')
    expect(f.findings).toEqual([expect.objectContaining({ ruleId: 'INT-013', severity: 'medium' })])
  })

  test('manifests vouch for a pointer through its oid when the object is absent', () => {
    const repo = gitRepo()
    const model = join(repo, 'model')
    mkdirSync(model)
    writeFileSync(join(model, 'weights.pkl'), PICKLE)
    writeFileSync(join(model, 'SHA256SUMS'), `${sha(PICKLE)}  weights.pkl\n`)
    const { privateKey, publicKey } = ecKey()
    writeFileSync(join(model, 'model.sig'), signModel(model, { privateKey, ignorePaths: ['SHA256SUMS'] }))
    const key = join(tmp(), 'k.pub')
    writeFileSync(key, pem(publicKey))
    // Replace the content by its pointer, as a checkout without LFS content has it.
    writeFileSync(join(model, 'weights.pkl'), pointer(PICKLE))
    const { report } = scanJson([model], ['--trusted-key', key])
    const f = fileOf(report, 'weights.pkl')
    expect(f.integrity).toMatchObject({ checksum: 'verified', signature: 'verified' })
    expect(ruleIds(f)).toEqual(['INT-010'])
    // A pointer to other content matches neither.
    writeFileSync(join(model, 'weights.pkl'), pointer(Buffer.from('other')))
    const bad = fileOf(scanJson([model], ['--trusted-key', key]).report, 'weights.pkl')
    expect(bad.integrity).toMatchObject({ checksum: 'mismatch', signature: 'invalid' })
    expect(ruleIds(bad)).toEqual(['INT-001', 'INT-010', 'INT-020'])
  })
})
