// The policy is read from the base commit on PRs (never the PR's copy) and from the workspace otherwise.
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadPolicy, repoRelative } from '../src/action/policy.js'
import { gitRunner } from '../src/action/git.js'
import { makeRepo } from './helpers/action.js'

describe('loadPolicy', () => {
  test('PR: the base commit’s file, not the workspace’s', async () => {
    const repo = makeRepo()
    repo.write('.modelgate.yml', 'fail-on: critical\n')
    const base = repo.commit('base')
    repo.write('.modelgate.yml', 'fail-on: none\n')
    repo.commit('head')
    const p = await loadPolicy({
      path: '.modelgate.yml',
      explicit: false,
      workspace: repo.dir,
      base,
      git: gitRunner(repo.dir)
    })
    expect(p.config.failOn).toBe('critical')
    expect(p.description).toBe(`.modelgate.yml at the base commit ${base.slice(0, 12)}`)
    expect(p.warnings).toEqual([])
  })

  test('PR: a base commit that cannot be had → defaults and a warning, never the PR’s copy', async () => {
    const repo = makeRepo()
    repo.write('.modelgate.yml', 'fail-on: none\n')
    repo.commit('only commit')
    const p = await loadPolicy({
      path: '.modelgate.yml',
      explicit: false,
      workspace: repo.dir,
      base: 'c'.repeat(40),
      git: gitRunner(repo.dir)
    })
    expect(p.config.failOn).toBeUndefined()
    expect(p.warnings[0]).toMatch(
      /could not be read from the base commit cccccccccccc .* The pull request's own \.modelgate\.yml is never used/
    )
  })

  test('PR: a broken config on the base branch is a user error naming the file and commit', async () => {
    const repo = makeRepo()
    repo.write('policy.yml', 'fail-on: sometimes\n')
    const base = repo.commit('base')
    await expect(
      loadPolicy({ path: 'policy.yml', explicit: true, workspace: repo.dir, base, git: gitRunner(repo.dir) })
    ).rejects.toThrow(`policy.yml at ${base.slice(0, 12)}: fail-on must be one of`)
  })

  test('other events: the workspace file; an explicit missing file is an error, the default one is not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-policy-'))
    const git = gitRunner(dir)
    expect((await loadPolicy({ path: '.modelgate.yml', explicit: false, workspace: dir, git })).description).toMatch(
      /ModelGate defaults/
    )
    await expect(loadPolicy({ path: 'cfg.yml', explicit: true, workspace: dir, git })).rejects.toThrow(
      'config cfg.yml: cannot read the file'
    )
    writeFileSync(join(dir, 'cfg.yml'), 'fail-on: medium\n')
    expect((await loadPolicy({ path: 'cfg.yml', explicit: true, workspace: dir, git })).config.failOn).toBe('medium')
  })

  test('repoRelative', () => {
    expect(repoRelative('/ws', '.modelgate.yml')).toBe('.modelgate.yml')
    expect(repoRelative('/ws', '/ws/a/b.yml')).toBe('a/b.yml')
    expect(repoRelative('/ws', '/etc/policy.yml')).toBeUndefined()
    expect(repoRelative('/ws', '../x.yml')).toBeUndefined()
  })
})
