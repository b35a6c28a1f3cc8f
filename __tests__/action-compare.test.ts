// End to end (built dist/index.js, real git repository, fake GitHub API): a pull request compared with its base.
// Findings new in the PR come first in the summary and the comment; findings the base version already had are
// marked pre-existing and, with fail-on-new-only, no longer set the verdict. Changed tensors of a checkpoint are
// reported with their numbers: a backdoor-like change (few tensors changed a lot) is WPOI-010 (medium), a
// fine-tune (every tensor changed a little) is WPOI-011 (info).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { FIXTURES, runCli } from './helpers/cli.js'
import { FakeGitHub, makeRepo, pullRequestEvent, runAction, type ActionRun } from './helpers/action.js'

const CLEAN_CKPT = readFileSync(join(FIXTURES, 'pytorch', 'state_dict.pt'))
/** A real torch.save checkpoint whose data.pkl calls posix.system first (see fixtures/manifest.json). */
const EVIL_CKPT = readFileSync(join(FIXTURES, 'pytorch', 'malicious_data_pkl.pt'))
const FINETUNE = join(FIXTURES, 'weights', 'finetune')

const api = new FakeGitHub()
beforeAll(() => api.start())
afterAll(() => api.stop())

/**
 * A copy of a zip with the bytes of one stored member edited in place and its CRC-32 updated in the local header
 * and the central directory, as a tool that rewrote the member would leave it.
 */
function editStoredMember(zip: Buffer, name: string, edit: (data: Buffer) => void): Buffer {
  const out = Buffer.from(zip)
  const n = Buffer.from(name)
  let crc: number | undefined
  for (let i = 0; i + 30 <= out.length; i++) {
    const sig = out.readUInt32LE(i)
    if (
      sig === 0x04034b50 &&
      out.readUInt16LE(i + 26) === n.length &&
      out.subarray(i + 30, i + 30 + n.length).equals(n)
    ) {
      if (out.readUInt16LE(i + 8) !== 0) throw new Error(`${name} is not stored`)
      const start = i + 30 + n.length + out.readUInt16LE(i + 28)
      const data = out.subarray(start, start + out.readUInt32LE(i + 18))
      edit(data)
      crc = crc32(data)
      out.writeUInt32LE(crc, i + 14)
    } else if (
      sig === 0x02014b50 &&
      crc !== undefined &&
      out.readUInt16LE(i + 28) === n.length &&
      out.subarray(i + 46, i + 46 + n.length).equals(n)
    )
      out.writeUInt32LE(crc, i + 16)
  }
  if (crc === undefined) throw new Error(`no member ${name}`)
  return out
}

function reportOf(r: ActionRun): any {
  return JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8'))
}

/** A PR on a fresh repository: `base` files committed on main, then `head` files; returns the Action's run. */
async function prRun(
  basefiles: Record<string, Buffer>,
  headfiles: Record<string, Buffer>,
  changed: { filename: string; status: string; previous_filename?: string }[],
  inputs: Record<string, string> = {},
  remove: string[] = []
): Promise<ActionRun> {
  const repo = makeRepo()
  repo.write('README.md', '# models\n')
  for (const [p, b] of Object.entries(basefiles)) repo.write(p, b)
  const base = repo.commit('base')
  for (const p of remove) repo.remove(p)
  for (const [p, b] of Object.entries(headfiles)) repo.write(p, b)
  const head = repo.commit('pr')
  api.files = changed
  api.comments = []
  return runAction({ repo, api, event: pullRequestEvent({ base, head }), inputs })
}

function commentBody(): string {
  expect(api.comments).toHaveLength(1)
  return api.comments[0]!.body
}

describe('new in this PR', () => {
  test('a PR that adds os.system to an existing checkpoint shows it as new, with the new import', async () => {
    const r = await prRun({ 'models/ckpt.pt': CLEAN_CKPT }, { 'models/ckpt.pt': EVIL_CKPT }, [
      { filename: 'models/ckpt.pt', status: 'modified' }
    ])
    expect(r.status).toBe(1)
    const f = reportOf(r).files.find((x: any) => x.path === 'models/ckpt.pt')
    expect(f.changes).toMatchObject({
      base: { path: 'models/ckpt.pt', format: 'pytorch-zip' },
      preExisting: 0,
      newImports: ['posix.system'],
      removedImports: []
    })
    expect(f.changes.newFindings).toBe(f.findings.length)
    expect(f.findings.filter((x: any) => x.preExisting)).toEqual([])
    expect(f.findings.find((x: any) => x.ruleId === 'PKL-001')).toMatchObject({
      severity: 'critical',
      evidence: 'posix.system'
    })
    // Summary: "New in this PR" comes before the per-file sections, lists the finding and the new import.
    const s = r.summary
    const newAt = s.indexOf('### New in this PR')
    expect(newAt).toBeGreaterThan(0)
    expect(newAt).toBeLessThan(s.indexOf('### ❌ fail · `models/ckpt.pt`'))
    expect(s.slice(newAt)).toMatch(/\| `models\/ckpt\.pt` \| 🟥 critical \| `PKL-001` \|/)
    expect(s).toContain('- New imports: `posix.system`')
    expect(s).not.toContain('(pre-existing)')
    // The comment leads with the same.
    const c = commentBody()
    expect(c.indexOf('#### New in this PR')).toBeGreaterThan(0)
    expect(c.indexOf('#### New in this PR')).toBeLessThan(c.indexOf('| File | Verdict | Worst finding |'))
    expect(c).toContain('New imports: `posix.system`')
    // SARIF marks every result as new.
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file']!, 'utf8'))
    expect(new Set(sarif.runs[0].results.map((x: any) => x.baselineState))).toEqual(new Set(['new']))
  })
})

describe('pre-existing findings', () => {
  // The PR retrains the checkpoint (one float of archive/data/0 changes); its data.pkl payload was already on main.
  const retrained = editStoredMember(EVIL_CKPT, 'archive/data/0', (d) => d.writeFloatLE(0.5, 0))
  const changed = [{ filename: 'models/ckpt.pt', status: 'modified' }]

  test('a PR touching a checkpoint that already had a finding marks it pre-existing; it still fails by default', async () => {
    expect(retrained.equals(EVIL_CKPT)).toBe(false)
    const r = await prRun({ 'models/ckpt.pt': EVIL_CKPT }, { 'models/ckpt.pt': retrained }, changed)
    expect(r.status).toBe(1)
    const f = reportOf(r).files[0]
    expect(f.changes).toMatchObject({ newFindings: 0, newImports: [], resolved: 0 })
    expect(f.changes.preExisting).toBe(f.findings.length)
    expect(f.findings.length).toBeGreaterThanOrEqual(4)
    for (const x of f.findings) expect(x.preExisting).toBe(true)
    expect(r.summary).toContain('No new findings')
    expect(r.summary).toContain('*(pre-existing)*')
    expect(r.summary).toMatch(/\*\*Pre-existing:\*\* \d+ finding\(s\) in 1 file\(s\) .* still count for the verdict/)
    const errors = r.commands.filter((l) => l.startsWith('::error title='))
    expect(errors.length).toBeGreaterThan(0)
    for (const l of errors) expect(l).toMatch(/pre-existing/)
  })

  test('with fail-on-new-only: true the same PR passes; the findings stay in the report, marked', async () => {
    const r = await prRun({ 'models/ckpt.pt': EVIL_CKPT }, { 'models/ckpt.pt': retrained }, changed, {
      'fail-on-new-only': 'true',
      comment: 'always'
    })
    expect(r.status).toBe(0)
    expect(r.outputs.verdict).toBe('pass')
    const report = reportOf(r)
    expect(report.files[0].verdict).toBe('pass')
    expect(report.files[0].findings.some((x: any) => x.ruleId === 'PKL-001' && x.preExisting)).toBe(true)
    expect(r.summary).toContain('do not set the verdict (fail-on-new-only)')
    expect(commentBody()).toMatch(/^### ModelGate: ✅ pass — nothing new; \d+ pre-existing finding\(s\)/)
    expect(r.commands.some((l) => l.startsWith('::error::'))).toBe(false)
  })

  test('fail-on-new-only still fails on what the PR adds', async () => {
    const r = await prRun(
      { 'models/ckpt.pt': EVIL_CKPT },
      { 'models/ckpt.pt': retrained, 'models/new.pt': EVIL_CKPT },
      [...changed, { filename: 'models/new.pt', status: 'added' }],
      { 'fail-on-new-only': 'true' }
    )
    expect(r.status).toBe(1)
    const files = reportOf(r).files
    expect(files.map((f: any) => [f.path, f.verdict]).sort()).toEqual([
      ['models/ckpt.pt', 'pass'],
      ['models/new.pt', 'fail']
    ])
    expect(files.find((f: any) => f.path === 'models/new.pt').changes.base).toBeUndefined()
    expect(r.summary).toContain('`models/new.pt` (added in this PR)')
  })

  test('a renamed checkpoint is compared with its old path', async () => {
    const r = await prRun(
      { 'models/old.pt': EVIL_CKPT },
      { 'models/ckpt.pt': EVIL_CKPT },
      [{ filename: 'models/ckpt.pt', status: 'renamed', previous_filename: 'models/old.pt' }],
      { 'fail-on-new-only': 'true' },
      ['models/old.pt']
    )
    expect(r.status).toBe(0)
    const f = reportOf(r).files[0]
    expect(f.changes.base.path).toBe('models/old.pt')
    expect(f.changes.newFindings).toBe(0)
  })
})

describe('changed tensors', () => {
  const base = readFileSync(join(FINETUNE, 'base.pt'))
  const changed = [{ filename: 'models/mlp.pt', status: 'modified' }]

  test('a backdoor-like change (one tensor changed a lot, the other identical) is WPOI-010, medium, with the numbers', async () => {
    const r = await prRun(
      { 'models/mlp.pt': base },
      { 'models/mlp.pt': readFileSync(join(FINETUNE, 'backdoored.pt')) },
      changed
    )
    // Medium is below the default fail-on (high): reported for review, the step passes with verdict warn.
    expect(r.status).toBe(0)
    expect(r.outputs.verdict).toBe('warn')
    const f = reportOf(r).files[0]
    const w = f.findings.find((x: any) => x.ruleId === 'WPOI-010')
    // Tensors are named by state-dict key (data.pkl's key paths), not by storage record (archive/data/2).
    expect(w).toMatchObject({ severity: 'medium', evidence: 'fc2.weight' })
    expect(w.preExisting).toBeUndefined()
    expect(w.message).toMatch(/1 of 2 compared tensor\(s\) changed, 1 identical/)
    expect(w.message).toMatch(/fc2\.weight \(std \+\d+%, max \|w\| \+\d+%, mean shift [\d.]+σ\)/)
    expect(f.changes.weights).toMatchObject({ compared: 2, identical: 1, pattern: 'few-large' })
    expect(f.changes.weights.changed.map((c: any) => c.name)).toEqual(['fc2.weight'])
    expect(f.changes.weights.changed[0].magnitude).toBeGreaterThan(1)
    expect(
      f.findings.filter((x: any) => x.severity !== 'info' && x.severity !== 'low').map((x: any) => x.ruleId)
    ).toEqual(['WPOI-010'])
    expect(r.summary).toMatch(
      /Changes in weights: 1 of 2 compared tensor\(s\) changed, 1 identical — few tensors changed a lot while the rest are identical \(the pattern of a planted backdoor\)\. `fc2\.weight` std \+\d+%/
    )
    expect(commentBody()).toContain('Changes in weights: 1 of 2 compared tensor(s) changed')
    expect(r.commands.some((l) => l.startsWith('::warning title=ModelGate WPOI-010 (medium)'))).toBe(true)
  })

  test('a fine-tune (every tensor changed a little) is WPOI-011 info, nothing at medium', async () => {
    const r = await prRun(
      { 'models/mlp.pt': base },
      { 'models/mlp.pt': readFileSync(join(FINETUNE, 'finetuned.pt')) },
      changed
    )
    expect(r.status).toBe(0)
    expect(r.outputs.verdict).toBe('pass')
    const f = reportOf(r).files[0]
    expect(f.findings.map((x: any) => `${x.ruleId} ${x.severity}`)).toEqual(['WPOI-011 info'])
    expect(f.findings[0].message).toMatch(
      /2 of 2 compared tensor\(s\) changed, 0 identical: many tensors changed a little/
    )
    expect(f.changes.weights).toMatchObject({ compared: 2, identical: 0, pattern: 'fine-tune' })
    for (const c of f.changes.weights.changed) expect(c.magnitude).toBeLessThan(0.1)
    expect(r.summary).toContain('(the pattern of a fine-tune)')
  })

  test('tensors are matched by parameter name across checkpoint formats (zip base, legacy-stream head)', async () => {
    // names/legacy_state_dict.pt holds base.pt's weights with code in the low bits of fc1.weight, in the legacy
    // stream: its storages are "storage 0…", the zip's "archive/data/0…"; only parameter names can match them.
    const r = await prRun(
      { 'models/mlp.pt': base },
      { 'models/mlp.pt': readFileSync(join(FIXTURES, 'weights', 'names', 'legacy_state_dict.pt')) },
      changed
    )
    const f = reportOf(r).files[0]
    expect(f.format).toBe('pytorch-legacy')
    expect(f.changes.base.format).toBe('pytorch-zip')
    expect(f.changes.weights).toMatchObject({ compared: 2, identical: 1, added: [], removed: [], reshaped: [] })
    expect(f.changes.weights.changed.map((c: any) => c.name)).toEqual(['fc1.weight'])
    expect(f.findings.find((x: any) => x.ruleId === 'STEG-003')).toMatchObject({
      severity: 'high',
      evidence: 'fc1.weight'
    })
    expect(r.summary).toContain('`fc1.weight`')
  })

  test('an unchanged checkpoint next to a changed one is not compared tensor by tensor', async () => {
    const r = await prRun({ 'models/mlp.pt': base }, { 'models/mlp.pt': base, 'models/other.pt': base }, [
      { filename: 'models/other.pt', status: 'added' }
    ])
    expect(r.status).toBe(0)
    const files = reportOf(r).files
    expect(files.map((f: any) => f.path)).toEqual(['models/other.pt'])
    expect(files[0].changes.weights).toBeUndefined()
    expect(files[0].findings).toEqual([])
  })
})

describe('the baseline input on pull requests', () => {
  /** A JSON report accepting every finding of the malicious checkpoint (findings are keyed by content, not path). */
  function baselineFor(file: string): Buffer {
    const r = runCli(['scan', '--format', 'json', file])
    expect(r.status).toBe(1)
    return Buffer.from(r.stdout)
  }
  const accepting = baselineFor(join(FIXTURES, 'pytorch', 'malicious_data_pkl.pt'))

  test('a baseline on the base branch accepts the findings it lists', async () => {
    const r = await prRun(
      { 'audit/baseline.json': accepting },
      { 'models/ckpt.pt': EVIL_CKPT },
      [{ filename: 'models/ckpt.pt', status: 'added' }],
      { baseline: 'audit/baseline.json' }
    )
    expect(r.status).toBe(0)
    const report = reportOf(r)
    expect(report.files[0].findings).toEqual([])
    expect(
      report.files[0].suppressed.every((x: any) => x.suppressedBy.startsWith('baseline audit/baseline.json at '))
    ).toBe(true)
  })

  test('a pull request cannot accept its own findings by adding the baseline file', async () => {
    const r = await prRun(
      {},
      { 'models/ckpt.pt': EVIL_CKPT, 'audit/baseline.json': accepting },
      [
        { filename: 'models/ckpt.pt', status: 'added' },
        { filename: 'audit/baseline.json', status: 'added' }
      ],
      { baseline: 'audit/baseline.json' }
    )
    expect(r.status).toBe(1)
    expect(reportOf(r).files[0].verdict).toBe('fail')
    expect(r.commands.some((l) => l.startsWith('::warning::') && l.includes('does not exist at the base commit'))).toBe(
      true
    )
  })
})
