// End to end: the README's workflow step, run as the built bundle against a real git repository and a fake
// GitHub API, for a PR that adds one malicious and one benign model file.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ROOT } from './helpers/cli.js'
import {
  BENIGN_MODEL_TEXT,
  FakeGitHub,
  maliciousPickle,
  makeRepo,
  modelgateSteps,
  pullRequestEvent,
  readmeWorkflows,
  runAction,
  type ActionRun,
  type Repo
} from './helpers/action.js'

const MARKER = '<!-- modelgate:sticky-comment -->'

/** Markdown with every code span removed (CommonMark: a backtick run closes at the next run of equal length). */
function outsideCodeSpans(md: string): string {
  let out = ''
  let i = 0
  while (i < md.length) {
    if (md[i] !== '`') {
      out += md[i++]
      continue
    }
    let j = i
    while (md[j] === '`') j++
    const len = j - i
    let k = j
    let close = -1
    while (k < md.length) {
      if (md[k] === '`') {
        let e = k
        while (md[e] === '`') e++
        if (e - k === len) {
          close = k
          break
        }
        k = e
      } else k++
    }
    if (close < 0) {
      out += md.slice(i, j)
      i = j
    } else {
      out += ' '
      i = close + len
    }
  }
  return out
}

function annotations(run: ActionRun, level: string): string[] {
  return run.commands.filter((l) => l.startsWith(`::${level} `) || l.startsWith(`::${level}::`))
}

describe('the README’s copy-paste workflow', () => {
  test('runs on pull_request and merge_group with least privilege, and uses only inputs action.yml declares', () => {
    const [quick, ...examples] = readmeWorkflows()
    expect(Object.keys(quick.on)).toEqual(['pull_request', 'merge_group'])
    expect(quick.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' })
    const checkout = quick.jobs.models.steps[0]
    expect(checkout.with).toEqual({ 'fetch-depth': 0, lfs: true })
    expect(modelgateSteps(quick)).toHaveLength(1)
    const declared = Object.keys(parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')).inputs)
    for (const doc of [quick, ...examples])
      for (const step of modelgateSteps(doc))
        for (const k of Object.keys(step.with ?? {})) expect(declared).toContain(k)
  })
})

describe('the README documents the Action’s interface', () => {
  /** First-column names of the Markdown table under a `### heading` of the README's GitHub Action section. */
  function tableNames(heading: string): string[] {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('## GitHub Action'))
    const body = section.slice(section.indexOf(`### ${heading}\n`) + heading.length + 5)
    const table = body.slice(0, body.indexOf('\n\n', body.indexOf('|')))
    return [...table.matchAll(/^\| `([a-z-]+)` /gm)].map((m) => m[1]!)
  }
  const meta = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'))

  test('every input of action.yml is in the inputs table, and nothing else', () => {
    expect(tableNames('Inputs').sort()).toEqual(Object.keys(meta.inputs).sort())
  })

  test('every output of action.yml is in the outputs table, and nothing else', () => {
    expect(tableNames('Outputs').sort()).toEqual(Object.keys(meta.outputs).sort())
  })
})

/** The inputs of the README quick start's ModelGate step, as strings (the runner passes strings). */
function quickStartInputs(): Record<string, string> {
  const step = modelgateSteps(readmeWorkflows()[0])[0]!
  return Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]))
}

describe('a PR adding one malicious and one benign model (README quick start)', () => {
  const api = new FakeGitHub()
  let repo: Repo
  let base: string
  let head: string
  let first: ActionRun

  beforeAll(async () => {
    await api.start()
    repo = makeRepo()
    repo.write('README.md', '# project\n')
    base = repo.commit('base')
    repo.write('models/evil.pkl', maliciousPickle())
    repo.write('models/benign.bin', BENIGN_MODEL_TEXT)
    repo.write('src/train.py', 'print("hi")\n')
    head = repo.commit('add models')
    api.files = [
      { filename: 'models/evil.pkl', status: 'added' },
      { filename: 'models/benign.bin', status: 'added' },
      { filename: 'src/train.py', status: 'added' }
    ]
    first = await runAction({
      repo,
      api,
      event: pullRequestEvent({ base, head, changedFiles: 3 }),
      inputs: quickStartInputs()
    })
  })
  afterAll(() => api.stop())

  test('the step fails with a one-line reason naming the malicious file', () => {
    expect(first.status).toBe(1)
    const reason = annotations(first, 'error').filter((l) => l.startsWith('::error::'))
    expect(reason).toHaveLength(1)
    expect(reason[0]).toMatch(
      /^::error::ModelGate: 1 model file\(s\) fail the policy \(fail-on: high\): models\/evil\.pkl/
    )
  })

  test('the malicious file is annotated on line 1, the benign one only with a notice', () => {
    const onEvil = annotations(first, 'error').filter((l) => l.includes('file=models/evil.pkl'))
    expect(onEvil.length).toBeGreaterThanOrEqual(1)
    for (const l of onEvil)
      expect(l).toMatch(/^::error title=ModelGate [A-Z]+-\d+ \((critical|high)\)%3A .*,file=models\/evil\.pkl,line=1::/)
    expect(first.commands.filter((l) => l.includes('file=models/benign.bin') && !l.startsWith('::notice'))).toEqual([])
    expect(
      annotations(first, 'notice').some((l) => l.includes('file=models/benign.bin') && l.includes('GEN-009'))
    ).toBe(true)
    // Files the PR changed that are not models are not reported at all.
    expect(first.stdout).not.toContain('src/train.py')
  })

  test('outputs: verdict, counts, report and SARIF paths', () => {
    expect(first.outputs.verdict).toBe('fail')
    expect(first.outputs['files-scanned']).toBe('2')
    expect(Number(first.outputs.findings)).toBeGreaterThanOrEqual(2)
    const report = JSON.parse(readFileSync(first.outputs['report-file']!, 'utf8'))
    expect(report.files.map((f: any) => [f.path, f.verdict]).sort()).toEqual([
      ['models/benign.bin', 'pass'],
      ['models/evil.pkl', 'fail']
    ])
  })

  test('the SARIF file is what upload-sarif accepts', () => {
    const sarif = JSON.parse(readFileSync(first.outputs['sarif-file']!, 'utf8'))
    expect(sarif.version).toBe('2.1.0')
    const run = sarif.runs[0]
    expect(run.tool.driver.name).toBe('ModelGate')
    const evil = run.results.filter(
      (r: any) => r.locations[0].physicalLocation.artifactLocation.uri === 'models/evil.pkl'
    )
    expect(evil.length).toBeGreaterThanOrEqual(1)
    for (const r of evil) {
      expect(r.level).toBe('error')
      expect(r.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{32}:1$/)
      expect(r.locations[0].physicalLocation.region).toBeUndefined()
      const rule = run.tool.driver.rules[r.ruleIndex]
      expect(rule.id).toBe(r.ruleId)
      expect(rule.help.text.length).toBeGreaterThan(0)
      expect(Number(rule.properties['security-severity'])).toBeGreaterThanOrEqual(7)
    }
  })

  test('the job summary has the verdict and a table per file, under 1 MiB', () => {
    expect(first.summary).toContain('## ModelGate: ❌ fail')
    expect(first.summary).toContain('### ❌ fail · `models/evil.pkl`')
    expect(first.summary).toMatch(/\| Severity \| Rule \| Finding \| Why \| Fix \|/)
    expect(first.summary).toContain('files changed by pull request #1')
    expect(Buffer.byteLength(first.summary)).toBeLessThanOrEqual(1024 * 1024)
  })

  test('one PR comment is posted with the marker; a re-run updates it; fixing the PR makes it "now clean"', async () => {
    expect(api.calls('POST', '/repos/o/r/issues/1/comments')).toHaveLength(1)
    expect(api.comments).toHaveLength(1)
    const id = api.comments[0]!.id
    expect(api.comments[0]!.body).toContain(MARKER)
    expect(api.comments[0]!.body).toContain('`models/evil.pkl`')
    expect(api.comments[0]!.body).toContain('[job summary and full report](https://github.example/o/r/actions/runs/42)')

    const again = await runAction({ repo, api, event: pullRequestEvent({ base, head, changedFiles: 3 }), runId: '43' })
    expect(again.status).toBe(1)
    expect(api.calls('POST', '/repos/o/r/issues/1/comments')).toHaveLength(1)
    expect(api.calls('PATCH', `/repos/o/r/issues/comments/${id}`)).toHaveLength(1)
    expect(api.comments).toHaveLength(1)
    expect(api.comments[0]!.body).toContain('actions/runs/43')

    repo.remove('models/evil.pkl')
    const fixed = repo.commit('remove the malicious model')
    api.files = [
      { filename: 'models/benign.bin', status: 'added' },
      { filename: 'src/train.py', status: 'added' }
    ]
    const clean = await runAction({
      repo,
      api,
      event: pullRequestEvent({ base, head: fixed, changedFiles: 2 }),
      runId: '44'
    })
    expect(clean.status).toBe(0)
    expect(clean.outputs.verdict).toBe('pass')
    expect(api.calls('POST', '/repos/o/r/issues/1/comments')).toHaveLength(1)
    expect(api.calls('PATCH', `/repos/o/r/issues/comments/${id}`)).toHaveLength(2)
    expect(api.comments).toHaveLength(1)
    expect(api.comments[0]!.body).toMatch(/^### ModelGate: ✅ now clean/)
    expect(api.comments[0]!.body).toContain(MARKER)
  })
})

describe('the sticky comment belongs to the token’s own identity', () => {
  test('a comment by someone else that carries the marker is never edited', async () => {
    const api = new FakeGitHub()
    await api.start()
    try {
      const repo = makeRepo()
      const base = repo.commit('base')
      repo.write('evil.pkl', maliciousPickle())
      const head = repo.commit('add')
      api.files = [{ filename: 'evil.pkl', status: 'added' }]
      api.comments = [{ id: 7, body: `gotcha ${MARKER}`, user: { login: 'mallory', type: 'User' } }]
      const r = await runAction({ repo, api, event: pullRequestEvent({ base, head }) })
      expect(r.status).toBe(1)
      expect(api.calls('PATCH', '/repos/o/r/issues/comments/7')).toHaveLength(0)
      expect(api.calls('POST', '/repos/o/r/issues/1/comments')).toHaveLength(1)
      expect(api.comments.find((c) => c.id === 7)!.body).toBe(`gotcha ${MARKER}`)
    } finally {
      await api.stop()
    }
  })
})

describe('a personal access token', () => {
  test('its user is found through GET /user when GraphQL is unavailable, so a re-run still updates', async () => {
    const api = new FakeGitHub()
    api.author = 'octo-user'
    api.graphqlDown = true
    await api.start()
    try {
      const repo = makeRepo()
      const base = repo.commit('base')
      repo.write('evil.pkl', maliciousPickle())
      const head = repo.commit('add')
      api.files = [{ filename: 'evil.pkl', status: 'added' }]
      await runAction({ repo, api, event: pullRequestEvent({ base, head }) })
      await runAction({ repo, api, event: pullRequestEvent({ base, head }), runId: '99' })
      expect(api.calls('GET', '/user').length).toBe(2)
      expect(api.calls('POST', '/repos/o/r/issues/1/comments')).toHaveLength(1)
      expect(api.comments).toHaveLength(1)
      expect(api.comments[0]!.body).toContain('actions/runs/99')
    } finally {
      await api.stop()
    }
  })
})

describe('fork pull requests (read-only token)', () => {
  test('the comment degrades to a warning; annotations, summary, outputs and the gate still work', async () => {
    const api = new FakeGitHub()
    api.readOnly = true
    await api.start()
    try {
      const repo = makeRepo()
      const base = repo.commit('base')
      repo.write('models/evil.pkl', maliciousPickle())
      const head = repo.commit('add')
      api.files = [{ filename: 'models/evil.pkl', status: 'added' }]
      const r = await runAction({ repo, api, event: pullRequestEvent({ base, head, fork: true }) })
      expect(r.status).toBe(1)
      expect(api.calls('POST', '/repos/o/r/issues/1/comments')).toHaveLength(1)
      const warning = annotations(r, 'warning').find((l) => l.includes('could not write the PR comment'))
      expect(warning).toMatch(/HTTP 403/)
      expect(warning).toMatch(/forks get a read-only token/)
      expect(annotations(r, 'error').some((l) => l.includes('file=models/evil.pkl'))).toBe(true)
      expect(r.summary).toContain('## ModelGate: ❌ fail')
      expect(r.summary).toContain('forks get a read\\-only token') // escaped Markdown: renders as read-only
      expect(r.outputs.verdict).toBe('fail')
    } finally {
      await api.stop()
    }
  })

  test('a clean fork PR passes even though the comment cannot be written', async () => {
    const api = new FakeGitHub()
    api.readOnly = true
    await api.start()
    try {
      const repo = makeRepo()
      const base = repo.commit('base')
      repo.write('models/notes.bin', BENIGN_MODEL_TEXT)
      const head = repo.commit('add')
      api.files = [{ filename: 'models/notes.bin', status: 'added' }]
      const r = await runAction({ repo, api, event: pullRequestEvent({ base, head, fork: true }) })
      expect(r.status).toBe(0)
      expect(r.outputs.verdict).toBe('pass')
      expect(annotations(r, 'warning').some((l) => l.includes('could not write the PR comment'))).toBe(true)
    } finally {
      await api.stop()
    }
  })
})

describe('more than 3000 changed files: git fallback', () => {
  let repo: Repo
  let base: string
  let head: string
  const api = new FakeGitHub()

  beforeAll(async () => {
    await api.start()
    repo = makeRepo()
    repo.write('README.md', '# big\n')
    base = repo.commit('base')
    for (let i = 0; i < 3000; i++) repo.write(`data/file-${String(i).padStart(4, '0')}.txt`, `row ${i}\n`)
    // A pickle named .txt, outside what the API serves: only git sees it, only content recognises it.
    repo.write('zz/weights.txt', maliciousPickle())
    head = repo.commit('add 3001 files')
    api.files = Array.from({ length: 3000 }, (_, i) => ({
      filename: `data/file-${String(i).padStart(4, '0')}.txt`,
      status: 'added'
    }))
  })
  afterAll(() => api.stop())

  test('changed_files: 3001 in the payload goes straight to git and finds the pickle named .txt', async () => {
    const r = await runAction({ repo, api, event: pullRequestEvent({ base, head, changedFiles: 3001 }) })
    expect(r.stdout).toContain('Listing changed files with git: the pull request changes 3001 files')
    expect(api.calls('GET', '/repos/o/r/pulls/1/files')).toHaveLength(0)
    expect(r.status).toBe(1)
    expect(r.outputs['files-scanned']).toBe('1')
    const report = JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8'))
    expect(report.files[0].path).toBe('zz/weights.txt')
    expect(report.files[0].format).toBe('pickle')
    expect(report.files[0].findings.map((f: any) => f.ruleId)).toContain('GEN-002')
    expect(r.summary).toContain('listed from git')
  })

  test('without a count in the payload, an API list that hits 3000 is not trusted', async () => {
    const before = api.calls('GET', '/repos/o/r/pulls/1/files').length
    const r = await runAction({ repo, api, event: pullRequestEvent({ base, head }) })
    expect(api.calls('GET', '/repos/o/r/pulls/1/files').length - before).toBe(30)
    expect(r.stdout).toContain('Listing changed files with git: the API returned 3000 files, its maximum')
    expect(r.status).toBe(1)
    expect(r.outputs['files-scanned']).toBe('1')
  })
})

describe('the policy comes from the base commit', () => {
  test('a PR that adds a permissive .modelgate.yml does not change its own verdict', async () => {
    const api = new FakeGitHub()
    await api.start()
    try {
      const repo = makeRepo()
      const base = repo.commit('base')
      repo.write('.modelgate.yml', 'fail-on: none\nsuppress:\n  - rule: GEN-003\n    reason: trust me\n')
      repo.write('models/evil.pkl', maliciousPickle())
      const head = repo.commit('add model and permissive config')
      api.files = [
        { filename: '.modelgate.yml', status: 'added' },
        { filename: 'models/evil.pkl', status: 'added' }
      ]
      const r = await runAction({ repo, api, event: pullRequestEvent({ base, head }) })
      expect(r.status).toBe(1)
      expect(r.outputs.verdict).toBe('fail')
      expect(r.summary).toContain('ModelGate defaults (no .modelgate.yml at the base commit')
    } finally {
      await api.stop()
    }
  })

  test('the base commit’s .modelgate.yml applies (fail-on: none → warn-only)', async () => {
    const api = new FakeGitHub()
    await api.start()
    try {
      const repo = makeRepo()
      repo.write('.modelgate.yml', 'fail-on: none\n')
      const base = repo.commit('base with policy')
      repo.write('.modelgate.yml', 'fail-on: low\n')
      repo.write('models/evil.pkl', maliciousPickle())
      const head = repo.commit('add model, tighten policy')
      api.files = [{ filename: 'models/evil.pkl', status: 'added' }]
      const r = await runAction({ repo, api, event: pullRequestEvent({ base, head }) })
      expect(r.status).toBe(0)
      expect(r.outputs.verdict).toBe('warn')
      expect(r.summary).toContain(`.modelgate.yml at the base commit ${base.slice(0, 12)}`)
      // The fail-on input wins over the config.
      const strict = await runAction({
        repo,
        api,
        event: pullRequestEvent({ base, head }),
        inputs: { 'fail-on': 'high' }
      })
      expect(strict.status).toBe(1)
    } finally {
      await api.stop()
    }
  })
})

describe('injection safety', () => {
  test('a file name with Markdown, HTML, @mentions, links and workflow commands is inert in every sink', async () => {
    const api = new FakeGitHub()
    await api.start()
    try {
      const repo = makeRepo()
      const base = repo.commit('base')
      const evil =
        'models/x @octocat <img src=x onerror=alert(1)> [a](https://evil.example) |c| `t`\n::error::injected.pkl'
      repo.write(evil, maliciousPickle())
      const head = repo.commit('add')
      api.files = [{ filename: evil, status: 'added' }]
      const r = await runAction({ repo, api, event: pullRequestEvent({ base, head }) })
      expect(r.status).toBe(1)
      // No line of the log starts a workflow command the file name wrote.
      expect(r.stdout.split('\n').some((l) => l.startsWith('::error::injected'))).toBe(false)
      const body = api.comments[0]!.body
      for (const text of [r.summary, body]) {
        // The path appears only inside code spans, where Markdown, HTML, links and mentions are inert…
        expect(text).toContain('<img src=x onerror=alert(1)>')
        const prose = outsideCodeSpans(text)
        expect(prose).not.toContain('<img')
        expect(prose).not.toContain('@octocat')
        expect(prose).not.toContain('](https://evil.example)')
        // …and on one line: the newline in the name is shown as \n, so it cannot start a new block or row.
        expect(text).not.toMatch(/\n::error::injected/)
        expect(text).toContain('\\n::error::injected.pkl')
      }
      const report = JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8'))
      expect(report.files[0].path).toBe(evil)
    } finally {
      await api.stop()
    }
  })
})

describe('other events and modes', () => {
  test('push: the whole workspace is scanned, symlinks reported not followed, exclude applied, no comment', async () => {
    const api = new FakeGitHub()
    await api.start()
    try {
      const repo = makeRepo()
      repo.write('models/evil.pkl', maliciousPickle())
      repo.write('vendor/other.pkl', maliciousPickle())
      repo.write('models/notes.bin', BENIGN_MODEL_TEXT)
      repo.commit('tree')
      const { symlinkSync } = await import('node:fs')
      symlinkSync('/etc/passwd', `${repo.dir}/models/link.pt`)
      const r = await runAction({
        repo,
        api,
        eventName: 'push',
        event: { ref: 'refs/heads/main', repository: { full_name: 'o/r' } },
        inputs: { exclude: 'vendor' }
      })
      expect(r.status).toBe(1)
      const report = JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8'))
      const paths = report.files.map((f: any) => f.path).sort()
      expect(paths).toEqual(['models/evil.pkl', 'models/link.pt', 'models/notes.bin'])
      expect(report.files.find((f: any) => f.path === 'models/link.pt').format).toBe('symlink')
      expect(r.summary).toContain('every file in the workspace')
      expect(api.requests.filter((q) => q.path.includes('/comments'))).toHaveLength(0)
    } finally {
      await api.stop()
    }
  })

  test('a PR adding a symlink and an LFS pointer: the link is reported, never followed; the pointer is not called clean', async () => {
    const api = new FakeGitHub()
    await api.start()
    try {
      const repo = makeRepo()
      const base = repo.commit('base')
      const { symlinkSync } = await import('node:fs')
      symlinkSync('/etc/passwd', `${repo.dir}/model.pt`)
      repo.write(
        'big.safetensors',
        'version https://git-lfs.github.com/spec/v1\noid sha256:' + 'a'.repeat(64) + '\nsize 123456\n'
      )
      const head = repo.commit('add link and pointer')
      api.files = [
        { filename: 'model.pt', status: 'added' },
        { filename: 'big.safetensors', status: 'added' }
      ]
      const r = await runAction({ repo, api, event: pullRequestEvent({ base, head }) })
      const report = JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8'))
      const link = report.files.find((f: any) => f.path === 'model.pt')
      expect(link.format).toBe('symlink')
      expect(link.findings[0]).toMatchObject({ ruleId: 'GEN-010', evidence: '/etc/passwd' })
      const pointer = report.files.find((f: any) => f.path === 'big.safetensors')
      expect(pointer.format).toBe('lfs-pointer')
      expect(pointer.verdict).not.toBe('pass')
      // git-lfs is either missing or cannot fetch an object that does not exist: a warning either way.
      expect(annotations(r, 'warning').some((l) => /Git LFS/.test(l) && /lfs: true/.test(l))).toBe(true)
      expect(r.summary).toMatch(/Git LFS/)
    } finally {
      await api.stop()
    }
  })

  test('changed LFS pointers are fetched with git lfs pull --include, then the real content is scanned', async () => {
    // A stand-in git-lfs on PATH: `git lfs pull --include P` puts the stored object for P in place, as the real
    // one does after downloading it. What is tested is ModelGate's side: which pointers it asks for, and that
    // it scans what the fetch produced.
    const { mkdtempSync, writeFileSync, chmodSync, mkdirSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const bin = mkdtempSync(join(tmpdir(), 'mg-fake-lfs-'))
    const store = join(bin, 'store')
    mkdirSync(join(store, 'models'), { recursive: true })
    writeFileSync(join(store, 'models', 'w.pt'), maliciousPickle())
    writeFileSync(
      join(bin, 'git-lfs'),
      [
        '#!/bin/sh',
        'if [ "$1" = version ]; then echo "git-lfs/3.0.0 (stand-in)"; exit 0; fi',
        'if [ "$1" = pull ] && [ "$2" = --include ]; then',
        '  echo "$3" >> "$FAKE_LFS_LOG"',
        '  cp "$FAKE_LFS_STORE/$3" "$3" || exit 2',
        '  exit 0',
        'fi',
        'exit 1'
      ].join('\n')
    )
    chmodSync(join(bin, 'git-lfs'), 0o755)
    const api = new FakeGitHub()
    await api.start()
    try {
      const repo = makeRepo()
      const base = repo.commit('base')
      const pointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:' + 'b'.repeat(64) + '\nsize 42\n'
      repo.write('models/w.pt', pointer)
      repo.write('models/unchanged-elsewhere.txt', 'x')
      const head = repo.commit('add pointer')
      api.files = [{ filename: 'models/w.pt', status: 'added' }]
      const log = join(bin, 'log')
      const r = await runAction({
        repo,
        api,
        event: pullRequestEvent({ base, head }),
        env: { PATH: `${bin}:${process.env.PATH}`, FAKE_LFS_STORE: store, FAKE_LFS_LOG: log }
      })
      expect(readFileSync(log, 'utf8')).toBe('models/w.pt\n')
      expect(r.stdout).toContain('Fetched 1 Git LFS object(s) for changed pointer files.')
      const report = JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8'))
      expect(report.files.map((f: any) => [f.path, f.format])).toEqual([['models/w.pt', 'pickle']])
      expect(r.status).toBe(1)
    } finally {
      await api.stop()
    }
  })

  test('merge_group: changed files from git, no PR comment', async () => {
    const api = new FakeGitHub()
    await api.start()
    try {
      const repo = makeRepo()
      const base = repo.commit('base')
      repo.write('m/evil.pkl', maliciousPickle())
      const head = repo.commit('add')
      const r = await runAction({
        repo,
        api,
        eventName: 'merge_group',
        event: { merge_group: { base_sha: base, head_sha: head }, repository: { full_name: 'o/r' } }
      })
      expect(r.status).toBe(1)
      expect(r.outputs['files-scanned']).toBe('1')
      expect(api.requests.filter((q) => q.path.startsWith('/repos'))).toHaveLength(0)
    } finally {
      await api.stop()
    }
  })

  test('without a token: git lists the files and the comment is skipped with a warning', async () => {
    const api = new FakeGitHub()
    await api.start()
    try {
      const repo = makeRepo()
      const base = repo.commit('base')
      repo.write('evil.pkl', maliciousPickle())
      const head = repo.commit('add')
      const r = await runAction({ repo, api, event: pullRequestEvent({ base, head }), inputs: { token: '' } })
      expect(r.status).toBe(1)
      expect(r.stdout).toContain('Listing changed files with git: no token')
      expect(annotations(r, 'warning').some((l) => l.includes('No token'))).toBe(true)
      expect(api.requests).toHaveLength(0)
    } finally {
      await api.stop()
    }
  })

  test('fail-on: none is warn-only: findings reported, step passes', async () => {
    const api = new FakeGitHub()
    await api.start()
    try {
      const repo = makeRepo()
      const base = repo.commit('base')
      repo.write('evil.pkl', maliciousPickle())
      const head = repo.commit('add')
      api.files = [{ filename: 'evil.pkl', status: 'added' }]
      const r = await runAction({ repo, api, event: pullRequestEvent({ base, head }), inputs: { 'fail-on': 'none' } })
      expect(r.status).toBe(0)
      expect(r.outputs.verdict).toBe('warn')
      expect(annotations(r, 'error').some((l) => l.includes('file=evil.pkl'))).toBe(true)
      expect(api.comments).toHaveLength(1)
    } finally {
      await api.stop()
    }
  })

  test('a bad input fails the step with a one-line message naming it', async () => {
    const api = new FakeGitHub()
    await api.start()
    try {
      const repo = makeRepo()
      const base = repo.commit('base')
      const r = await runAction({
        repo,
        api,
        event: pullRequestEvent({ base, head: base }),
        inputs: { comment: 'sometimes' }
      })
      expect(r.status).toBe(1)
      expect(r.commands).toContain(
        '::error::ModelGate: input comment must be one of on-findings, always, never (got "sometimes")'
      )
      expect(statSync(r.outputs['report-file'] ?? '/nonexistent', { throwIfNoEntry: false })).toBeUndefined()
    } finally {
      await api.stop()
    }
  })
})
