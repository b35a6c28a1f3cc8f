// The integrity flags of `modelgate scan`, parsed into an IntegrityInput, and the merge of flags with the trusted
// configuration file into IntegrityOptions for the CLI.
import { dirname } from 'node:path'
import { UserError } from '../errors.js'
import type { Config } from '../policy/config.js'
import {
  emptyIntegrityInput,
  fileSources,
  resolveIntegrityOptions,
  type IntegrityInput,
  type IntegrityOptions
} from './options.js'

export const INTEGRITY_USAGE =
  '[--signature FILE] [--trusted-key FILE] [--trusted-ca FILE] [--trusted-root FILE --identity ID --issuer URL] [--require-signature] [--checksums FILE] [--signature-ignore PATH] [--allow-unsigned-files] [--allow-legacy-signatures]'

/** Flag state while parsing: identities and issuers are paired at the end. */
export interface IntegrityFlags {
  input: IntegrityInput
  identities: string[]
  issuers: string[]
}

export function newIntegrityFlags(): IntegrityFlags {
  return { input: emptyIntegrityInput(), identities: [], issuers: [] }
}

/** Applies one integrity flag; returns false when `flag` is not one. `value()` consumes the flag's argument. */
export function applyIntegrityFlag(flag: string, value: () => string, f: IntegrityFlags): boolean {
  switch (flag) {
    case '--signature':
      f.input.signatures.push({ signature: value() })
      return true
    case '--trusted-key':
      f.input.trustedKeys.push(value())
      return true
    case '--trusted-ca':
      f.input.trustedCas.push(value())
      return true
    case '--trusted-root':
      f.input.trustedRoots.push(value())
      return true
    case '--identity':
      f.identities.push(value())
      return true
    case '--issuer':
      f.issuers.push(value())
      return true
    case '--checksums':
      f.input.manifests.push(value())
      return true
    case '--signature-ignore':
      f.input.ignorePaths.push(value())
      return true
    case '--require-signature':
      f.input.requireSignature = true
      return true
    case '--allow-unsigned-files':
      f.input.allowUnsignedFiles = true
      return true
    case '--allow-legacy-signatures':
      f.input.allowLegacySignatures = true
      return true
    default:
      return false
  }
}

/**
 * Finishes flag parsing: pairs each --identity with an --issuer (the i-th with the i-th, or one issuer for all)
 * and binds --signature bundles to the one scanned PATH.
 */
export function finishIntegrityFlags(f: IntegrityFlags, paths: string[]): IntegrityInput {
  const input = f.input
  if (f.issuers.length > 0 && f.identities.length === 0) throw new UserError('--issuer needs an --identity')
  if (f.identities.length > 0) {
    if (f.issuers.length === 0) throw new UserError(`--identity ${f.identities[0]} needs an issuer (--issuer URL)`)
    if (f.issuers.length !== 1 && f.issuers.length !== f.identities.length)
      throw new UserError('give one --issuer for all identities, or one --issuer per --identity')
    input.identities = f.identities.map((identity, i) => ({
      identity,
      issuer: f.issuers[Math.min(i, f.issuers.length - 1)]
    }))
  }
  if (input.signatures.length > 0) {
    if (paths.length !== 1)
      throw new UserError('--signature needs exactly one PATH: the model (folder or file) the bundle signs')
    input.signatures = input.signatures.map((s) => ({ ...s, model: paths[0]! }))
  }
  return input
}

/** CLI: trust from the flags (files relative to the working directory) and from --config (relative to it). */
export async function cliIntegrityOptions(
  flags: IntegrityInput,
  config: Config,
  configPath: string | undefined,
  paths: string[]
): Promise<IntegrityOptions> {
  const inputs = [{ input: flags, sources: fileSources('command line') }]
  if (config.integrity && configPath)
    inputs.push({ input: config.integrity, sources: fileSources(configPath, dirname(configPath)) })
  return resolveIntegrityOptions(inputs, paths)
}
