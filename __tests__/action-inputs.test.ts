import { describe, expect, test } from '@jest/globals'
import { readInputs, list } from '../src/action/inputs.js'
import { effectiveMode, readEvent } from '../src/action/event.js'
import { actionDefaults } from './helpers/action.js'

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('inputs', () => {
  test('action.yml defaults give the documented behaviour', () => {
    const i = readInputs(reader(actionDefaults()))
    expect(i).toMatchObject({
      mode: 'auto',
      paths: [],
      exclude: [],
      config: '.modelgate.yml',
      configExplicit: false,
      comment: 'on-findings',
      annotations: true,
      lfs: true
    })
    expect(i.failOn).toBeUndefined()
    expect(i.token.length).toBeGreaterThan(0)
    expect(i.integrity).toMatchObject({ trustedKeys: [], trustedCas: [], signatures: [], requireSignature: false })
    expect(i.failOnNewOnly).toBe(false)
    expect(i.baseline).toBeUndefined()
    expect(i.jobs).toBeUndefined()
    expect(i.history).toEqual({ all: false })
  })

  test('jobs: a whole number of analysis threads', () => {
    expect(readInputs(reader({ jobs: '1' })).jobs).toBe(1)
    expect(readInputs(reader({ jobs: ' 4 ' })).jobs).toBe(4)
    for (const bad of ['0', 'two', '-1', '1.5', '1000'])
      expect(() => readInputs(reader({ jobs: bad }))).toThrow(/input jobs must be a whole number from 1 to 999/)
  })

  test('no inputs at all (defaults not applied) behave the same', () => {
    const i = readInputs(reader({}))
    expect(i).toMatchObject({ mode: 'auto', comment: 'on-findings', annotations: true, config: '.modelgate.yml' })
  })

  test('lists, booleans and aliases', () => {
    expect(list('a/**\n# comment\n b , c\n\n')).toEqual(['a/**', 'b', 'c'])
    const i = readInputs(
      reader({
        comment: 'false',
        annotations: 'False',
        'fail-on': 'none',
        'trusted-key': 'k1\nk2',
        'trusted-ca': 'ca.pem',
        signature: 'release/m.sig',
        'require-signature': 'true',
        'fail-on-new-only': 'true'
      })
    )
    expect(i.comment).toBe('never')
    expect(i.annotations).toBe(false)
    expect(i.failOn).toBe('none')
    expect(i.integrity).toMatchObject({
      trustedKeys: ['k1', 'k2'],
      trustedCas: ['ca.pem'],
      signatures: [{ signature: 'release/m.sig' }],
      requireSignature: true
    })
    expect(i.failOnNewOnly).toBe(true)
  })

  test('every mistake names the input and what it accepts', () => {
    expect(() => readInputs(reader({ mode: 'diff' }))).toThrow(
      'input mode must be one of auto, changed, all, history (got "diff")'
    )
    expect(() => readInputs(reader({ 'fail-on': 'severe' }))).toThrow(/input fail-on must be one of critical, high/)
    expect(() => readInputs(reader({ annotations: 'maybe' }))).toThrow(
      'input annotations must be true or false (got "maybe")'
    )
    expect(() => readInputs(reader({ mode: 'history', shard: '3/2' }))).toThrow(
      'input shard must be i/n with 1 <= i <= n (got "3/2")'
    )
    expect(() => readInputs(reader({ mode: 'history', shard: 'two' }))).toThrow(/input shard must be i\/n/)
    expect(() => readInputs(reader({ mode: 'all', shard: '1/2' }))).toThrow(
      'input shard applies to mode: history only (mode is all)'
    )
    expect(() => readInputs(reader({ mode: 'history', 'history-max-blobs': '0' }))).toThrow(
      /history-max-blobs must be a positive whole number/
    )
    expect(() => readInputs(reader({ mode: 'history', 'history-all': 'true', 'history-range': 'a..b' }))).toThrow(
      'inputs history-all and history-range cannot be combined'
    )
    expect(() => readInputs(reader({ 'fail-on-new-only': 'sometimes' }))).toThrow(
      'input fail-on-new-only must be true or false (got "sometimes")'
    )
  })

  test('mode: history takes its scope, cap and shard', () => {
    const i = readInputs(
      reader({
        mode: 'history',
        'history-range': 'v1..HEAD',
        'history-since': '2025-01-01',
        'history-max-blobs': '500',
        shard: '2/4',
        'history-all': 'false',
        baseline: 'audit/baseline.json'
      })
    )
    expect(i.history).toEqual({
      all: false,
      range: 'v1..HEAD',
      since: '2025-01-01',
      maxBlobs: 500,
      shard: { index: 2, count: 4 }
    })
    expect(i.baseline).toBe('audit/baseline.json')
  })
})

describe('event', () => {
  const env = {
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SHA: 'm'.repeat(40),
    GITHUB_SERVER_URL: 'https://gh',
    GITHUB_RUN_ID: '7'
  }
  const pr = (headRepo: string) => ({
    number: 3,
    pull_request: {
      number: 3,
      changed_files: 12,
      base: { sha: 'b'.repeat(40), repo: { full_name: 'o/r' } },
      head: { sha: 'h'.repeat(40), repo: { full_name: headRepo } }
    }
  })

  test('pull_request: base, head, count, fork detection, run link', () => {
    const ev = readEvent('pull_request', pr('forker/r'), env)
    expect(ev.pull).toEqual({ number: 3, base: 'b'.repeat(40), head: 'h'.repeat(40), changedFiles: 12, fork: true })
    expect(ev.runUrl).toBe('https://gh/o/r/actions/runs/7')
    expect(readEvent('pull_request', pr('o/r'), env).pull!.fork).toBe(false)
    // pull_request_target runs with the base repository's token: not read-only.
    expect(readEvent('pull_request_target', pr('forker/r'), env).pull!.fork).toBe(false)
    expect(effectiveMode('auto', ev)).toBe('changed')
  })

  test('merge_group, push and schedule', () => {
    const mg = readEvent('merge_group', { merge_group: { base_sha: 'b'.repeat(40), head_sha: 'h'.repeat(40) } }, env)
    expect(mg.mergeGroup).toEqual({ base: 'b'.repeat(40), head: 'h'.repeat(40) })
    expect(effectiveMode('auto', mg)).toBe('changed')
    expect(effectiveMode('auto', readEvent('push', {}, env))).toBe('all')
    expect(effectiveMode('auto', readEvent('schedule', {}, env))).toBe('all')
    expect(effectiveMode('changed', readEvent('push', {}, env))).toBe('changed')
  })

  test('a PR payload without commits is a clear error', () => {
    expect(() => readEvent('pull_request', { pull_request: { number: 1 } }, env)).toThrow(/no base\.sha\/head\.sha/)
  })
})
