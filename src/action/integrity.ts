// Stage 3b: integrity trust. Keys, CA certificates, Sigstore roots and identities come from the Action's inputs and
// from the policy file's `integrity:` section — and the files they name are read from the BASE commit on pull
// requests and merge queues, never from the checkout: a pull request that adds or replaces a key, a root or
// .modelgate.yml cannot make its own models trusted. Signature bundles and manifests are data to verify and are
// read from the checkout.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Config } from '../policy/config.js'
import { actionIntegrityOptions, gitBaseReader } from '../integrity/action.js'
import type { IntegrityInput, IntegrityOptions } from '../integrity/options.js'
import { repoRelative } from './policy.js'

export interface TrustRequest {
  inputs: IntegrityInput
  /** The policy as loaded by the policy stage (from the base commit on pull requests). */
  config: Config
  workspace: string
  /** The base commit on pull-request and merge-queue events. */
  base?: string
}

/**
 * Where trust files are read: a path outside the workspace is the workflow's own file (a previous step made it);
 * a repository path is read from the base commit when there is one, else from the checked-out (trusted) branch.
 */
export function trustReader(workspace: string, base: string | undefined): (path: string) => Promise<Buffer> {
  const fromBase = base ? gitBaseReader(workspace, base) : undefined
  return async (path) => {
    const rel = repoRelative(workspace, path)
    if (rel === undefined) return readFile(resolve(workspace, path))
    return fromBase ? fromBase(rel) : readFile(resolve(workspace, rel))
  }
}

export function integrityOptions(req: TrustRequest): Promise<IntegrityOptions> {
  return actionIntegrityOptions({
    inputs: req.inputs,
    baseConfig: req.config,
    readBase: trustReader(req.workspace, req.base),
    workspace: req.workspace
  })
}

/** One line for the summary: where trust came from and what is required. */
export function trustDescription(opts: IntegrityOptions, base: string | undefined): string {
  const anchors = opts.keys.length + opts.pgpKeys.length + opts.cas.length + opts.trustedRoots.length
  const where = base ? ` (read from the base commit ${base.slice(0, 12)})` : ''
  const parts = [anchors ? `${anchors} trust anchor(s)${where}` : 'no trust anchors configured']
  if (opts.identities.length) parts.push(`${opts.identities.length} signer identit(ies)`)
  if (opts.requireSignature) parts.push('signatures required')
  return parts.join(', ')
}
