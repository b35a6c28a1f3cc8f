// Turning (module, name) into a resolved import and its findings, per profile: the generic default-deny policy
// (PKL-001/002/005/006/020/021), plus PT-001 for torch weights and TS-008 for TorchScript pickles.
import type { Severity } from '../../engine/types.js'
import { SEVERITY_RANK } from '../../engine/types.js'
import {
  classify,
  isStdlibRoot,
  normaliseImport,
  torchScriptAllowed,
  weightsOnlyAllowed,
  type ImportVerdict,
  type NormalisedImport
} from '../../policy/imports.js'
import type { PickleProfile } from './types.js'

export interface ImportFinding {
  rule: string
  severity: Severity
  message: string
  evidence: string
}

export interface ResolvedImport extends NormalisedImport {
  verdict: ImportVerdict
  findings: ImportFinding[]
}

function max(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b
}

/** Severity the generic policy gives an import (allowed: undefined). */
export function verdictSeverity(v: ImportVerdict): Severity | undefined {
  return v.kind === 'allowed' ? undefined : v.severity
}

/**
 * Resolves an import the way find_class does (compat maps below protocol 3) and lists its findings.
 * `how` names the mechanism for messages (GLOBAL, STACK_GLOBAL, INST, getattr, EXT).
 */
export function resolveImport(
  module: string,
  name: string,
  proto: number,
  profile: PickleProfile,
  how: string
): ResolvedImport {
  // pure: a checkpoint names the same few classes thousands of times (results are frozen, shared). Nested maps,
  // not one joined key: joining allocates a string per import, and a small pickle is mostly imports.
  if (cached >= 4096) {
    resolved.clear()
    cached = 0
  }
  const byName = cacheFor(how, profile, proto < 3 ? 2 : 3, module)
  let r = byName.get(name)
  if (!r) {
    r = resolveUncached(module, name, proto, profile, how)
    Object.freeze(r.findings)
    byName.set(name, r)
    cached++
  }
  return r
}

const resolved = new Map<string, Map<string, Map<number, Map<string, Map<string, ResolvedImport>>>>>()
let cached = 0

function cacheFor(how: string, profile: string, protoClass: number, module: string): Map<string, ResolvedImport> {
  return child(child(child(child(resolved, how), profile), protoClass), module)
}

function child<K, C extends Map<unknown, unknown>>(m: Map<K, C>, k: K): C {
  let c = m.get(k)
  if (!c) m.set(k, (c = new Map() as C))
  return c
}

function resolveUncached(
  module: string,
  name: string,
  proto: number,
  profile: PickleProfile,
  how: string
): ResolvedImport {
  // An empty name is a module object (importlib.import_module('os')).
  const n: NormalisedImport = name === '' ? { module, name: '', full: module } : normaliseImport(module, name, proto)
  const verdict = classify(n.full, n.module)
  const findings: ImportFinding[] = []
  const add = (rule: string, severity: Severity, message: string, evidence = n.full) =>
    findings.push({ rule, severity, message, evidence })
  const aliasNote = n.alias ? ` (written as ${n.alias}; the unpickler maps Python 2 names below protocol 3)` : ''
  const tsOk = profile === 'torchscript' && torchScriptAllowed(n.full)
  const dotted = n.name.includes('.')

  // TorchScript's unpickler resolves its own short list (torch.jit._pickle list builders, __torch__ classes compiled
  // from the archive's code/): judged by the TorchScript analyzer, not as plain-pickle gadgets.
  // Its calls are not code execution either: the C++ unpickler builds those values itself, it imports nothing.
  if (tsOk) return { ...n, verdict: { kind: 'allowed', reason: 'torchscript' }, findings }
  if (verdict.kind === 'deny') {
    if (verdict.scanner) add('PKL-021', 'critical', `Imports ${n.full} (${verdict.what}) via ${how}${aliasNote}`)
    else
      add(
        'PKL-001',
        verdict.severity,
        `Imports ${n.full} via ${how}: ${verdict.what} (deny list: ${verdict.match})${aliasNote}`
      )
    if (n.alias)
      add(
        'PKL-006',
        verdict.severity,
        `Python 2 name ${n.alias} resolves to ${n.full} (${verdict.what})`,
        `${n.alias} -> ${n.full}`
      )
  }
  if (dotted)
    add(
      'PKL-005',
      verdict.kind === 'deny' && verdict.severity === 'critical' ? 'critical' : 'high',
      `Import name ${JSON.stringify(n.name)} is a dotted attribute path from module ${n.module} (find_class walks it attribute by attribute)`
    )
  if (verdict.kind === 'unknown' && !tsOk) {
    if (n.module === '__main__' || n.module.startsWith('__main__.'))
      add('PKL-020', 'medium', `Imports ${n.full} from the loading script (__main__) via ${how}`)
    else
      add(
        'PKL-002',
        verdict.severity,
        `Imports ${n.full} via ${how}, which is not on the allow list${
          verdict.severity === 'high' ? ` (${verdict.root} is ${rootKind(verdict.root)})` : ''
        }${aliasNote}`
      )
  }
  if (profile === 'torch-weights' && !weightsOnlyAllowed(n.full)) {
    const sev = max('medium', verdictSeverity(verdict) ?? 'medium')
    add('PT-001', sev, `data.pkl imports ${n.full}, which torch.load(weights_only=True) refuses`)
  }
  if (profile === 'torchscript' && !tsOk)
    add('TS-008', 'medium', `TorchScript pickle imports ${n.full}, outside the TorchScript unpickler's set`)
  return { ...n, verdict, findings }
}

function rootKind(root: string): string {
  return isStdlibRoot(root) ? "part of Python's standard library" : 'an ML platform package'
}
