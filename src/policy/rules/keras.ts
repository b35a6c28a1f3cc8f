import type { Rule } from '../rule.js'

// Keras: .keras (v3 zip), legacy .h5/.hdf5, Keras metadata inside SavedModels (format-rules.md §8).
export const rules: Rule[] = [
  {
    id: 'KER-001',
    title: 'Lambda layer or lambda function with embedded Python bytecode',
    severity: 'critical',
    why: 'Keras stores a lambda as base64 of marshal.dumps(code) and rebuilds it with marshal.loads + FunctionType when the model is loaded: legacy .h5 loaders before Keras 3.11.3, tf-keras < 2.13 and any load with safe_mode=False run it (CVE-2024-3660, CVE-2025-9905). The names the bytecode references are given as evidence.',
    fix: 'Do not load this model. Replace Lambda layers with registered custom layers (keras.saving.register_keras_serializable) and re-save.',
    references: ['https://kb.cert.org/vuls/id/253266', 'https://github.com/keras-team/keras/security']
  },
  {
    id: 'KER-002',
    title: 'Function reference outside Keras',
    severity: 'high',
    why: 'A `function` object (or a tf-keras Lambda with function_type "function") names a function in a module other than Keras. The loader imports that module and hands the function to the model, which calls it on every inference (os.system, builtins.exec, …).',
    fix: 'Use Keras built-in functions or registered custom functions only, and re-save the model.'
  },
  {
    id: 'KER-003',
    title: 'Object from a module outside Keras (custom or arbitrary import)',
    severity: 'high',
    why: 'Keras 3.0–3.8 imported any `module` named in config.json and instantiated the class with attacker-chosen arguments even with safe_mode=True (CVE-2025-1550). Later versions only accept registered custom objects, so outside those versions this is a custom object that needs code you must review.',
    fix: 'Load only with Keras ≥ 3.9 and review the custom classes; prefer models that use built-in Keras layers.',
    references: ['https://github.com/keras-team/keras/security/advisories/GHSA-48g7-3x6r-xfhp']
  },
  {
    id: 'KER-004',
    title: 'Reference to a non-modeling Keras API (safe-mode bypass gadget)',
    severity: 'high',
    why: 'Keras APIs such as keras.config.enable_unsafe_deserialization (turns safe mode off for the rest of the load, CVE-2025-9906), keras.utils.get_file (downloads files, CVE-2025-8747) or keras.models.load_model have no place in a model config; they are reached by deserialization and run during loading.',
    fix: 'Do not load this model. Re-save it from trusted code.',
    references: ['https://github.com/keras-team/keras/security/advisories/GHSA-c9rc-mg46-23w3']
  },
  {
    id: 'KER-005',
    title: 'TorchModuleWrapper with an embedded torch.save pickle',
    severity: 'high',
    why: 'TorchModuleWrapper stores a whole torch module as base64 of torch.save and loads it with torch.load(weights_only=False): the embedded pickle runs code at load time. The blob is decoded and analysed; its own findings are listed under the layer.',
    fix: 'Do not load this model unless you trust its author; export the torch part as safetensors weights plus code you control.'
  },
  {
    id: 'KER-006',
    title: 'TFSMLayer loads an external SavedModel',
    severity: 'high',
    why: 'TFSMLayer calls tf.saved_model.load on its `filepath` when the model is loaded, pulling in a second model (with its own graph ops) from a path or URL outside this file.',
    fix: 'Bundle the wrapped model as regular layers, or review the SavedModel it points at.'
  },
  {
    id: 'KER-007',
    title: 'Lookup layer vocabulary read from a path or URL',
    severity: 'high',
    why: 'StringLookup/IntegerLookup/TextVectorization read a string `vocabulary` through tf.io.gfile during load, even in safe mode: local file disclosure or server-side request forgery (CVE-2025-12058).',
    fix: 'Store the vocabulary inline (a list) or as a model asset, and re-save.',
    references: ['https://github.com/keras-team/keras/security/advisories/GHSA-qg93-c7p6-gg7f']
  },
  {
    id: 'KER-008',
    title: 'TFOpLambda calling a TensorFlow API outside math/array operations',
    severity: 'high',
    why: 'tf-keras TFOpLambda layers resolve `function` to any public tf.* symbol and call it on inference: tf.io.write_file, tf.io.gfile, tf.py_function and friends give file and process access.',
    fix: 'Do not load this model. Rebuild it without file, I/O or Python-calling TensorFlow operations.'
  },
  {
    id: 'KER-009',
    title: 'Path traversal in a layer name or asset path',
    severity: 'high',
    why: 'Keras uses layer names and asset member names as file paths under a temporary folder when loading .keras archives; `..`, absolute paths and backslashes escape it (CVE-2026-12479).',
    fix: 'Rename the layers with plain names and re-save the model.'
  },
  {
    id: 'KER-010',
    title: '.keras archive structure anomaly',
    severity: 'medium',
    why: 'keras saving_lib writes config.json, metadata.json and model.weights.h5 (or .npz) plus assets/. Missing files, executables or nested archives mean the file was not written by Keras and may carry payloads for other tools.',
    fix: 'Re-save the model with keras.Model.save and commit that file.'
  },
  {
    id: 'KER-011',
    title: 'Keras version the model was saved with',
    severity: 'info',
    why: 'Inventory. Files saved by Keras/tf-keras versions with known loader vulnerabilities (no safe_mode before 2.13, arbitrary module import in 3.0–3.8) are raised to low: such environments may also load them.',
    fix: 'Load Keras models with an up-to-date Keras (≥ 3.12) and safe_mode=True.'
  },
  {
    id: 'KER-012',
    title: 'Oversized or deeply nested Keras configuration',
    severity: 'medium',
    why: 'Huge inline __numpy__/__tensor__ literals and very deep nesting exhaust loaders and scanners; they have no use in a real model config.',
    fix: 'Store tensors as weights, not in the config, and re-save the model.'
  },
  {
    id: 'KER-013',
    title: 'HDF5 file without a Keras model configuration',
    severity: 'info',
    why: 'Inventory: a weights-only HDF5 file (model.save_weights / .weights.h5) or plain HDF5 data. It carries no architecture, so nothing in it is deserialized as code by Keras.',
    fix: 'Nothing to do.'
  },
  {
    id: 'KER-014',
    title: 'tf-keras SavedModel metadata describes a Lambda or TFOpLambda layer',
    severity: 'critical',
    why: 'keras_metadata.pb carries the tf-keras layer configs as JSON; tf.keras.models.load_model rebuilds Lambda layers from it, running their bytecode.',
    fix: 'Do not load this model with tf.keras; re-export it without Lambda layers.'
  },
  {
    id: 'KER-015',
    title: 'HDF5 external link to another file',
    severity: 'medium',
    why: 'h5py follows external links transparently, so loading weights reads data from another file on the machine (attacker-placed or sensitive) instead of this one.',
    fix: 'Store every dataset inside the file (h5py: copy the target instead of linking) and re-save.'
  }
]
