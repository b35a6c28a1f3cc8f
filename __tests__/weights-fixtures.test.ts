import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, runCli, scanJson } from './helpers/cli.js'

// The weights and secrets fixture sets (fixtures/weights, fixtures/secrets): real checkpoints with payloads in
// their low bits, their clean twins, and credentials in every metadata location. Expectations come from the
// manifests written with the fixtures.
const RANK: Record<string, number> = { none: -1, info: 0, low: 1, medium: 2, high: 3, critical: 4 }

interface Entry {
  file: string
  expect: { format?: string; rules: string[]; minSeverity?: string; maxSeverity?: string; secretKinds?: string[] }
}

function entries(folder: string): Entry[] {
  return JSON.parse(readFileSync(join(ROOT, 'fixtures', folder, 'manifest.json'), 'utf8')).fixtures
}

function scanFolder(folder: string): Map<string, any> {
  const { report } = scanJson([join('fixtures', folder)], ['--jobs', '2'])
  return new Map(report.files.map((f: any) => [f.path, f]))
}

function worst(f: any): number {
  return Math.max(-1, ...f.findings.map((x: any) => RANK[x.severity]!))
}

describe.each(['weights', 'secrets'])('fixtures/%s', (folder) => {
  const files = scanFolder(folder)
  test.each(entries(folder).map((e) => [e.file, e] as const))('%s', (_file, e) => {
    const f = files.get(e.file)
    expect(f).toBeDefined()
    if (e.expect.format) expect(f.format).toBe(e.expect.format)
    const ids = new Set(f.findings.map((x: any) => x.ruleId))
    for (const r of e.expect.rules) expect(ids).toContain(r)
    if (e.expect.minSeverity && e.expect.minSeverity !== 'none')
      expect(worst(f)).toBeGreaterThanOrEqual(RANK[e.expect.minSeverity]!)
    if (e.expect.maxSeverity) expect(worst(f)).toBeLessThanOrEqual(RANK[e.expect.maxSeverity]!)
    for (const kind of e.expect.secretKinds ?? [])
      expect(f.findings.some((x: any) => x.ruleId === 'SEC-001' && x.message.startsWith(kind))).toBe(true)
  })
})

describe('secrets never leave the model in clear', () => {
  test.each(['json', 'text', 'sarif'])('%s output carries only redacted prefixes', (format) => {
    const secrets = new Set<string>()
    for (const e of entries('secrets'))
      for (const m of readFileSync(join(ROOT, e.file))
        .toString('latin1')
        .matchAll(/(ghp_|hf_|AKIA|xoxb-|sk-proj-)[A-Za-z0-9_-]{12,}/g))
        secrets.add(m[0])
    expect(secrets.size).toBeGreaterThan(3)
    const r = runCli(['scan', '--format', format, '--jobs', '2', join('fixtures', 'secrets')])
    expect(r.stdout).toMatch(/SEC-001/)
    for (const secret of secrets) expect(r.stdout).not.toContain(secret.slice(0, 12) + secret.slice(12, 20))
  })
})
