// What the GitHub Action calls to set up integrity checks for a pull request. Trust material named by the Action's
// inputs or by the base-branch .modelgate.yml is read from the BASE commit, never from the pull request's checkout:
// a pull request that adds its own key, CA, trusted root or configuration cannot make its own models trusted.
import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import type { Config } from '../policy/config.js'
import { UserError } from '../errors.js'
import {
  emptyIntegrityInput,
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
export async function actionIntegrityOptions(args: {
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
      // The source names where the policy was read (".modelgate.yml at <base sha>" on pull requests).
      sources: sources(args.baseConfig.source ?? '.modelgate.yml')
    })
  const opts = await resolveIntegrityOptions(list, [args.workspace])
  opts.displayRoot = args.workspace
  return opts
}

/**
 * Action inputs read by actionIntegrityInput (multiline inputs take one path per line, or inline PEM blocks). The
 * names match the CLI flags (--trusted-key, --trusted-ca, …) and action.yml.
 */
export const ACTION_INTEGRITY_INPUTS = {
  signature: 'Signature bundles not named model.sig (paths in the checkout), one per line',
  'trusted-key': 'Public keys (EC PEM, or OpenPGP public key blocks): paths in the base branch, or inline',
  'trusted-ca': 'CA certificates (PEM) for certificate-signed models and CMS signatures: paths or inline',
  'trusted-root': 'Sigstore trusted_root.json path(s) in the base branch, for keyless signatures',
  identity: 'Sigstore certificate identities, one per line (exact, or /regex/ matched whole)',
  issuer: 'OIDC issuer: one for all identities, or one per identity line',
  'require-signature': 'true: a model without a verified signature is a high finding (INT-021)',
  checksums: 'Checksum manifests to verify besides those found next to the models (paths in the checkout)',
  'signature-ignore': 'Paths inside signed models left out of signature verification',
  'allow-unsigned-files': 'true: files a signed model adds beyond its manifest are allowed (stay unsigned)',
  'allow-legacy-signatures': 'true: accept pre-1.0 model_signing signatures (reported as legacy)'
} as const

const PEM = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g

/** Paths one per line; PEM blocks pasted into the input are kept whole as inline material. */
function entries(text: string): string[] {
  const pems = [...text.matchAll(PEM)].map((m) => m[0])
  const rest = text.replace(PEM, '\n')
  return [
    ...pems,
    ...rest
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'))
  ]
}

function flag(v: string, name: string): boolean {
  const t = v.trim().toLowerCase()
  if (t === '' || t === 'false') return false
  if (t === 'true') return true
  throw new UserError(`input ${name} must be true or false (got "${v}")`)
}

/** Builds the IntegrityInput from the Action's inputs (`getInput` as in @actions/core). */
export function actionIntegrityInput(getInput: (name: string) => string): IntegrityInput {
  const input = emptyIntegrityInput()
  input.signatures = entries(getInput('signature')).map((signature) => ({ signature }))
  input.trustedKeys = entries(getInput('trusted-key'))
  input.trustedCas = entries(getInput('trusted-ca'))
  input.trustedRoots = entries(getInput('trusted-root'))
  input.manifests = entries(getInput('checksums'))
  input.ignorePaths = entries(getInput('signature-ignore'))
  const ids = entries(getInput('identity'))
  const issuers = entries(getInput('issuer'))
  if (ids.length && issuers.length !== 1 && issuers.length !== ids.length)
    throw new UserError('input issuer: give one issuer for all identities, or one per identity line')
  input.identities = ids.map((identity, i) => ({ identity, issuer: issuers[Math.min(i, issuers.length - 1)] }))
  input.requireSignature = flag(getInput('require-signature'), 'require-signature')
  input.allowUnsignedFiles = flag(getInput('allow-unsigned-files'), 'allow-unsigned-files')
  input.allowLegacySignatures = flag(getInput('allow-legacy-signatures'), 'allow-legacy-signatures')
  return input
}
