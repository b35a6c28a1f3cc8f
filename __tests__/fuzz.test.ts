import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { ROOT } from './helpers/cli.js'

// A fixed slice of the fuzzer in every test run (npm run fuzz runs it for longer): mutated fixtures through
// every analyzer must never crash, hang or lose their report entry.
describe('fuzzing', () => {
  test('mutated fixtures never crash, hang or go unreported', () => {
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'scripts', 'fuzz.mjs'), '--iterations', '1500', '--seed', '20261122', '--json', '--no-save'],
      { cwd: ROOT, encoding: 'utf8', timeout: 900_000, maxBuffer: 64 * 1024 * 1024 }
    )
    const stats = JSON.parse(r.stdout.trim().split('\n').pop()!)
    expect(stats.failures).toEqual([])
    expect(stats).toMatchObject({ iterations: 1500, crashes: 0, hangs: 0, missing: 0 })
    expect(Object.keys(stats.formats).length).toBeGreaterThan(1)
  }, 900_000)
})
