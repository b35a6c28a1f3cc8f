import type { Rule } from '../rule.js'

// Hidden payloads and anomalies in the weights themselves (format rules §13). Heuristics: they inform review;
// only decoded payloads (code, executables, archives) reach high.
export const rules: Rule[] = [
  {
    id: 'STEG-001',
    title: 'Low mantissa bits of a tensor are not random',
    severity: 'medium',
    why: 'In trained float weights the lowest mantissa byte is practically uniform and independent from value to value. Structure spanning the whole low byte, or low bits of consecutive values that depend on each other, is what plaintext or executable payloads written into the low bits look like (LSB steganography, StegoNet/EvilModel). A non-uniform low byte without that structure is a value grid (freshly initialised weights: random values with 24 random bits, scaled by a constant) and is reported at info, or low when unexplained.',
    fix: 'Compare the tensor with the same tensor from a trusted source of the model; if they differ, do not use this file.',
    references: ['https://arxiv.org/abs/2310.01969']
  },
  {
    id: 'STEG-002',
    title: 'Precision provenance broken: an upcast tensor carries extra low bits',
    severity: 'high',
    why: 'Weights converted from bf16/fp16 to float32 have their low 16 (13) mantissa bits exactly zero. Non-zero low bits confined to one region of such a tensor (or one full-precision tensor among upcast ones) is where a payload was written. Legitimate causes exist (rows trained later in fp32, such as added tokens) and are worth confirming.',
    fix: 'Confirm how the tensor was produced. Re-export the model from its trusted original in one precision.'
  },
  {
    id: 'STEG-003',
    title: 'Payload decoded from the low bits of a tensor',
    severity: 'high',
    why: 'Reading the low bits (or low bytes) of the tensor values in order yields an executable header, an archive, a pickle, base64 of one, or code-like text (ASCII or UTF-16): a staged payload that a loader script can extract and run. Plain text there is reported at medium.',
    fix: 'Do not use this file. Obtain the model from a trusted source and compare checksums.'
  },
  {
    id: 'STEG-004',
    title: 'NaN or infinite values in weights',
    severity: 'low',
    why: 'NaN or infinite weights break inference and are unusual in a released model; they can also come from tampering with exponent bytes.',
    fix: 'Check the training or conversion run that produced the tensor.'
  },
  {
    id: 'STEG-010',
    title: 'Weight statistics covered part of the tensors',
    severity: 'info',
    why: 'Tensor values are examined within a per-file byte budget; the remaining tensors were not looked at for hidden payloads. HDF5 datasets whose data cannot be read in bounds (chunks over 64 MiB, virtual, external or big-endian storage) are listed the same way.',
    fix: 'Raise limits.weightBytes in .modelgate.yml to examine more of each file; store HDF5 weights contiguous (h5py default) or in small chunks.'
  },
  {
    id: 'WPOI-001',
    title: 'Tensor statistics far from its peers',
    severity: 'low',
    why: 'A tensor whose spread differs by orders of magnitude from the tensors of the same role in other layers can be a planted or corrupted layer. Trained models also have legitimate outliers, so this is for review only.',
    fix: 'Compare with the base or upstream version of the model.'
  },
  {
    id: 'WPOI-010',
    title: 'Few tensors changed a lot, the rest are identical to the base version',
    severity: 'medium',
    why: 'A pull request changed a model whose base version exists, and only a few of its tensors moved, by a lot (their spread, largest values or mean shifted by a quarter or more), while every other tensor is byte-identical. A fine-tune changes many tensors a little; retraining a few layers hard on poisoned data is how backdoors are planted. Partial fine-tunes (a new head, merged adapters) look the same, so this is for review.',
    fix: 'Ask how the changed tensors were produced (training run, data, commit of the training code) and evaluate the model on trigger-style inputs; accept the file only when the change is explained.'
  },
  {
    id: 'WPOI-011',
    title: 'Weights changed from the base version',
    severity: 'info',
    why: 'How the tensors of a changed model moved, for the reviewer: many tensors changed a little is a fine-tune (info); most tensors changed a lot, or tensors added, removed or reshaped, is a retrained or different model (low).',
    fix: 'Check that the change matches what the pull request says it does (a fine-tune, a retrain, a new architecture).'
  }
]
