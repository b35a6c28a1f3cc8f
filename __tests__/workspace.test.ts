import { afterAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { CLI, FIXTURES, ROOT } from './helpers/cli.js'
import { FakeGitHub, maliciousPickle, makeRepo, pullRequestEvent, runAction } from './helpers/action.js'

// The workspace boundary: links in a PR are reported and never followed, paths inside models (ONNX external data,
// checksum manifests) that leave the repository are findings and never opened, and a scan writes nothing but its
// temp files (removed) and its outputs. "Never opened" is proven two ways: a link to a FIFO (opening it would
// block the scan forever) and a preloaded recorder of every file the process and its workers open.

const FS_TRAP = join(ROOT, '__tests__', 'helpers', 'fs-trap.mjs')
const temps: string[] = []
afterAll(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true })
})

function temp(prefix = 'mg-ws-'): string {
  const d = realpathSync(mkdtempSync(join(tmpdir(), prefix)))
  temps.push(d)
  return d
}

function mkfifo(path: string): void {
  const r = spawnSync('mkfifo', [path])
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`)
}

interface Access {
  reads: string[]
  writes: string[]
}

function accessLog(path: string): Access {
  const lines = existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : []
  const of = (k: string) => [...new Set(lines.filter((l) => l.startsWith(`${k} `)).map((l) => l.slice(2)))].sort()
  return { reads: of('R'), writes: of('W') }
}

const under = (dir: string) => (p: string) => p === dir || p.startsWith(dir + sep)
const DIST = join(ROOT, 'dist')

/** Runs the built CLI with the file recorder and its own TMPDIR; returns the report and what was opened. */
function scanRecorded(
  args: string[],
  cwd: string
): { status: number; report: any; access: Access; tmp: string; stderr: string } {
  const tmp = temp('mg-tmpdir-')
  const log = join(temp('mg-log-'), 'fs.log')
  const r = spawnSync(process.execPath, ['--import', FS_TRAP, CLI, 'scan', '--format', 'json', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, MODELGATE_FS_LOG: log, TMPDIR: tmp },
    maxBuffer: 64 * 1024 * 1024,
    // A hard stop so a FIFO opened by mistake fails the test instead of hanging the suite (not a timing assertion).
    timeout: 120_000
  })
  if (r.status === null) throw new Error(`the scan did not finish (${r.signal}): something opened a FIFO?`)
  const report = r.stdout.trim() ? JSON.parse(r.stdout) : undefined
  return { status: r.status, report, access: accessLog(log), tmp, stderr: r.stderr }
}

/** Every path below `dir` with its size and mtime, to compare before and after a scan. */
function snapshot(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory()) walk(p)
      else {
        const st = e.isSymbolicLink() ? undefined : statSync(p, { throwIfNoEntry: false })
        out.push(`${relative(dir, p)} ${st?.size ?? 'link'} ${st?.mtimeMs ?? ''}`)
      }
    }
  }
  walk(dir)
  return out.sort()
}

/** A repository folder full of hostile links, plus an outside folder they point into. */
function hostileTree(): { repo: string; outside: string } {
  const outside = temp('mg-outside-')
  writeFileSync(join(outside, 'evil.pkl'), maliciousPickle())
  mkfifo(join(outside, 'fifo'))
  const repo = temp('mg-repo-')
  mkdirSync(join(repo, 'models'))
  writeFileSync(join(repo, 'models', 'ok.pkl'), maliciousPickle())
  symlinkSync('/etc/passwd', join(repo, 'passwd.pt'))
  symlinkSync('../../', join(repo, 'up.pkl'))
  symlinkSync('/proc/self/environ', join(repo, 'environ.bin'))
  symlinkSync(outside, join(repo, 'linked-dir'))
  symlinkSync(join(outside, 'fifo'), join(repo, 'fifo.pt'))
  symlinkSync('/nonexistent/modelgate/dangling.pkl', join(repo, 'dangling.pkl'))
  symlinkSync('models/ok.pkl', join(repo, 'inner.pkl'))
  return { repo, outside }
}

const LINKS: [string, string, string][] = [
  ['passwd.pt', '/etc/passwd', 'medium'],
  ['up.pkl', '../../', 'medium'],
  ['environ.bin', '/proc/self/environ', 'medium'],
  ['linked-dir', 'OUTSIDE', 'medium'],
  ['fifo.pt', 'OUTSIDE/fifo', 'medium'],
  ['dangling.pkl', '/nonexistent/modelgate/dangling.pkl', 'medium'],
  ['inner.pkl', 'models/ok.pkl', 'low']
]

describe('symbolic links in the scanned tree (CLI)', () => {
  test('links to /etc/passwd, ../../, /proc/self/environ, a folder, a FIFO and nowhere are reported, never read', () => {
    const { repo, outside } = hostileTree()
    const before = snapshot(repo)
    const { report, access, tmp } = scanRecorded(['.'], repo)
    const byPath = new Map<string, any>(report.files.map((f: any) => [f.path, f]))
    for (const [name, target, severity] of LINKS) {
      const f: any = byPath.get(name)
      expect({ name, format: f?.format }).toEqual({ name, format: 'symlink' })
      expect(f.findings).toEqual([
        expect.objectContaining({ ruleId: 'GEN-010', severity, evidence: target.replace('OUTSIDE', outside) })
      ])
    }
    // Nothing behind the linked folder was listed or analysed; the real model inside the tree was.
    expect([...byPath.keys()].filter((p) => p.startsWith('linked-dir/'))).toEqual([])
    expect((byPath.get('models/ok.pkl') as any).verdict).toBe('fail')
    // Reads: the scanned files, ModelGate's own bundle; writes: nothing at all (JSON goes to stdout).
    expect(access.reads.filter((p) => !under(repo)(p) && !under(DIST)(p))).toEqual([])
    expect(access.reads.filter(under(repo))).toEqual([join(repo, 'models', 'ok.pkl')])
    expect(access.writes).toEqual([])
    expect(snapshot(repo)).toEqual(before)
    expect(readdirSync(tmp)).toEqual([])
  })

  test('a link named on the command line is reported, not opened', () => {
    const { repo, outside } = hostileTree()
    const { report, access } = scanRecorded(['fifo.pt', 'passwd.pt'], repo)
    expect(report.files.map((f: any) => [f.path, f.format, f.findings[0].evidence])).toEqual([
      ['fifo.pt', 'symlink', join(outside, 'fifo')],
      ['passwd.pt', 'symlink', '/etc/passwd']
    ])
    expect(access.reads.filter((p) => !under(DIST)(p))).toEqual([])
  })
})

describe('paths inside models that leave the repository are findings, never opened', () => {
  test('ONNX external data: traversal, absolute path, a link to a FIFO, a linked folder', () => {
    const root = temp('mg-onnx-ws-')
    const outside = temp('mg-outside-')
    mkfifo(join(outside, 'weights.bin'))
    const model = (dir: string, fixture: string) => {
      mkdirSync(join(root, dir, 'sub'), { recursive: true })
      copyFileSync(join(FIXTURES, 'onnx', 'external', fixture), join(root, dir, 'sub', 'model.onnx'))
      return join(dir, 'sub', 'model.onnx')
    }
    const paths = [
      model('traversal', 'traversal.onnx'),
      model('absolute', 'absolute.onnx'),
      model('fifo', 'linked.onnx'),
      model('dir', 'linked_dir.onnx')
    ]
    // Where the traversal would land (../../etc/passwd from root/traversal/sub) gets a FIFO too.
    mkdirSync(join(root, 'etc'))
    mkfifo(join(root, 'etc', 'passwd'))
    symlinkSync(join(outside, 'weights.bin'), join(root, 'fifo', 'sub', 'linked.bin'))
    symlinkSync(outside, join(root, 'dir', 'sub', 'data'))
    const { report, access } = scanRecorded(paths, root)
    const rules = (p: string) => report.files.find((f: any) => f.path === p).findings.map((x: any) => x.ruleId)
    expect(rules(paths[0]!)).toEqual(['ONNX-001'])
    expect(rules(paths[1]!)).toEqual(['ONNX-001'])
    expect(rules(paths[2]!)).toEqual(['ONNX-004'])
    expect(rules(paths[3]!)).toEqual(['ONNX-004'])
    // Only the four model files were opened.
    expect(access.reads.filter((p) => !under(DIST)(p))).toEqual(paths.map((p) => join(root, p)).sort())
  })

  test('checksum manifest entries: traversal, absolute, and a linked folder to the outside (INT-004)', () => {
    const root = temp('mg-sums-ws-')
    const outside = temp('mg-outside-')
    writeFileSync(join(outside, 'secret.pt'), 'outside data')
    writeFileSync(join(root, 'model.pt'), 'model')
    symlinkSync(outside, join(root, 'data'))
    const sha = (s: string) => spawnSync('sha256sum', { input: s, encoding: 'utf8' }).stdout.slice(0, 64)
    writeFileSync(
      join(root, 'SHA256SUMS'),
      [
        `${sha('model')}  model.pt`,
        `${sha('outside data')}  data/secret.pt`,
        `${sha('x')}  ../x.pt`,
        `${sha('x')}  /etc/passwd`
      ]
        .map((l) => l + '\n')
        .join('')
    )
    const { report, access } = scanRecorded(['.'], root)
    const m = report.files.find((f: any) => f.path === 'SHA256SUMS')
    expect(m.findings.map((f: any) => [f.ruleId, f.evidence]).sort()).toEqual([
      ['INT-004', '../x.pt'],
      ['INT-004', '/etc/passwd'],
      ['INT-004', 'data/secret.pt']
    ])
    expect(report.files.find((f: any) => f.path === 'model.pt').integrity.checksum).toBe('verified')
    expect(access.reads.filter((p) => !under(DIST)(p) && !under(root)(p))).toEqual([])
  })
})

describe('a scan writes nothing but its temp files (removed) and its outputs', () => {
  test('HDF5 members copied to the temp folder are removed; the tree and the working folder are untouched', () => {
    const root = temp('mg-writes-')
    for (const f of ['keras/lambda.h5', 'keras/benign_sequential.keras', 'keras/userblock_pickle.h5'])
      copyFileSync(join(FIXTURES, f), join(root, f.split('/')[1]!))
    // A .keras archive holds model.weights.h5: it is copied to the temp folder for the HDF5 library.
    const cwd = temp('mg-cwd-')
    const out = join(temp('mg-out-'), 'report.json')
    const before = [snapshot(root), snapshot(cwd)]
    const { access, tmp } = scanRecorded([root, '--output', out], cwd)
    expect(JSON.parse(readFileSync(out, 'utf8')).files).toHaveLength(3)
    expect(access.writes.filter((p) => !under(tmp)(p) && p !== out && p !== '/dev/null')).toEqual([])
    expect(access.writes.some(under(tmp))).toBe(true)
    expect(readdirSync(tmp)).toEqual([])
    expect([snapshot(root), snapshot(cwd)]).toEqual(before)
  })
})

describe('symbolic links in a pull request (Action)', () => {
  test('every hostile link is annotated and reported, nothing outside the workspace is opened', async () => {
    const api = new FakeGitHub()
    await api.start()
    try {
      const outside = temp('mg-outside-')
      mkfifo(join(outside, 'fifo'))
      writeFileSync(join(outside, 'evil.pkl'), maliciousPickle())
      const repo = makeRepo()
      const base = repo.commit('base')
      const links: [string, string][] = [
        ['passwd.pt', '/etc/passwd'],
        ['up.pkl', '../../'],
        ['environ.bin', '/proc/self/environ'],
        ['linked-dir', outside],
        ['fifo.pt', join(outside, 'fifo')],
        ['dangling.pkl', '/nonexistent/modelgate/dangling.pkl']
      ]
      for (const [name, target] of links) symlinkSync(target, join(repo.dir, name))
      const head = repo.commit('add links')
      api.files = links.map(([filename]) => ({ filename, status: 'added' }))
      const log = join(temp('mg-log-'), 'fs.log')
      const r = await runAction({
        repo,
        api,
        event: pullRequestEvent({ base, head }),
        env: { NODE_OPTIONS: `--import=${FS_TRAP}`, MODELGATE_FS_LOG: log }
      })
      const report = JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8'))
      for (const [name, target] of links) {
        const f = report.files.find((x: any) => x.path === name)
        expect({ name, format: f?.format, evidence: f?.findings[0]?.evidence }).toEqual({
          name,
          format: 'symlink',
          evidence: target
        })
      }
      expect(r.outputs.verdict).toBe('warn')
      for (const [name] of links) expect(r.commands.some((l) => l.includes(`file=${name},`))).toBe(true)
      const { reads } = accessLog(log)
      const runnerTemp = join(r.outputs['report-file']!, '..', '..')
      const repoDir = realpathSync(repo.dir)
      const allowed = (p: string) =>
        under(DIST)(p) ||
        under(repoDir)(p) ||
        under(repo.dir)(p) ||
        under(runnerTemp)(p) ||
        p.includes('/mg-action-run-')
      expect(reads.filter((p) => !allowed(p))).toEqual([])
      expect(reads.some((p) => p.startsWith(outside))).toBe(false)
    } finally {
      await api.stop()
    }
  })
})
