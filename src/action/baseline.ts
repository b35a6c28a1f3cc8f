// Stage 6a: the `baseline` input — a previous JSON report whose findings are accepted (report/baseline.ts). A
// baseline is trust input like the policy: on pull requests and merge queues a repository path is read from the
// BASE commit, so a pull request cannot accept its own findings by adding or editing the baseline file.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { UserError } from '../errors.js'
import { parseBaseline, type Baseline } from '../report/baseline.js'
import { gitBaseReader } from '../integrity/action.js'
import { repoRelative } from './policy.js'

export interface LoadedBaseline {
  baseline?: Baseline
  warnings: string[]
}

export async function loadActionBaseline(path: string, workspace: string, base?: string): Promise<LoadedBaseline> {
  const rel = repoRelative(workspace, path)
  if (rel === undefined || base === undefined) {
    let text: string
    try {
      text = await readFile(resolve(workspace, path), 'utf8')
    } catch {
      throw new UserError(`baseline ${path}: cannot read the file`)
    }
    return { baseline: parseBaseline(text, path), warnings: [] }
  }
  let data: Buffer
  try {
    data = await gitBaseReader(workspace, base)(rel)
  } catch {
    return {
      warnings: [
        `baseline ${rel} does not exist at the base commit ${base.slice(0, 12)}, so no finding is accepted by it (the pull request's own copy is never used).`
      ]
    }
  }
  return { baseline: parseBaseline(data.toString('utf8'), `${rel} at ${base.slice(0, 12)}`), warnings: [] }
}
