import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli, scanJson } from './helpers/cli.js'

describe('CLI usage and exit codes', () => {
  test('usage errors exit 2 with a one-line message', () => {
    const r = runCli(['scan', '--bogus', 'x'])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/unknown option --bogus/)
    expect(runCli(['scan']).status).toBe(2)
    expect(runCli(['scan', '--fail-on', 'severe', '.']).stderr).toMatch(/--fail-on must be one of/)
    expect(runCli(['scan', '/nonexistent/path']).status).toBe(2)
  })

  test('a configuration error exits 2 and names the key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-'))
    writeFileSync(join(dir, 'cfg.yml'), 'suppress:\n  - rule: GEN-009\n    paths: "*.bin"\n')
    const r = runCli(['scan', '--config', join(dir, 'cfg.yml'), dir])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/suppress\[0\]: a suppression needs a written reason/)
  })

  test('directory walks list model-named unknown files and skip other unknown files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-'))
    writeFileSync(join(dir, 'notes.md'), '# hello\n')
    writeFileSync(join(dir, 'weights.bin'), 'not a model at all')
    const { status, report } = scanJson([dir])
    expect(status).toBe(0)
    expect(report.files.map((f: any) => f.path)).toEqual([join(dir, 'weights.bin')])
    expect(report.files[0].format).toBe('unknown')
    expect(report.files[0].findings).toEqual([
      { ruleId: 'GEN-009', severity: 'low', message: 'Content matches no model format ModelGate analyses' }
    ])
  })

  test('an explicitly named file always appears, even when it is no model', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-'))
    writeFileSync(join(dir, 'notes.md'), '# hello\n')
    const { report } = scanJson([join(dir, 'notes.md')])
    expect(report.files).toHaveLength(1)
    expect(report.files[0].verdict).toBe('pass')
    expect(report.summary).toEqual({ files: 1, pass: 1, warn: 0, fail: 0 })
  })

  test('symbolic links are reported and never followed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-'))
    mkdirSync(join(dir, 'm'))
    symlinkSync('/etc/passwd', join(dir, 'm', 'model.pkl'))
    const { report } = scanJson([dir])
    const f = report.files[0]
    expect(f.format).toBe('symlink')
    expect(f.findings[0]).toMatchObject({ ruleId: 'GEN-010', severity: 'medium', evidence: '/etc/passwd' })
    expect(f.verdict).toBe('warn')
  })
})
