// Issue #8: every credential planted in fixtures/secrets is reported by the Action and redacted in every sink it
// writes — the job summary, the PR comment (each body posted or patched), the annotations and log on stdout, the
// step outputs, and the JSON and SARIF report files. The built bundle runs in a pull_request event against the
// fake GitHub API, with every secrets fixture (and its clean twin) added by the PR.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './helpers/cli.js'
import { FakeGitHub, makeRepo, pullRequestEvent, runAction, type ActionRun, type Repo } from './helpers/action.js'

interface Manifest {
  secrets: Record<string, { kind: string; length: number }>
  fixtures: { file: string; expect: { secretKinds: string[] } }[]
}

const manifest: Manifest = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'secrets', 'manifest.json'), 'utf8'))

// How fixtures/secrets/generate.py builds each planted credential (SECRETS there): a fixed prefix and characters
// from a seeded RNG. The test reads each value back out of the fixture bytes with its shape and checks its length
// against the manifest, so the values are the generator's, not copied from any ModelGate output.
const SHAPES: Record<string, RegExp> = {
  github: /ghp_[A-Za-z0-9]{36}/,
  huggingface: /hf_[A-Za-z0-9]{34}/,
  aws: /AKIA[A-Z0-9]{16}/,
  // TorchScript prints the key as a string literal, so its line breaks are the two characters \n in the file.
  openssh:
    /-----BEGIN OPENSSH PRIVATE KEY-----(?:\\n|\n)(?:[A-Za-z0-9+/=]+(?:\\n|\n))+-----END OPENSSH PRIVATE KEY-----(?:\\n|\n)/,
  url: /https:\/\/user:[^@\s]+@db\.internal\.example\/x/,
  slack: /xoxb-[0-9]{12}-[0-9]{13}-[A-Za-z0-9]{24}/,
  openai: /sk-proj-[A-Za-z0-9]{48}/
}

interface Planted {
  file: string
  which: string
  kind: string
  value: string
}

function plantedSecrets(): Planted[] {
  const byKind = new Map(Object.entries(manifest.secrets).map(([which, s]) => [s.kind, which]))
  const out: Planted[] = []
  for (const e of manifest.fixtures)
    for (const kind of e.expect.secretKinds) {
      const which = byKind.get(kind)!
      const m = SHAPES[which]!.exec(readFileSync(join(ROOT, e.file)).toString('latin1'))
      if (!m) throw new Error(`no ${kind} found in ${e.file}`)
      const value = m[0].replace(/\\n/g, '\n')
      if (value.length !== manifest.secrets[which]!.length)
        throw new Error(
          `${e.file}: ${kind} is ${value.length} characters, the manifest says ${manifest.secrets[which]!.length}`
        )
      out.push({ file: e.file, which, kind, value })
    }
  return out
}

/**
 * The strings whose presence in a sink would leak the credential: the value itself; the value without its first
 * eight characters (redaction keeps at most six, and a sink's escaping of the prefix, e.g. `ghp\_`, must not hide
 * a leak); the password of a URL; each base64 line of a private key (its header alone is no secret).
 */
function needles(p: Planted): string[] {
  if (p.which === 'openssh')
    return p.value
      .split('\n')
      .filter((l) => l && !l.startsWith('-----'))
      .concat([p.value])
  const out = [p.value, p.value.slice(8)]
  if (p.which === 'url') out.push(decodeURIComponent(new URL(p.value).password))
  return out
}

/** Undoes the escaping sinks apply, so an escaped secret still counts: Markdown backslashes, zero-width spaces
 * (autolink defusing), HTML entities, workflow-command percent encoding and JSON string escapes of `/`. */
function normalise(text: string): string {
  return text
    .replace(/\u200b/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(
      /&amp;|&lt;|&gt;|&quot;|&#39;/g,
      (e) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" })[e]!
    )
    .replace(/%(25|0D|0A|3A|2C)/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
}

describe('secrets in a PR are reported and redacted in every Action sink (issue #8)', () => {
  const api = new FakeGitHub()
  const planted = plantedSecrets()
  const files = manifest.fixtures.map((e) => e.file)
  let repo: Repo
  const runs: ActionRun[] = []
  let sinks: Record<string, string>

  beforeAll(async () => {
    await api.start()
    repo = makeRepo()
    repo.write('README.md', '# project\n')
    const base = repo.commit('base')
    for (const f of files) repo.write(f, readFileSync(join(ROOT, f)))
    const head = repo.commit('add models with credentials')
    api.files = files.map((filename) => ({ filename, status: 'added' }))
    // Two runs: the first posts the sticky comment, the second patches it.
    for (const runId of ['42', '43'])
      runs.push(
        await runAction({
          repo,
          api,
          runId,
          event: pullRequestEvent({ base, head, changedFiles: files.length }),
          inputs: { comment: 'always' }
        })
      )
    const last = runs[1]!
    sinks = {
      summary: runs.map((r) => r.summary).join('\n'),
      stdout: runs.map((r) => r.stdout).join('\n'),
      stderr: runs.map((r) => r.stderr).join('\n'),
      outputs: runs.map((r) => JSON.stringify(r.outputs)).join('\n'),
      comments: api.requests
        .filter((q) => (q.method === 'POST' || q.method === 'PATCH') && q.path.includes('/comments'))
        .map((q) => String(q.body?.body ?? ''))
        .join('\n'),
      json: readFileSync(last.outputs['report-file']!, 'utf8'),
      sarif: readFileSync(last.outputs['sarif-file']!, 'utf8')
    }
  })
  afterAll(() => api.stop())

  test('the generator planted one credential per secret fixture, of the length the manifest gives', () => {
    expect(planted.length).toBe(manifest.fixtures.filter((e) => e.expect.secretKinds.length).length)
    expect(new Set(planted.map((p) => p.which))).toEqual(new Set(Object.keys(manifest.secrets)))
  })

  test('the step fails on the credentials and both comment writes happened', () => {
    for (const r of runs) {
      expect(r.status).toBe(1)
      expect(r.outputs.verdict).toBe('fail')
    }
    expect(api.calls('POST', '/repos/o/r/issues/1/comments')).toHaveLength(1)
    expect(api.calls('PATCH', /^\/repos\/o\/r\/issues\/comments\/\d+$/)).toHaveLength(1)
  })

  test('each credential is reported: JSON, SARIF, annotations, job summary and comment name SEC-001 on its file', () => {
    const report = JSON.parse(sinks.json!)
    const sarif = JSON.parse(sinks.sarif!)
    const byPath = new Map<string, any>(report.files.map((f: any) => [f.path, f]))
    const secretFiles = new Set(planted.map((p) => p.file))
    for (const p of planted) {
      const f = byPath.get(p.file)
      expect(f).toBeDefined()
      expect(
        f.findings.some((x: any) => x.ruleId === 'SEC-001' && x.severity === 'high' && x.message.startsWith(p.kind))
      ).toBe(true)
      expect(
        sarif.runs[0].results.some(
          (r: any) => r.ruleId === 'SEC-001' && r.locations[0].physicalLocation.artifactLocation.uri === p.file
        )
      ).toBe(true)
    }
    // Annotations: GitHub shows 10 errors per step (the failed step and the overflow note take one each), so
    // SEC-001 is annotated on the secret files up to that cap and the rest is counted in the overflow note.
    const annotated = runs[1]!.commands
      .filter((l) => l.startsWith('::error title=ModelGate SEC-001 (high)'))
      .map((l) => /,file=([^,:]+),/.exec(l)?.[1])
    expect(annotated.length).toBeGreaterThan(0)
    expect(new Set(annotated).size).toBe(annotated.length)
    for (const f of annotated) expect(secretFiles).toContain(f)
    const errorFindings = report.files
      .flatMap((f: any) => f.findings)
      .filter((x: any) => x.severity === 'high' || x.severity === 'critical')
    const overflow = runs[1]!.commands.find((l) => l.startsWith('::error title=ModelGate%3A '))
    const omitted = overflow ? Number(/ (\d+) more finding/.exec(overflow)![1]) : 0
    for (const x of errorFindings) expect(x.ruleId).toBe('SEC-001')
    expect(errorFindings).toHaveLength(secretFiles.size)
    expect(annotated.length + omitted).toBe(errorFindings.length)
    // Clean twins: no SEC-001 anywhere.
    for (const e of manifest.fixtures.filter((x) => !secretFiles.has(x.file))) {
      expect(byPath.get(e.file)?.findings.some((x: any) => x.ruleId === 'SEC-001') ?? false).toBe(false)
      expect(runs[1]!.commands.some((l) => l.includes('SEC-001') && l.includes(`file=${e.file},`))).toBe(false)
    }
    // Summary and comment: a section per failing file with a SEC-001 row.
    for (const sink of [runs[1]!.summary, api.comments[0]!.body]) {
      for (const file of secretFiles) expect(sink).toContain(`\`${file}\``)
      expect(sink).toMatch(/SEC-001/)
    }
  })

  test('no credential appears in the summary, comments, stdout/stderr, outputs, JSON or SARIF', () => {
    const leaks: string[] = []
    for (const [sink, text] of Object.entries(sinks)) {
      const plain = normalise(text)
      for (const p of planted)
        for (const n of needles(p))
          if (text.includes(n) || plain.includes(n)) leaks.push(`${sink}: ${p.kind} of ${p.file} (${n.slice(0, 4)}…)`)
    }
    expect(leaks).toEqual([])
  })
})
