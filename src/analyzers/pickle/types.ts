// The pickle analyzer's contract with the containers that embed pickles (PyTorch, joblib, numpy, TorchScript).
import type { TensorView } from './tensor-names.js'

export type { TensorView } from './tensor-names.js'

/**
 * Which loader will read the pickle; it selects the allow list and the structural rules.
 * - generic: plain pickle.load (allow list §2.5 c-e)
 * - torch-weights: torch.load data.pkl / legacy object pickle (weights_only list §2.5a, then generic)
 * - torchscript: TorchScript's restricted unpickler (§6.1)
 * - numpy: object arrays in .npy
 * - joblib: joblib.load (NumpyArrayWrapper array bytes inline)
 */
export type PickleProfile = 'generic' | 'torch-weights' | 'torchscript' | 'numpy' | 'joblib'

/** A value the symbolic machine could determine statically, in a form containers can inspect. */
export type Literal =
  | string
  | number
  | bigint
  | boolean
  | null
  | { bytes: number; offset: number }
  | { global: string }
  | { call: string; args: Literal }
  | { persid: Literal }
  | { unknown: string }
  | Literal[]
  | { dict: [Literal, Literal][] }

export interface PickleOptions {
  profile?: PickleProfile
  /** Offset of the first opcode (default 0). */
  start?: number
  /** Stop after the first STOP (legacy torch streams read their pickles one at a time). Default: read every pickle until the end. */
  single?: boolean
}

export interface PickleResult {
  /** Every resolved import in order, normalised (`module.name`), with the offset of its opcode (at most 8 per name). */
  imports: { name: string; offset: number }[]
  /** Values handed to BINPERSID/PERSID, for storage checks (PT-011, PT-012). */
  persistentIds: { offset: number; pid: Literal }[]
  /** Offset just after the last STOP read, or where analysis stopped. */
  end: number
  /** Number of complete pickles (STOP reached). */
  pickles: number
  /** True when the last pickle ended in STOP without errors. */
  complete: boolean
  /** The value STOP popped for the first pickle (legacy torch checks its magic number and protocol). */
  firstValue?: Literal
  /** Opcodes executed (all pickles). */
  opcodes?: number
  /** Highest PROTO value declared by the first pickle (0 when it has none). */
  proto?: number
  /**
   * torch-weights profile: the tensors the first pickle's value holds, with the dict key paths they land under
   * (tensor-names.ts). Absent when the pickle did not reach STOP.
   */
  tensorViews?: TensorView[]
  /** Some container writes were not kept (edge budget): tensors not in tensorViews keep their storage names. */
  tensorNamesIncomplete?: boolean
  /** joblib NumpyArrayWrapper payloads parsed through: where the raw bytes lie. */
  arrays?: { offset: number; length: number; object: boolean }[]
}
