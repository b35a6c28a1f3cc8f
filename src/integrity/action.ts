// What the GitHub Action calls to set up integrity checks for a pull request. Trust material named by the Action's
// inputs or by the base-branch .modelgate.yml is read from the BASE commit, never from the pull request's checkout:
// a pull request that adds its own key, CA, trusted root or configuration cannot make its own models trusted.
import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import type { Config } from '../policy/config.js'
import {
  resolveIntegrityOptions,
  type IntegrityInput,
  type IntegrityOptions,
  type IntegritySources
} from './options.js'

/** Reads `path` (relative to the repository top) as it is in commit `baseSha`, with `git show`. */
export function gitBaseReader(repoDir: string, baseSha: string): (path: string) => Promise<Buffer> {
  if (!/^[0-9a-f]{7,64}$/i.test(baseSha)) throw new Error(`not a commit id: ${baseSha}`)
  return (path) =>
    new Promise((res, rej) => {
      const rel = path.replace(/^\.\//, '')
      execFile(
        'git',
        ['show', `${baseSha}:${rel}`],
        { cwd: repoDir, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 },
        (err, stdout) =>
          err ? rej(new Error(`${rel} is not in the base commit ${baseSha.slice(0, 12)}`)) : res(stdout)
      )
    })
}

/**
 * Integrity options for the Action. `inputs` are the Action's inputs parsed into an IntegrityInput (paths or inline
 * PEM); `baseConfig` is .modelgate.yml as parsed from the base branch (if any); `readBase` reads trust files from
 * the base commit (see gitBaseReader). Signature, manifest and model locations resolve against `workspace` (they
 * are data to verify, read from the checkout).
 */
export function actionIntegrityOptions(args: {
  inputs: IntegrityInput
  baseConfig?: Config
  readBase: (path: string) => Promise<Buffer>
  workspace: string
}): Promise<IntegrityOptions> {
  const sources = (label: string): IntegritySources => ({
    label,
    readTrusted: args.readBase,
    locate: (p) => resolve(args.workspace, p)
  })
  const list = [{ input: args.inputs, sources: sources('action input') }]
  if (args.baseConfig?.integrity)
    list.push({
      input: args.baseConfig.integrity,
      sources: sources(`${args.baseConfig.source ?? '.modelgate.yml'} (base branch)`)
    })
  return resolveIntegrityOptions(list, [args.workspace])
}
