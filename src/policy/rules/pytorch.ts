import type { Rule } from '../rule.js'

// PyTorch containers: zip checkpoints, legacy magic-number streams, legacy tar, torch.package, TorchServe .mar.
// PT-001, PT-002, PT-013 and PT-014 (what data.pkl imports and does) belong to the pickle analyzer's catalogue;
// PT-003 (TorchScript where weights are expected) to the TorchScript catalogue.
const SERIALIZATION = 'https://github.com/pytorch/pytorch/blob/main/torch/serialization.py'
const INLINE_CONTAINER = 'https://github.com/pytorch/pytorch/blob/main/caffe2/serialize/inline_container.cc'

export const rules: Rule[] = [
  {
    id: 'PT-010',
    title: 'PyTorch archive prefix anomaly',
    severity: 'medium',
    why: 'torch.load resolves every record under the folder of the first archive entry. Entries under other top-level names, a first entry outside any folder, or data.pkl under several prefixes mean torch.load and other tools read different pickles.',
    fix: 'Re-save the checkpoint with torch.save (or better, safetensors); a genuine checkpoint has one top-level folder.',
    references: [INLINE_CONTAINER]
  },
  {
    id: 'PT-011',
    title: 'Malformed storage reference in data.pkl',
    severity: 'high',
    why: "torch.load expects every persistent id to be ('storage', <Storage class>, key, device, numel). Anything else is rejected by the weights-only unpickler or reaches the loader's persistent_load with attacker-chosen values.",
    fix: 'Do not load the file. Re-export the weights from a trusted source, preferably as safetensors.',
    references: [SERIALIZATION]
  },
  {
    id: 'PT-012',
    title: 'Storage size does not match its data record',
    severity: 'high',
    why: 'A storage that declares more elements than its data/<key> record holds makes torch ≤ 2.9.1 read or write out of bounds even with weights_only=True (CVE-2026-24747, fixed in 2.10.0).',
    fix: 'Do not load the file; upgrade torch to 2.10 or later; re-export the weights from a trusted source.',
    references: ['https://github.com/advisories/GHSA-63cw-57p8-fm3p']
  },
  {
    id: 'PT-015',
    title: 'Invalid byteorder or version record',
    severity: 'medium',
    why: 'torch.save writes byteorder as "little"/"big" and version as a small integer. Other contents are refused by torch.load or indicate a hand-built archive.',
    fix: 'Re-save the checkpoint with torch.save.',
    references: [SERIALIZATION, INLINE_CONTAINER]
  },
  {
    id: 'PT-016',
    title: 'Data record never referenced, or referenced record missing',
    severity: 'low',
    why: 'Records under data/ that no storage refers to (in a checkpoint or a TorchScript archive) are ignored by torch.load and torch.jit.load and can carry hidden bytes; a referenced record that is missing makes the load fail.',
    fix: 'Re-save the checkpoint with torch.save so the archive holds exactly the storages it uses.'
  },
  {
    id: 'PT-017',
    title: 'Extra pickle in a PyTorch archive',
    severity: 'medium',
    why: 'torch.load only unpickles data.pkl, but a second pickle under another name (even data.txt) is loaded by other tools and was used to slip past scanners that only read data.pkl (CVE-2025-1889). Its content is analysed like any pickle.',
    fix: 'Remove the extra member; a checkpoint needs no pickle besides data.pkl.',
    references: ['https://github.com/advisories/GHSA-769v-p64c-89pr']
  },
  {
    id: 'PT-018',
    title: 'Compressed member in a PyTorch archive',
    severity: 'low',
    why: 'torch.save always stores records uncompressed. Compressed members mean the archive was rebuilt by another tool.',
    fix: 'Re-save the checkpoint with torch.save.'
  },
  {
    id: 'PT-020',
    title: 'Legacy PyTorch stream does not start with the plain magic number',
    severity: 'critical',
    why: 'Legacy torch.load unpickles the first pickle and only then compares it with the magic number, so a first pickle that computes the number (REDUCE, eval) runs code before any check.',
    fix: 'Do not load the file.',
    references: ['https://github.com/advisories/GHSA-97f8-7cmv-76j2']
  },
  {
    id: 'PT-021',
    title: 'Legacy PyTorch stream structure anomaly',
    severity: 'medium',
    why: 'A legacy checkpoint is five pickles (magic, protocol 1001, system info, object, storage keys) followed by the storage bytes. Other values, missing pickles or bytes that do not match the storages mean a hand-built file.',
    fix: 'Re-save the checkpoint with a current torch.save (zip format), or convert it to safetensors.',
    references: [SERIALIZATION]
  },
  {
    id: 'PT-022',
    title: 'Legacy PyTorch checkpoint embeds module source code',
    severity: 'medium',
    why: "A ('module', class, source_file, source) persistent id pickles a whole nn.Module class with its source; loading it requires the full unpickler and recreates arbitrary classes.",
    fix: 'Save a state_dict instead of the whole model, preferably as safetensors.',
    references: [SERIALIZATION]
  },
  {
    id: 'PT-030',
    title: 'Legacy PyTorch tar checkpoint anomaly',
    severity: 'high',
    why: 'Legacy tar checkpoints are extracted to disk by torch.load (tar.extract). A link member makes that extraction read or write outside the temporary folder; missing or unexpected members mean a hand-built file.',
    fix: 'Do not load the file; convert trusted weights to safetensors.',
    references: [SERIALIZATION]
  },
  {
    id: 'PT-040',
    title: 'torch.package archive (executes packaged code)',
    severity: 'critical',
    why: 'torch.package archives ship Python modules that PackageImporter imports and runs when the model is loaded: code by design.',
    fix: 'Only load torch.package archives from fully trusted sources after reviewing the packaged code; ship weights as safetensors.',
    references: ['https://pytorch.org/docs/stable/package.html']
  },
  {
    id: 'PT-041',
    title: 'TorchServe model archive (.mar) with handler code',
    severity: 'critical',
    why: 'A .mar bundles a handler that TorchServe imports and runs, plus a serialized model; the handler is arbitrary Python.',
    fix: 'Review the handler code and the serialized model before serving; build .mar files in your own pipeline from reviewed sources.',
    references: ['https://github.com/pytorch/serve/blob/master/model-archiver/README.md']
  },
  {
    id: 'PT-051',
    title: 'Tensor names incomplete (too many container writes)',
    severity: 'info',
    why: 'Tensors are named by the dict keys that lead to them in data.pkl. Past 65,536 recorded container writes ModelGate stops recording (bounded memory), so tensors reached only through later writes are named by their storage key; their values are still examined.',
    fix: 'Nothing to fix; compare such tensors by storage key, or save the weights as safetensors (names in the header).',
    references: [SERIALIZATION]
  },
  {
    id: 'PT-050',
    title: 'Whole-module pickle instead of a state dict',
    severity: 'medium',
    why: 'torch.save(model) pickles module classes (torch.nn.modules.*, project or __main__ classes); loading it needs weights_only=False, which runs whatever the pickle imports.',
    fix: 'Save model.state_dict() instead, preferably as safetensors.',
    references: [SERIALIZATION]
  }
]
