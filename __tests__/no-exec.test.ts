import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { CLI, ROOT } from './helpers/cli.js'
import { FakeGitHub, makeRepo, pullRequestEvent, runAction } from './helpers/action.js'

const TRAP = join(ROOT, '__tests__', 'helpers', 'trap.mjs')

/** Fixtures include a saved HDF5 hang: a shorter time budget keeps these whole-corpus runs quick. */
const LIMITS_YAML = 'limits:\n  maxFileMillis: 5000\n'

function shortBudget(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'mg-trap-')), 'limits.yml')
  writeFileSync(path, LIMITS_YAML)
  return path
}

function scanTrapped(paths: string[]): { status: number; log: string; stdout: string; stderr: string } {
  const log = join(mkdtempSync(join(tmpdir(), 'mg-trap-')), 'trap.log')
  const args = ['scan', '--format', 'json', '--jobs', '2', '--config', shortBudget(), ...paths]
  const r = spawnSync(process.execPath, ['--import', TRAP, CLI, ...args], {
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

/** Every file below `dir`, relative to `root`, with forward slashes. */
function filesUnder(dir: string, root: string): string[] {
  const out: string[] = []
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) out.push(...filesUnder(p, root))
    else if (e.isFile()) out.push(relative(root, p).split('\\').join('/'))
  }
  return out
}

/** A git repository whose second commit adds every fixture and example (the first is empty: the PR base). */
function fixtureRepo(): { repo: ReturnType<typeof makeRepo>; base: string; head: string; files: string[] } {
  const repo = makeRepo()
  repo.write('.modelgate.yml', LIMITS_YAML)
  const base = repo.commit('base')
  for (const d of ['fixtures', 'examples']) cpSync(join(ROOT, d), join(repo.dir, d), { recursive: true })
  const head = repo.commit('add every fixture')
  const files = [
    ...filesUnder(join(repo.dir, 'fixtures'), repo.dir),
    ...filesUnder(join(repo.dir, 'examples'), repo.dir)
  ]
  return { repo, base, head, files }
}

function logs(): { log: string; allowed: string; read: () => { log: string; allowed: string } } {
  const dir = mkdtempSync(join(tmpdir(), 'mg-trap-'))
  const log = join(dir, 'trap.log')
  const allowed = join(dir, 'allowed.log')
  const text = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : '')
  return { log, allowed, read: () => ({ log: text(log), allowed: text(allowed) }) }
}

describe('no execution, no network: the Action and history mode', () => {
  test('the Action bundle over every fixture in a PR: only git runs, only the GitHub API is contacted', async () => {
    const api = new FakeGitHub()
    await api.start()
    try {
      const { repo, base, head, files } = fixtureRepo()
      api.files = files.map((filename) => ({ filename, status: 'added' }))
      const l = logs()
      const r = await runAction({
        repo,
        api,
        event: pullRequestEvent({ base, head }),
        env: {
          NODE_OPTIONS: `--import=${TRAP}`,
          MODELGATE_TRAP_LOG: l.log,
          MODELGATE_TRAP_ALLOWED_LOG: l.allowed,
          MODELGATE_TRAP_ALLOW: 'git',
          MODELGATE_TRAP_ALLOW_HOSTS: `127.0.0.1:${api.port}`
        }
      })
      const { log, allowed } = l.read()
      expect(log).toBe('')
      expect(r.status).toBe(1)
      const report = JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8'))
      expect(report.files.length).toBeGreaterThan(100)
      // The trap was in place: the API calls and git went through it.
      expect(allowed).toMatch(/(fetch|net\.Socket\.connect) 127\.0\.0\.1:/)
      expect(api.calls('GET', '/repos/o/r/pulls/1/files').length).toBeGreaterThan(0)
      expect(api.comments).toHaveLength(1)
    } finally {
      await api.stop()
    }
  }, 600_000)

  test('history mode over a repository of every fixture: only git runs, nothing is contacted', () => {
    const { repo } = fixtureRepo()
    const l = logs()
    const r = spawnSync(
      process.execPath,
      ['--import', TRAP, CLI, 'history', '--all', '--format', 'json', '--config', shortBudget(), repo.dir],
      {
        cwd: repo.dir,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        env: {
          ...process.env,
          MODELGATE_TRAP_LOG: l.log,
          MODELGATE_TRAP_ALLOWED_LOG: l.allowed,
          MODELGATE_TRAP_ALLOW: 'git'
        },
        timeout: 600_000
      }
    )
    const { log, allowed } = l.read()
    expect(log).toBe('')
    expect(allowed).toMatch(/child_process\.(spawn|execFile) "git"/)
    expect([0, 1]).toContain(r.status)
    const report = JSON.parse(r.stdout)
    expect(report.files.length).toBeGreaterThan(100)
  }, 600_000)
})
