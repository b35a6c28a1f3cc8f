import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT, scanJson } from './helpers/cli.js'

// Inputs the fuzzer once found crashing or hanging ModelGate. Each must now produce a report entry that is not
// clean (the file was not fully analysed) and the scan must finish.
const DIR = join(ROOT, 'fixtures', 'fuzz-regressions')
// A short per-file budget keeps the hang cases quick; they are cut off the same way at any budget.
const CONFIG = join(mkdtempSync(join(tmpdir(), 'mg-fuzzreg-')), 'modelgate.yml')
writeFileSync(CONFIG, 'limits:\n  maxFileMillis: 5000\n')

describe('fuzz regressions', () => {
  const files = readdirSync(DIR).filter((f) => !f.endsWith('.md'))
  test.each(files)('%s is reported, never crashes or hangs the scan', (name) => {
    const { status, report } = scanJson([join(DIR, name)], ['--jobs', '1', '--config', CONFIG])
    expect([0, 1]).toContain(status)
    expect(report.files).toHaveLength(1)
    expect(report.files[0].findings.some((f: any) => f.ruleId === 'GEN-011')).toBe(false)
  })

  test('a hanging HDF5 library call is cut off and reported as a limit (not analysed)', () => {
    const { report } = scanJson([join(DIR, 'hdf5-library-hang.h5')], ['--config', CONFIG])
    expect(report.files[0].findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'GEN-007',
        severity: 'high',
        message: expect.stringMatching(/HDF5 library did not finish within \d+ ms/)
      })
    )
    expect(report.files[0].verdict).toBe('fail')
  })
})
