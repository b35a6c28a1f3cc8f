import type { Rule } from '../rule.js'

// Pickle VM rules (../shared/docs/format-rules.md §2.7), plus the rules the pickle machine decides for PyTorch
// weights (PT-001, PT-002, PT-013, PT-014 — §5.5) and TorchScript pickles (TS-008 — §6.3).
const PICKLESCAN = 'https://github.com/mmaitre314/picklescan'
const PY_PICKLE = 'https://docs.python.org/3/library/pickle.html#restricting-globals'
const WEIGHTS_ONLY = 'https://pytorch.org/docs/stable/notes/serialization.html#weights-only'
const SAFETENSORS_FIX =
  'Convert the model to safetensors (or another data-only format); if you must keep a pickle, regenerate it from code you trust.'

export const rules: Rule[] = [
  {
    id: 'PKL-001',
    title: 'Pickle imports a dangerous callable or module',
    severity: 'critical',
    why: 'Unpickling imports every global the pickle names and can call it. This import is a known gadget (code execution, process, file or network access); loading the file with pickle.load or torch.load(weights_only=False) hands it to the attacker. The severity is the gadget tier: critical for code execution and import primitives, high for file/network/environment access.',
    fix: `Do not load this file. ${SAFETENSORS_FIX}`,
    references: [PY_PICKLE, PICKLESCAN, 'https://github.com/trailofbits/fickling']
  },
  {
    id: 'PKL-002',
    title: 'Pickle imports something outside the allow list',
    severity: 'medium',
    why: 'Pickle imports are default-deny: block lists have been bypassed dozens of times (picklescan advisories), so anything not on the shipped allow list of data types is reported. High when it comes from the standard library or an ML platform package (large, full of gadgets); medium for other modules (usually a project class).',
    fix: 'If the import is your own trusted class, allow it for this path in .modelgate.yml (allow-imports: [{paths: [...], imports: [module.Name]}]). Otherwise convert the model to a data-only format.',
    references: [PY_PICKLE]
  },
  {
    id: 'PKL-003',
    title: 'Pickle import that cannot be resolved statically',
    severity: 'critical',
    why: 'STACK_GLOBAL takes its module and name from the stack. Here at least one is not a literal string (the result of a call, a missing memo entry, bytes): the file computes what it imports at load time, which only hides the target.',
    fix: `Do not load this file. ${SAFETENSORS_FIX}`
  },
  {
    id: 'PKL-004',
    title: 'Pickle imports through the copyreg extension registry (EXT1/EXT2/EXT4)',
    severity: 'high',
    why: 'EXT opcodes import whatever the loading process registered under the code with copyreg.add_extension. The registry is empty in a stock interpreter, so the target is unknowable statically; legitimate writers never emit EXT codes.',
    fix: `Do not load this file. ${SAFETENSORS_FIX}`,
    references: ['https://docs.python.org/3/library/copyreg.html']
  },
  {
    id: 'PKL-005',
    title: 'Pickle import with a dotted attribute path',
    severity: 'high',
    why: 'With protocol 4+ find_class walks dotted names attribute by attribute, so `torch` + `serialization.os.system` reaches os.system through a module that imported it. Legitimate pickles name classes directly. Critical when the path goes through a blocked module or a dunder attribute.',
    fix: `Do not load this file. ${SAFETENSORS_FIX}`,
    references: ['https://github.com/trailofbits/fickling/security/advisories/GHSA-5j3x-jp52-966f']
  },
  {
    id: 'PKL-006',
    title: 'Python 2 module alias remapped to a dangerous target',
    severity: 'critical',
    why: 'For protocols below 3 the unpickler maps Python 2 names (`__builtin__`, `commands`, `copy_reg`, `urllib2`) to their Python 3 modules, so a block list that only knows Python 3 names misses `commands.getoutput` (= subprocess.getoutput) or `__builtin__.eval`.',
    fix: `Do not load this file. ${SAFETENSORS_FIX}`,
    references: ['https://github.com/python/cpython/blob/3.11/Lib/_compat_pickle.py']
  },
  {
    id: 'PKL-010',
    title: 'Pickle calls a dangerous callable while loading',
    severity: 'critical',
    why: 'The pickle does not only import the gadget, it calls it (REDUCE/INST/OBJ/NEWOBJ/BUILD) during loading; the literal arguments (commands, code, URLs, paths) are shown as evidence.',
    fix: `Do not load this file; treat the machine that produced it as compromised. ${SAFETENSORS_FIX}`
  },
  {
    id: 'PKL-011',
    title: 'Pickle hands a nested payload to a deserialiser',
    severity: 'high',
    why: 'Bytes or text in the pickle are passed to pickle.loads, torch.load, marshal.loads, dill.loads, joblib.load, numpy.load or torch.storage._load_from_bytes (possibly through base64/zlib): a second payload that single-pass scanners never see. The nested content is analysed as its own member; critical when it is dangerous itself.',
    fix: `Do not load this file. ${SAFETENSORS_FIX}`,
    references: ['https://github.com/mmaitre314/picklescan/security/advisories/GHSA-h3qp-7fh3-f8h4']
  },
  {
    id: 'PKL-012',
    title: 'Pickle BUILD modifies a module, class or function',
    severity: 'high',
    why: 'BUILD sets attributes with setattr on whatever is on the stack. Applied to an imported module, class or function (or setting dunder attributes), it monkey-patches the loading process and outlives the load (e.g. replacing a function the application calls later).',
    fix: `Do not load this file. ${SAFETENSORS_FIX}`
  },
  {
    id: 'PKL-013',
    title: 'Pickle adds items to something that is not a list, dict or set',
    severity: 'medium',
    why: 'APPEND(S)/SETITEM(S)/ADDITEMS call append/__setitem__/add on any object. On a rebuilt tensor this is the CVE-2026-24747 heap-write primitive of torch.load(weights_only=True); on other objects it invokes their methods. Legitimate writers only target containers.',
    fix: `Do not load this file. ${SAFETENSORS_FIX}`,
    references: ['https://github.com/advisories/GHSA-63cw-57p8-fm3p']
  },
  {
    id: 'PKL-014',
    title: 'Pickle discards the result of a call',
    severity: 'medium',
    why: 'A call whose result is popped right away is executed only for its side effect. Pickle writers never do this; payloads do, and decompiling scanners have lost such calls (fickling).',
    fix: `Do not load this file. ${SAFETENSORS_FIX}`
  },
  {
    id: 'PKL-020',
    title: 'Pickle imports from __main__',
    severity: 'medium',
    why: "A `__main__` import resolves to whatever the loading script defines, so the file's behaviour depends on the application that loads it (a known way to call a helper the attacker planted in the loader). High when it is called.",
    fix: 'Move the class to an importable module and re-save, or convert the model to a data-only format.'
  },
  {
    id: 'PKL-021',
    title: 'Pickle imports a security scanner',
    severity: 'critical',
    why: 'Importing fickling, picklescan, modelscan or a similar tool from a model file only makes sense to switch off their runtime hooks before the real payload runs.',
    fix: 'Do not load this file.'
  },
  {
    id: 'PKL-030',
    title: 'Several pickles or trailing bytes in one stream',
    severity: 'medium',
    why: 'pickle.load stops at the first STOP; loaders that call it repeatedly (and scanners that do not) see different programs. Every pickle found is analysed; trailing data is sniffed as its own content.',
    fix: 'Re-save the object with a single pickle.dump, or convert it to a data-only format.'
  },
  {
    id: 'PKL-031',
    title: 'PROTO opcode repeated, misplaced or unsupported',
    severity: 'medium',
    why: 'Writers emit one PROTO as the first opcode. A repeated or late PROTO changes how later names are resolved (Python 2 maps, dotted names) and is a known anomaly of hand-crafted pickles; a protocol above 5 makes current Python refuse the file.',
    fix: 'Regenerate the file with the framework that produced it.'
  },
  {
    id: 'PKL-032',
    title: 'Opcode newer than the declared protocol',
    severity: 'medium',
    why: 'The pickler only writes opcodes of the protocol it declares; a later opcode (e.g. STACK_GLOBAL after PROTO 2) means the stream was assembled by hand.',
    fix: 'Regenerate the file with the framework that produced it.'
  },
  {
    id: 'PKL-040',
    title: 'Pickle built to exhaust analysers (expansion, huge numbers)',
    severity: 'medium',
    why: 'Memo references far outnumbering stored values, long DUP chains or enormous decimal numbers are how pickles make scanners and decompilers blow up or give up (fickling ExpansionAttackAnalysis).',
    fix: 'Regenerate the file with the framework that produced it.'
  },
  {
    id: 'PKL-050',
    title: 'Malformed pickle (unknown opcode, bad or truncated argument, missing STOP, FRAME violation)',
    severity: 'medium',
    why: 'The pickle cannot be read the way a writer produces it. Loaders execute opcodes one by one, so anything before the error still runs (findings up to that point are kept). An opcode straddling the end of its FRAME makes loaders disagree (fickling FRAME-divergence bypass): every reading is analysed.',
    fix: 'Regenerate the file with the framework that produced it.'
  },
  {
    id: 'PKL-051',
    title: 'Pickle stack or memo inconsistency',
    severity: 'low',
    why: 'Values left on the stack at STOP, unclosed MARKs or MARK objects in the memo never come from a real pickler.',
    fix: 'Regenerate the file with the framework that produced it.'
  },
  {
    id: 'PKL-052',
    title: 'Pickle stack underflow',
    severity: 'medium',
    why: 'An opcode pops more values than the stack (since the last MARK) holds. The real unpickler raises here; scanners that keep going in their own way can be desynchronised.',
    fix: 'Regenerate the file with the framework that produced it.'
  },
  {
    id: 'PKL-053',
    title: 'Pickle reads a memo entry that was never stored',
    severity: 'medium',
    why: 'GET of an undefined memo key raises in CPython; crafted files use it to crash scanners after the payload already ran (picklescan keyerror-exploit).',
    fix: 'Regenerate the file with the framework that produced it.'
  },
  {
    id: 'PKL-060',
    title: 'Suspicious string in a pickle',
    severity: 'low',
    why: 'A string looks like a shell command, a download, an address or an encoded blob. On its own it proves nothing; next to an import finding it tells what the payload does.',
    fix: 'Check what uses the string; convert the model to a data-only format.'
  },
  {
    id: 'PKL-070',
    title: 'Serialized content embedded in a pickle value',
    severity: 'low',
    why: 'A bytes value is itself a pickle, zip or .npy. It is analysed as a nested member; a loader or the application may deserialise it later.',
    fix: 'Store nested data as plain arrays, or ship it as a separate, scanned file.'
  },
  {
    id: 'PT-001',
    title: 'PyTorch checkpoint needs torch.load(weights_only=False)',
    severity: 'medium',
    why: "data.pkl imports something outside torch.load(weights_only=True)'s allow list, so the checkpoint only loads with the unrestricted unpickler, which runs whatever the pickle imports. Severity is that of the import (at least medium).",
    fix: 'Save a plain state_dict (tensors and containers only), or convert to safetensors.',
    references: [WEIGHTS_ONLY]
  },
  {
    id: 'PT-002',
    title: 'PyTorch data.pkl uses opcodes the weights-only unpickler rejects',
    severity: 'medium',
    why: 'torch.save writes protocol 2 with a fixed set of 34 opcodes. Other opcodes (STACK_GLOBAL, MEMOIZE, FRAME, BINBYTES…) fail weights_only loading and mean the pickle was produced by something else. A PROTO other than 2 alone is low.',
    fix: 'Re-save the checkpoint with torch.save, or convert it to safetensors.',
    references: [WEIGHTS_ONLY]
  },
  {
    id: 'PT-013',
    title: 'Tensor view outside its storage',
    severity: 'high',
    why: 'The literal arguments of _rebuild_tensor_v2/_v3 describe a view (offset, sizes, strides) that reaches past the storage it references, or uses negative values or mismatched ranks: an out-of-bounds read/write primitive in torch.load, including weights_only (DEF CON 34, CVE-2026-24747 class).',
    fix: 'Do not load this file with torch ≤ 2.9.1. Re-save the checkpoint from a trusted source.',
    references: ['https://github.com/advisories/GHSA-63cw-57p8-fm3p']
  },
  {
    id: 'PT-014',
    title: 'SETITEM/APPEND on a rebuilt tensor or storage',
    severity: 'high',
    why: 'Item assignment on a tensor or storage inside data.pkl is the CVE-2026-24747 heap-write primitive of the weights-only unpickler (torch ≤ 2.9.1). torch.save never writes it.',
    fix: 'Do not load this file. Upgrade torch to 2.10 or later and re-save the checkpoint from a trusted source.',
    references: ['https://github.com/advisories/GHSA-63cw-57p8-fm3p']
  },
  {
    id: 'TS-008',
    title: "TorchScript pickle imports outside TorchScript's unpickler set",
    severity: 'medium',
    why: "TorchScript's own unpickler accepts only a short list of globals (tensor rebuild helpers, OrderedDict, storages, __torch__ classes). Other imports mean the pickle was made by or for plain pickle (e.g. torch.load taking the pickle path) and is not a TorchScript archive's normal content.",
    fix: 'Re-export the model with torch.jit.save from trusted code.'
  }
]
