import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURES, ROOT, fileOf, scanJson } from './helpers/cli.js'

// The shared fixture set (fixtures/manifest.json, made by the fixtures generator with the real frameworks) states
// for every file the format and the rules a correct scan reports. Here: every entry whose format or rules belong
// to the container layer (zip, tar, compression, numpy, PyTorch, joblib wrappers).
const CONTAINER_FORMATS = new Set([
  'pytorch-zip',
  'pytorch-legacy',
  'pytorch-tar',
  'numpy',
  'npz',
  'zip',
  'tar',
  'compressed',
  'joblib'
])
const manifest = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8'))
const entries = manifest.fixtures.filter(
  (e: any) => CONTAINER_FORMATS.has(e.expect.format) || e.expect.rules.some((r: string) => /^(CTR|PT|NPY)-/.test(r))
)

describe('shared fixtures: container formats', () => {
  const report = scanJson(entries.map((e: any) => join(ROOT, e.file))).report

  test('the manifest has container entries to check', () => {
    expect(entries.length).toBeGreaterThan(20)
  })

  test.each(entries.map((e: any) => [e.file, e]))('%s', (_file, e: any) => {
    const f = fileOf(report, e.file)
    expect(f.format).toBe(e.expect.format)
    const got = new Set(f.findings.map((x: any) => x.ruleId))
    expect(e.expect.rules.filter((r: string) => !got.has(r))).toEqual([])
    if (e.expect.minSeverity === 'none') expect(f.findings.filter((x: any) => x.severity !== 'info')).toEqual([])
  })
})
