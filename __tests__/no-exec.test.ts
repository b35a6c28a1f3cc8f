import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CLI, ROOT } from './helpers/cli.js'

const TRAP = join(ROOT, '__tests__', 'helpers', 'trap.mjs')

function scanTrapped(paths: string[]): { status: number; log: string; stdout: string; stderr: string } {
  const log = join(mkdtempSync(join(tmpdir(), 'mg-trap-')), 'trap.log')
  const r = spawnSync(process.execPath, ['--import', TRAP, CLI, 'scan', '--format', 'json', '--jobs', '2', ...paths], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, MODELGATE_TRAP_LOG: log },
    timeout: 600_000
  })
  return {
    status: r.status ?? -1,
    log: existsSync(log) ? readFileSync(log, 'utf8') : '',
    stdout: r.stdout,
    stderr: r.stderr
  }
}

describe('no execution, no network', () => {
  test('the trap itself works (a blocked spawn is logged)', () => {
    const log = join(mkdtempSync(join(tmpdir(), 'mg-trap-')), 'trap.log')
    const r = spawnSync(
      process.execPath,
      ['--import', TRAP, '-e', "import('node:child_process').then(c => { try { c.execFileSync('true') } catch {} })"],
      { encoding: 'utf8', env: { ...process.env, MODELGATE_TRAP_LOG: log } }
    )
    expect(r.status).toBe(0)
    expect(readFileSync(log, 'utf8')).toMatch(/child_process\.execFileSync "true"/)
  })

  test('scanning every fixture and example spawns nothing and contacts nothing', () => {
    const paths = ['fixtures', 'examples'].filter((p) => existsSync(join(ROOT, p)))
    expect(paths.length).toBeGreaterThan(0)
    const r = scanTrapped(paths)
    expect(r.log).toBe('')
    expect([0, 1]).toContain(r.status)
    const report = JSON.parse(r.stdout)
    expect(report.files.length).toBeGreaterThan(0)
  })
})
