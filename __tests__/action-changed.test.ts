// Changed files of a PR: API entries, git name-status parsing, the git fallbacks on a real repository, and
// the include/exclude rules shared with the whole-workspace mode.
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  changedFromGit,
  fromApiFiles,
  listChangedFiles,
  parseNameStatus,
  type PullFilesSource
} from '../src/discovery/changed.js'
import { gitRunner } from '../src/action/git.js'
import { inScope } from '../src/action/targets.js'
import { makeRepo } from './helpers/action.js'

describe('API entries', () => {
  test('renames followed, removed and unchanged dropped', () => {
    expect(
      fromApiFiles([
        { filename: 'a.pkl', status: 'added' },
        { filename: 'gone.pkl', status: 'removed' },
        { filename: 'new/name.pt', status: 'renamed', previous_filename: 'old/name.pt' },
        { filename: 'same.bin', status: 'unchanged' },
        { filename: 'm.bin', status: 'modified' }
      ])
    ).toEqual([
      { path: 'a.pkl', status: 'added' },
      { path: 'new/name.pt', status: 'renamed', previousPath: 'old/name.pt' },
      { path: 'm.bin', status: 'modified' }
    ])
  })
})

describe('git name-status -z', () => {
  test('renames, copies, deletions and odd names', () => {
    const z = [
      'A',
      'a b.pkl',
      'D',
      'gone.pkl',
      'R097',
      'old.pt',
      'new.pt',
      'C050',
      'src.pt',
      'copy.pt',
      'M',
      'line\nbreak.bin',
      'T',
      'link.pt',
      ''
    ].join('\0')
    expect(parseNameStatus(z)).toEqual([
      { path: 'a b.pkl', status: 'added' },
      { path: 'new.pt', status: 'renamed', previousPath: 'old.pt' },
      { path: 'copy.pt', status: 'copied', previousPath: 'src.pt' },
      { path: 'line\nbreak.bin', status: 'modified' },
      { path: 'link.pt', status: 'type-changed' }
    ])
  })
})

describe('changed files from git on a real repository', () => {
  test('base...head: the PR’s own changes, not what landed on the base meanwhile', async () => {
    const repo = makeRepo()
    repo.write('keep.pkl', 'k')
    repo.write('old.pkl', 'x'.repeat(200))
    repo.write('delete.pkl', 'd')
    const base = repo.commit('base')
    repo.git('checkout', '-q', '-b', 'feature')
    repo.git('mv', 'old.pkl', 'renamed.pkl')
    repo.remove('delete.pkl')
    repo.write('new.pkl', 'n')
    const head = repo.commit('feature')
    repo.git('checkout', '-q', 'main')
    repo.write('landed-on-main.pkl', 'm')
    const mainTip = repo.commit('main moves on')
    const files = await changedFromGit(gitRunner(repo.dir), mainTip, head)
    expect(files).toEqual([
      { path: 'new.pkl', status: 'added' },
      { path: 'renamed.pkl', status: 'renamed', previousPath: 'old.pkl' }
    ])
    expect(base).toHaveLength(40)
  })

  test('a test merge commit checkout (HEAD^1..HEAD) when the merge base is unknown', async () => {
    const repo = makeRepo()
    repo.write('a.txt', 'a')
    repo.commit('base')
    repo.git('checkout', '-q', '-b', 'feature')
    repo.write('added.pkl', 'p')
    const head = repo.commit('feature')
    repo.git('checkout', '-q', 'main')
    repo.git('merge', '-q', '--no-ff', '-m', 'merge', 'feature')
    const logs: string[] = []
    // A base id that is not in the repository (a shallow clone without it; no origin to fetch from).
    const files = await changedFromGit(gitRunner(repo.dir), 'f'.repeat(40), head, (m) => logs.push(m))
    expect(files).toEqual([{ path: 'added.pkl', status: 'added' }])
    expect(logs).toContain('changed files taken from the test merge commit (HEAD^1..HEAD)')
  })

  test('neither commit available: a clear error with the shallow-clone hint', async () => {
    const repo = makeRepo()
    repo.write('a.txt', 'a')
    repo.commit('base')
    const shallow = mkdtempSync(join(tmpdir(), 'mg-shallow-'))
    const r = await gitRunner(tmpdir())(['clone', '-q', '--depth=1', `file://${repo.dir}`, shallow])
    expect(r.code).toBe(0)
    await expect(changedFromGit(gitRunner(shallow), 'a'.repeat(40), 'b'.repeat(40))).rejects.toThrow(
      /not both available \(the checkout is shallow: use actions\/checkout with fetch-depth: 0\)/
    )
  })
})

describe('API first, git when the API cannot serve', () => {
  const api = (n: number): PullFilesSource => ({
    listPullFiles: async (_pull, max) =>
      Array.from({ length: Math.min(n, max) }, (_, i) => ({ filename: `f${i}.bin`, status: 'added' }))
  })
  const noGit = async () => ({ code: 1, stdout: '', stderr: 'no git here' })

  test('a complete API list is used as is', async () => {
    const r = await listChangedFiles({ api: api(2), pull: 1, base: 'a', head: 'b', git: noGit })
    expect(r).toEqual({
      source: 'api',
      files: [
        { path: 'f0.bin', status: 'added' },
        { path: 'f1.bin', status: 'added' }
      ]
    })
  })

  test('an API failure falls back to git (and git errors surface)', async () => {
    const failing: PullFilesSource = {
      listPullFiles: async () => {
        throw new Error('HTTP 500')
      }
    }
    await expect(listChangedFiles({ api: failing, pull: 1, base: 'a', head: 'b', git: noGit })).rejects.toThrow(
      /cannot list the changed files with git/
    )
  })
})

describe('paths / exclude', () => {
  test('patterns are relative to the repository root; folders include their contents; ! excludes', () => {
    expect(inScope('models/a.pkl', [], [])).toBe(true)
    expect(inScope('models/a.pkl', ['models'], [])).toBe(true)
    expect(inScope('other/a.pkl', ['models'], [])).toBe(false)
    expect(inScope('deep/x/a.pkl', ['**/*.pkl'], [])).toBe(true)
    expect(inScope('deep/x/a.pkl', ['*.pkl'], [])).toBe(false)
    expect(inScope('models/test/a.pkl', ['models', '!models/test'], [])).toBe(false)
    expect(inScope('vendor/a.pkl', [], ['vendor'])).toBe(false)
    expect(inScope('.git/objects/ab', [], [])).toBe(false)
    expect(inScope('.hidden/a.pkl', [], [])).toBe(true)
  })
})
