import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { CLI, runCli } from './helpers/cli.js'

describe('--jobs', () => {
  test('reports are identical whatever the number of worker threads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-jobs-'))
    for (let i = 0; i < 12; i++) {
      writeFileSync(join(dir, `m${i}.pkl`), Buffer.from(`\x80\x02cos\nsystem\nq\x00.`, 'latin1'))
      writeFileSync(join(dir, `w${i}.bin`), `not a model ${i}`)
    }
    const one = runCli(['scan', '--format', 'json', '--jobs', '1', dir])
    const two = runCli(['scan', '--format', 'json', '--jobs', '2', dir])
    expect(one.status).toBe(1)
    expect(two.stdout).toBe(one.stdout)
    expect(JSON.parse(two.stdout).files).toHaveLength(24)
  })

  test('workers started before the arguments were checked never hold the run open', () => {
    // the CLI starts its workers first thing (see prewarmWorkers); a usage error or a single file must not wait
    const bad = spawnSync(process.execPath, [CLI, 'scan', '--jobs', '3', '--format', 'xml', '.'], {
      encoding: 'utf8',
      timeout: 20_000
    })
    expect(bad.error).toBeUndefined()
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/--format must be text, json or sarif/)
    const dir = mkdtempSync(join(tmpdir(), 'mg-jobs-'))
    writeFileSync(join(dir, 'one.pkl'), Buffer.from('\x80\x02K\x01.', 'latin1'))
    const one = spawnSync(process.execPath, [CLI, 'scan', '--jobs', '3', '--format', 'json', dir], {
      encoding: 'utf8',
      timeout: 20_000
    })
    expect(one.error).toBeUndefined()
    expect(JSON.parse(one.stdout).files).toHaveLength(1)
  })

  test('--jobs takes a whole number', () => {
    expect(runCli(['scan', '--jobs', 'two', '.']).stderr).toMatch(/--jobs must be a whole number/)
  })
})
