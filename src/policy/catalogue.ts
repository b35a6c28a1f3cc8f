// The one rule catalogue: every rule id ModelGate can emit, with severity, why and fix.
// docs/RULES.md is generated from it (npm run docs) and a test keeps the two in step.
import type { Rule } from './rule.js'
import { rules as general } from './rules/general.js'
import { rules as pickle } from './rules/pickle.js'
import { rules as numpy } from './rules/numpy.js'
import { rules as joblib } from './rules/joblib.js'
import { rules as pytorch } from './rules/pytorch.js'
import { rules as torchscript } from './rules/torchscript.js'
import { rules as onnx } from './rules/onnx.js'
import { rules as keras } from './rules/keras.js'
import { rules as tensorflow } from './rules/tensorflow.js'
import { rules as safetensors } from './rules/safetensors.js'
import { rules as gguf } from './rules/gguf.js'
import { rules as integrity } from './rules/integrity.js'
import { rules as steg } from './rules/steg.js'
import { rules as secrets } from './rules/secrets.js'

export type { Rule } from './rule.js'

export const CATALOGUE_SECTIONS: { title: string; rules: Rule[] }[] = [
  { title: 'General and containers', rules: general },
  { title: 'Pickle', rules: pickle },
  { title: 'NumPy', rules: numpy },
  { title: 'joblib', rules: joblib },
  { title: 'PyTorch', rules: pytorch },
  { title: 'TorchScript', rules: torchscript },
  { title: 'ONNX', rules: onnx },
  { title: 'Keras', rules: keras },
  { title: 'TensorFlow', rules: tensorflow },
  { title: 'safetensors', rules: safetensors },
  { title: 'GGUF', rules: gguf },
  { title: 'Integrity', rules: integrity },
  { title: 'Weights', rules: steg },
  { title: 'Secrets', rules: secrets }
]

export const RULES: ReadonlyMap<string, Rule> = (() => {
  const m = new Map<string, Rule>()
  for (const s of CATALOGUE_SECTIONS)
    for (const r of s.rules) {
      if (m.has(r.id)) throw new Error(`duplicate rule id ${r.id}`)
      m.set(r.id, r)
    }
  return m
})()

export function getRule(id: string): Rule {
  const r = RULES.get(id)
  if (!r) throw new Error(`unknown rule id ${id} (add it to src/policy/rules/)`)
  return r
}
