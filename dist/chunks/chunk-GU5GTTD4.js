import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// src/policy/rules/general.ts
var rules = [
  {
    id: "GEN-002",
    title: "File extension does not match its content",
    severity: "medium",
    why: "Loaders and scanners pick code paths by extension; a pickle named .safetensors or .txt is how payloads slip past tools that trust names.",
    fix: "Rename the file to match what it is, or replace it with the format its name promises.",
    references: ["https://www.reversinglabs.com/blog/rl-identifies-malware-ml-model-hosted-on-hugging-face"]
  },
  {
    id: "GEN-003",
    title: "Not analysed: content could not be parsed to the end",
    severity: "high",
    why: "A truncated, corrupted or unsupported structure was met. Loaders execute pickles sequentially, so whatever lies beyond the point where analysis stopped is unknown and may still run.",
    fix: "Regenerate the file with the framework that produced it. If the file is intentionally in an unusual form, convert it to a safe format (safetensors) before committing."
  },
  {
    id: "GEN-007",
    title: "Not analysed: a resource limit was reached",
    severity: "high",
    why: "The file needed more work than the configured limits allow (nesting, entries, decompressed size, opcodes, time). Content past the limit was not examined, so the file cannot be called clean.",
    fix: "Check whether the file is a decompression bomb or padded to exhaust scanners. If it is legitimate and large, raise the specific limit in .modelgate.yml (limits:)."
  },
  {
    id: "GEN-008",
    title: "Executable or script embedded in model data",
    severity: "high",
    why: "Executable headers (ELF, PE, Mach-O) or script shebangs inside model bytes have no place in weights; they are staged payloads for a loader to drop and run.",
    fix: "Do not use this file. Rebuild the model from trusted sources."
  },
  {
    id: "GEN-009",
    title: "Unknown format: a model-named file matches no known model format",
    severity: "low",
    why: "The file looks like a model by its name but its content is none of the formats ModelGate analyses, so nothing about its safety is known.",
    fix: "Convert the model to a supported format, or exclude the path if it is not a model."
  },
  {
    id: "GEN-010",
    title: "Symbolic link in the scanned tree",
    severity: "medium",
    why: "A symbolic link can make a tool or loader read files outside the repository (/etc/passwd, runner secrets). ModelGate never follows it.",
    fix: "Replace the link with the real file, or remove it."
  },
  {
    id: "GEN-011",
    title: "Not analysed: internal error in ModelGate",
    severity: "high",
    why: "The analyzer failed unexpectedly on this input. The file is treated as not analysed rather than clean.",
    fix: "Report the file to the ModelGate maintainers (a bug), and review the file by other means before merging."
  },
  {
    id: "GEN-012",
    title: "Not analysed: the file could not be read",
    severity: "high",
    why: "The file could not be opened or read (permissions, I/O error, vanished during the scan).",
    fix: "Make the file readable by the job, then re-run."
  },
  {
    id: "CTR-001",
    title: "Polyglot: the file is valid as two formats",
    severity: "high",
    why: "pickle.load runs the leading pickle and ignores a trailing zip, while zip-based tools see only the archive. Both views are analysed; the combination itself is a disguise.",
    fix: "Do not use this file. A legitimate model is one format."
  },
  {
    id: "CTR-002",
    title: "Zip structure anomaly (data before the first entry, after the directory, or several end records)",
    severity: "medium",
    why: "Prepended or appended data and multiple end-of-directory records make different readers see different archives.",
    fix: "Re-save the archive with the framework that produced it."
  },
  {
    id: "CTR-003",
    title: "Zip local header disagrees with the central directory",
    severity: "medium",
    why: "PyTorch (miniz) reads entries through the central directory and ignores CRCs and flag bits; scanners that follow local headers or refuse bad CRCs see something else. A known scanner-evasion trick (CVE-2025-1944, CVE-2025-10156, CVE-2025-1945).",
    fix: "Re-save the archive with the framework that produced it."
  },
  {
    id: "CTR-004",
    title: "Duplicate member names in an archive",
    severity: "high",
    why: "Readers disagree on which copy wins, so a benign copy can shadow a malicious one for a scanner but not for the loader. Every copy is analysed.",
    fix: "Re-save the archive; a legitimate model archive never repeats a name."
  },
  {
    id: "CTR-005",
    title: "Encrypted member or unsupported compression method",
    severity: "high",
    why: "The member cannot be read, so it is not analysed.",
    fix: "Store model archives unencrypted with stored or deflate compression."
  },
  {
    id: "CTR-006",
    title: "Unsafe member path or link in an archive",
    severity: "high",
    why: "Absolute paths, `..`, backslashes, NUL bytes or symlink members escape the extraction folder when a loader unpacks the archive (Keras assets, legacy torch tar, ONNX hub).",
    fix: "Rebuild the archive with plain relative member names and no links."
  },
  {
    id: "CTR-007",
    title: "Model wrapped in an extra archive or compression layer",
    severity: "medium",
    why: "Wrapping (7z, gzip, tar) hides the model from scanners that do not unpack; nullifAI used this to evade Hugging Face scanning. The content was unpacked and analysed where possible.",
    fix: "Commit the model file itself, not an archive of it."
  },
  {
    id: "CTR-008",
    title: "Decompression bomb",
    severity: "high",
    why: "The declared or observed expansion ratio is far beyond what real models compress to; such members exhaust memory or disk of tools that unpack them.",
    fix: "Do not use this file."
  },
  {
    id: "CTR-009",
    title: "Executable or script member in a model archive",
    severity: "high",
    why: "Python files, shared libraries and scripts inside a model archive are code that a loader or a user may run.",
    fix: "Remove code from model archives; ship code through reviewed source instead."
  }
];

// src/policy/rules/pickle.ts
var PICKLESCAN = "https://github.com/mmaitre314/picklescan";
var PY_PICKLE = "https://docs.python.org/3/library/pickle.html#restricting-globals";
var WEIGHTS_ONLY = "https://pytorch.org/docs/stable/notes/serialization.html#weights-only";
var SAFETENSORS_FIX = "Convert the model to safetensors (or another data-only format); if you must keep a pickle, regenerate it from code you trust.";
var rules2 = [
  {
    id: "PKL-001",
    title: "Pickle imports a dangerous callable or module",
    severity: "critical",
    why: "Unpickling imports every global the pickle names and can call it. This import is a known gadget (code execution, process, file or network access); loading the file with pickle.load or torch.load(weights_only=False) hands it to the attacker. The severity is the gadget tier: critical for code execution and import primitives, high for file/network/environment access.",
    fix: `Do not load this file. ${SAFETENSORS_FIX}`,
    references: [PY_PICKLE, PICKLESCAN, "https://github.com/trailofbits/fickling"]
  },
  {
    id: "PKL-002",
    title: "Pickle imports something outside the allow list",
    severity: "medium",
    why: "Pickle imports are default-deny: block lists have been bypassed dozens of times (picklescan advisories), so anything not on the shipped allow list of data types is reported. High when it comes from the standard library or an ML platform package (large, full of gadgets); medium for other modules (usually a project class).",
    fix: "If the import is your own trusted class, allow it for this path in .modelgate.yml (allow-imports: [{paths: [...], imports: [module.Name]}]). Otherwise convert the model to a data-only format.",
    references: [PY_PICKLE]
  },
  {
    id: "PKL-003",
    title: "Pickle import that cannot be resolved statically",
    severity: "critical",
    why: "STACK_GLOBAL takes its module and name from the stack. Here at least one is not a literal string (the result of a call, a missing memo entry, bytes): the file computes what it imports at load time, which only hides the target.",
    fix: `Do not load this file. ${SAFETENSORS_FIX}`
  },
  {
    id: "PKL-004",
    title: "Pickle imports through the copyreg extension registry (EXT1/EXT2/EXT4)",
    severity: "high",
    why: "EXT opcodes import whatever the loading process registered under the code with copyreg.add_extension. The registry is empty in a stock interpreter, so the target is unknowable statically; legitimate writers never emit EXT codes.",
    fix: `Do not load this file. ${SAFETENSORS_FIX}`,
    references: ["https://docs.python.org/3/library/copyreg.html"]
  },
  {
    id: "PKL-005",
    title: "Pickle import with a dotted attribute path",
    severity: "high",
    why: "With protocol 4+ find_class walks dotted names attribute by attribute, so `torch` + `serialization.os.system` reaches os.system through a module that imported it. Legitimate pickles name classes directly. Critical when the path goes through a blocked module or a dunder attribute.",
    fix: `Do not load this file. ${SAFETENSORS_FIX}`,
    references: ["https://github.com/trailofbits/fickling/security/advisories/GHSA-5j3x-jp52-966f"]
  },
  {
    id: "PKL-006",
    title: "Python 2 module alias remapped to a dangerous target",
    severity: "critical",
    why: "For protocols below 3 the unpickler maps Python 2 names (`__builtin__`, `commands`, `copy_reg`, `urllib2`) to their Python 3 modules, so a block list that only knows Python 3 names misses `commands.getoutput` (= subprocess.getoutput) or `__builtin__.eval`.",
    fix: `Do not load this file. ${SAFETENSORS_FIX}`,
    references: ["https://github.com/python/cpython/blob/3.11/Lib/_compat_pickle.py"]
  },
  {
    id: "PKL-010",
    title: "Pickle calls a dangerous callable while loading",
    severity: "critical",
    why: "The pickle does not only import the gadget, it calls it (REDUCE/INST/OBJ/NEWOBJ/BUILD) during loading; the literal arguments (commands, code, URLs, paths) are shown as evidence.",
    fix: `Do not load this file; treat the machine that produced it as compromised. ${SAFETENSORS_FIX}`
  },
  {
    id: "PKL-011",
    title: "Pickle hands a nested payload to a deserialiser",
    severity: "high",
    why: "Bytes or text in the pickle are passed to pickle.loads, torch.load, marshal.loads, dill.loads, joblib.load, numpy.load or torch.storage._load_from_bytes (possibly through base64/zlib): a second payload that single-pass scanners never see. The nested content is analysed as its own member; critical when it is dangerous itself.",
    fix: `Do not load this file. ${SAFETENSORS_FIX}`,
    references: ["https://github.com/mmaitre314/picklescan/security/advisories/GHSA-h3qp-7fh3-f8h4"]
  },
  {
    id: "PKL-012",
    title: "Pickle BUILD modifies a module, class or function",
    severity: "high",
    why: "BUILD sets attributes with setattr on whatever is on the stack. Applied to an imported module, class or function (or setting dunder attributes), it monkey-patches the loading process and outlives the load (e.g. replacing a function the application calls later).",
    fix: `Do not load this file. ${SAFETENSORS_FIX}`
  },
  {
    id: "PKL-013",
    title: "Pickle adds items to something that is not a list, dict or set",
    severity: "medium",
    why: "APPEND(S)/SETITEM(S)/ADDITEMS call append/__setitem__/add on any object. On a rebuilt tensor this is the CVE-2026-24747 heap-write primitive of torch.load(weights_only=True); on other objects it invokes their methods. Legitimate writers only target containers.",
    fix: `Do not load this file. ${SAFETENSORS_FIX}`,
    references: ["https://github.com/advisories/GHSA-63cw-57p8-fm3p"]
  },
  {
    id: "PKL-014",
    title: "Pickle discards the result of a call",
    severity: "medium",
    why: "A call whose result is popped right away is executed only for its side effect. Pickle writers never do this; payloads do, and decompiling scanners have lost such calls (fickling).",
    fix: `Do not load this file. ${SAFETENSORS_FIX}`
  },
  {
    id: "PKL-020",
    title: "Pickle imports from __main__",
    severity: "medium",
    why: "A `__main__` import resolves to whatever the loading script defines, so the file's behaviour depends on the application that loads it (a known way to call a helper the attacker planted in the loader). High when it is called.",
    fix: "Move the class to an importable module and re-save, or convert the model to a data-only format."
  },
  {
    id: "PKL-021",
    title: "Pickle imports a security scanner",
    severity: "critical",
    why: "Importing fickling, picklescan, modelscan or a similar tool from a model file only makes sense to switch off their runtime hooks before the real payload runs.",
    fix: "Do not load this file."
  },
  {
    id: "PKL-030",
    title: "Several pickles or trailing bytes in one stream",
    severity: "medium",
    why: "pickle.load stops at the first STOP; loaders that call it repeatedly (and scanners that do not) see different programs. Every pickle found is analysed; trailing data is sniffed as its own content.",
    fix: "Re-save the object with a single pickle.dump, or convert it to a data-only format."
  },
  {
    id: "PKL-031",
    title: "PROTO opcode repeated, misplaced or unsupported",
    severity: "medium",
    why: "Writers emit one PROTO as the first opcode. A repeated or late PROTO changes how later names are resolved (Python 2 maps, dotted names) and is a known anomaly of hand-crafted pickles; a protocol above 5 makes current Python refuse the file.",
    fix: "Regenerate the file with the framework that produced it."
  },
  {
    id: "PKL-032",
    title: "Opcode newer than the declared protocol",
    severity: "medium",
    why: "The pickler only writes opcodes of the protocol it declares; a later opcode (e.g. STACK_GLOBAL after PROTO 2) means the stream was assembled by hand.",
    fix: "Regenerate the file with the framework that produced it."
  },
  {
    id: "PKL-040",
    title: "Pickle built to exhaust analysers (expansion, huge numbers)",
    severity: "medium",
    why: "Memo references far outnumbering stored values, long DUP chains or enormous decimal numbers are how pickles make scanners and decompilers blow up or give up (fickling ExpansionAttackAnalysis).",
    fix: "Regenerate the file with the framework that produced it."
  },
  {
    id: "PKL-050",
    title: "Malformed pickle (unknown opcode, bad or truncated argument, missing STOP, FRAME violation)",
    severity: "medium",
    why: "The pickle cannot be read the way a writer produces it. Loaders execute opcodes one by one, so anything before the error still runs (findings up to that point are kept). An opcode straddling the end of its FRAME makes loaders disagree (fickling FRAME-divergence bypass): every reading is analysed.",
    fix: "Regenerate the file with the framework that produced it."
  },
  {
    id: "PKL-051",
    title: "Pickle stack or memo inconsistency",
    severity: "low",
    why: "Values left on the stack at STOP, unclosed MARKs or MARK objects in the memo never come from a real pickler.",
    fix: "Regenerate the file with the framework that produced it."
  },
  {
    id: "PKL-052",
    title: "Pickle stack underflow",
    severity: "medium",
    why: "An opcode pops more values than the stack (since the last MARK) holds. The real unpickler raises here; scanners that keep going in their own way can be desynchronised.",
    fix: "Regenerate the file with the framework that produced it."
  },
  {
    id: "PKL-053",
    title: "Pickle reads a memo entry that was never stored",
    severity: "medium",
    why: "GET of an undefined memo key raises in CPython; crafted files use it to crash scanners after the payload already ran (picklescan keyerror-exploit).",
    fix: "Regenerate the file with the framework that produced it."
  },
  {
    id: "PKL-060",
    title: "Suspicious string in a pickle",
    severity: "low",
    why: "A string looks like a shell command, a download, an address or an encoded blob. On its own it proves nothing; next to an import finding it tells what the payload does.",
    fix: "Check what uses the string; convert the model to a data-only format."
  },
  {
    id: "PKL-070",
    title: "Serialized content embedded in a pickle value",
    severity: "low",
    why: "A bytes value is itself a pickle, zip or .npy. It is analysed as a nested member; a loader or the application may deserialise it later.",
    fix: "Store nested data as plain arrays, or ship it as a separate, scanned file."
  },
  {
    id: "PT-001",
    title: "PyTorch checkpoint needs torch.load(weights_only=False)",
    severity: "medium",
    why: "data.pkl imports something outside torch.load(weights_only=True)'s allow list, so the checkpoint only loads with the unrestricted unpickler, which runs whatever the pickle imports. Severity is that of the import (at least medium).",
    fix: "Save a plain state_dict (tensors and containers only), or convert to safetensors.",
    references: [WEIGHTS_ONLY]
  },
  {
    id: "PT-002",
    title: "PyTorch data.pkl uses opcodes the weights-only unpickler rejects",
    severity: "medium",
    why: "torch.save writes protocol 2 with a fixed set of 34 opcodes. Other opcodes (STACK_GLOBAL, MEMOIZE, FRAME, BINBYTES\u2026) fail weights_only loading and mean the pickle was produced by something else. A PROTO other than 2 alone is low.",
    fix: "Re-save the checkpoint with torch.save, or convert it to safetensors.",
    references: [WEIGHTS_ONLY]
  },
  {
    id: "PT-013",
    title: "Tensor view outside its storage",
    severity: "high",
    why: "The literal arguments of _rebuild_tensor_v2/_v3 describe a view (offset, sizes, strides) that reaches past the storage it references, or uses negative values or mismatched ranks: an out-of-bounds read/write primitive in torch.load, including weights_only (DEF CON 34, CVE-2026-24747 class).",
    fix: "Do not load this file with torch \u2264 2.9.1. Re-save the checkpoint from a trusted source.",
    references: ["https://github.com/advisories/GHSA-63cw-57p8-fm3p"]
  },
  {
    id: "PT-014",
    title: "SETITEM/APPEND on a rebuilt tensor or storage",
    severity: "high",
    why: "Item assignment on a tensor or storage inside data.pkl is the CVE-2026-24747 heap-write primitive of the weights-only unpickler (torch \u2264 2.9.1). torch.save never writes it.",
    fix: "Do not load this file. Upgrade torch to 2.10 or later and re-save the checkpoint from a trusted source.",
    references: ["https://github.com/advisories/GHSA-63cw-57p8-fm3p"]
  },
  {
    id: "TS-008",
    title: "TorchScript pickle imports outside TorchScript's unpickler set",
    severity: "medium",
    why: "TorchScript's own unpickler accepts only a short list of globals (tensor rebuild helpers, OrderedDict, storages, __torch__ classes). Other imports mean the pickle was made by or for plain pickle (e.g. torch.load taking the pickle path) and is not a TorchScript archive's normal content.",
    fix: "Re-export the model with torch.jit.save from trusted code."
  }
];

// src/policy/rules/numpy.ts
var FORMAT = "https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html";
var rules3 = [
  {
    id: "NPY-001",
    title: "Object array: the data is a pickle",
    severity: "medium",
    why: "Arrays of dtype object are stored as a pickle that np.load(allow_pickle=True) unpickles; the pickle is analysed with the pickle rules.",
    fix: "Store numeric arrays only (no dtype=object), or convert the data to safetensors.",
    references: [FORMAT, "https://nvd.nist.gov/vuln/detail/CVE-2019-6446"]
  },
  {
    id: "NPY-002",
    title: "Invalid .npy header",
    severity: "medium",
    why: "The header is not the literal dict numpy writes (keys descr, fortran_order, shape), has an unknown version, or exceeds numpy's 10000-byte limit; numpy refuses it and a hand-built header hides something else.",
    fix: "Regenerate the file with numpy.save.",
    references: [FORMAT]
  },
  {
    id: "NPY-003",
    title: "Array data length does not match the header",
    severity: "medium",
    why: "Bytes after the array (or after an object array's pickle) are ignored by numpy and can carry another payload; a short array is refused by numpy.",
    fix: "Regenerate the file with numpy.save.",
    references: [FORMAT]
  },
  {
    id: "NPY-004",
    title: "NumPy-named file is a pickle",
    severity: "high",
    why: "np.load falls back to pickle.load for any file without the .npy magic when allow_pickle=True, so a pickle named .npy/.npz runs on load while looking like array data.",
    fix: "Do not load the file; replace it with a real .npy/.npz written by numpy.save.",
    references: ["https://numpy.org/doc/stable/reference/generated/numpy.load.html"]
  },
  {
    id: "NPY-005",
    title: "npz member that is not .npy data",
    severity: "low",
    why: "np.savez writes only .npy members; other members are returned as raw bytes by np.load but may be loaded by other tools. Their content is analysed.",
    fix: "Rebuild the archive with numpy.savez.",
    references: ["https://numpy.org/doc/stable/reference/generated/numpy.savez.html"]
  },
  {
    id: "NPY-006",
    title: "Declared array size far beyond the file (memory exhaustion)",
    severity: "medium",
    why: "The shape declares far more bytes than the file holds; loaders that allocate from the header exhaust memory.",
    fix: "Regenerate the file with numpy.save."
  }
];

// src/policy/rules/joblib.ts
var JOBLIB = "https://joblib.readthedocs.io/en/stable/persistence.html";
var rules4 = [
  {
    id: "JBL-001",
    title: "joblib pickle with inline array payloads",
    severity: "info",
    why: "joblib.dump writes numpy arrays as raw bytes inside the pickle stream, right after each NumpyArrayWrapper. Scanners that disassemble the stream naively stop at the first array; ModelGate skips the arrays and analyses everything after them.",
    fix: "Nothing to do; this is inventory. A joblib file is still a pickle: loading it runs its imports.",
    references: [JOBLIB]
  },
  {
    id: "JBL-003",
    title: "joblib array wrapper cannot be resolved",
    severity: "high",
    why: "The NumpyArrayWrapper state (shape, dtype, alignment) is not literal, so the length of the raw array bytes that follow is unknown. Everything after this point was not analysed, and joblib.load would still execute it.",
    fix: "Regenerate the file with joblib.dump from trusted code, or convert the model to a data-only format (skops, ONNX, safetensors).",
    references: [JOBLIB]
  },
  {
    id: "JBL-004",
    title: "joblib object array (a nested pickle)",
    severity: "medium",
    why: "An array with dtype=object is stored as a complete nested pickle that joblib.load unpickles (CVE-2024-34997 class). It is analysed in place; object arrays hide arbitrary Python objects.",
    fix: "Store numeric arrays only, or convert the model to a data-only format.",
    references: ["https://nvd.nist.gov/vuln/detail/CVE-2024-34997"]
  },
  {
    id: "JBL-005",
    title: "Legacy joblib array wrapper loads a side file",
    severity: "high",
    why: "joblib's legacy NDArrayWrapper/ZNDArrayWrapper open `os.path.join(<folder of the pickle>, filename)` and NDArrayWrapper loads it with numpy.load(allow_pickle=True): an absolute path or `..` loads (and unpickles) any file on the machine, and side files next to the model are pickle sinks of their own. High for escaping paths, medium for plain side files.",
    fix: "Re-save the model with a current joblib (arrays inline) and do not ship side files.",
    references: ["https://github.com/joblib/joblib/blob/master/joblib/numpy_pickle_compat.py"]
  }
];

// src/policy/rules/pytorch.ts
var SERIALIZATION = "https://github.com/pytorch/pytorch/blob/main/torch/serialization.py";
var INLINE_CONTAINER = "https://github.com/pytorch/pytorch/blob/main/caffe2/serialize/inline_container.cc";
var rules5 = [
  {
    id: "PT-010",
    title: "PyTorch archive prefix anomaly",
    severity: "medium",
    why: "torch.load resolves every record under the folder of the first archive entry. Entries under other top-level names, a first entry outside any folder, or data.pkl under several prefixes mean torch.load and other tools read different pickles.",
    fix: "Re-save the checkpoint with torch.save (or better, safetensors); a genuine checkpoint has one top-level folder.",
    references: [INLINE_CONTAINER]
  },
  {
    id: "PT-011",
    title: "Malformed storage reference in data.pkl",
    severity: "high",
    why: "torch.load expects every persistent id to be ('storage', <Storage class>, key, device, numel). Anything else is rejected by the weights-only unpickler or reaches the loader's persistent_load with attacker-chosen values.",
    fix: "Do not load the file. Re-export the weights from a trusted source, preferably as safetensors.",
    references: [SERIALIZATION]
  },
  {
    id: "PT-012",
    title: "Storage size does not match its data record",
    severity: "high",
    why: "A storage that declares more elements than its data/<key> record holds makes torch \u2264 2.9.1 read or write out of bounds even with weights_only=True (CVE-2026-24747, fixed in 2.10.0).",
    fix: "Do not load the file; upgrade torch to 2.10 or later; re-export the weights from a trusted source.",
    references: ["https://github.com/advisories/GHSA-63cw-57p8-fm3p"]
  },
  {
    id: "PT-015",
    title: "Invalid byteorder or version record",
    severity: "medium",
    why: 'torch.save writes byteorder as "little"/"big" and version as a small integer. Other contents are refused by torch.load or indicate a hand-built archive.',
    fix: "Re-save the checkpoint with torch.save.",
    references: [SERIALIZATION, INLINE_CONTAINER]
  },
  {
    id: "PT-016",
    title: "Data record never referenced, or referenced record missing",
    severity: "low",
    why: "Records under data/ that no storage refers to (in a checkpoint or a TorchScript archive) are ignored by torch.load and torch.jit.load and can carry hidden bytes; a referenced record that is missing makes the load fail.",
    fix: "Re-save the checkpoint with torch.save so the archive holds exactly the storages it uses."
  },
  {
    id: "PT-017",
    title: "Extra pickle in a PyTorch archive",
    severity: "medium",
    why: "torch.load only unpickles data.pkl, but a second pickle under another name (even data.txt) is loaded by other tools and was used to slip past scanners that only read data.pkl (CVE-2025-1889). Its content is analysed like any pickle.",
    fix: "Remove the extra member; a checkpoint needs no pickle besides data.pkl.",
    references: ["https://github.com/advisories/GHSA-769v-p64c-89pr"]
  },
  {
    id: "PT-018",
    title: "Compressed member in a PyTorch archive",
    severity: "low",
    why: "torch.save always stores records uncompressed. Compressed members mean the archive was rebuilt by another tool.",
    fix: "Re-save the checkpoint with torch.save."
  },
  {
    id: "PT-020",
    title: "Legacy PyTorch stream does not start with the plain magic number",
    severity: "critical",
    why: "Legacy torch.load unpickles the first pickle and only then compares it with the magic number, so a first pickle that computes the number (REDUCE, eval) runs code before any check.",
    fix: "Do not load the file.",
    references: ["https://github.com/advisories/GHSA-97f8-7cmv-76j2"]
  },
  {
    id: "PT-021",
    title: "Legacy PyTorch stream structure anomaly",
    severity: "medium",
    why: "A legacy checkpoint is five pickles (magic, protocol 1001, system info, object, storage keys) followed by the storage bytes. Other values, missing pickles or bytes that do not match the storages mean a hand-built file.",
    fix: "Re-save the checkpoint with a current torch.save (zip format), or convert it to safetensors.",
    references: [SERIALIZATION]
  },
  {
    id: "PT-022",
    title: "Legacy PyTorch checkpoint embeds module source code",
    severity: "medium",
    why: "A ('module', class, source_file, source) persistent id pickles a whole nn.Module class with its source; loading it requires the full unpickler and recreates arbitrary classes.",
    fix: "Save a state_dict instead of the whole model, preferably as safetensors.",
    references: [SERIALIZATION]
  },
  {
    id: "PT-030",
    title: "Legacy PyTorch tar checkpoint anomaly",
    severity: "high",
    why: "Legacy tar checkpoints are extracted to disk by torch.load (tar.extract). A link member makes that extraction read or write outside the temporary folder; missing or unexpected members mean a hand-built file.",
    fix: "Do not load the file; convert trusted weights to safetensors.",
    references: [SERIALIZATION]
  },
  {
    id: "PT-040",
    title: "torch.package archive (executes packaged code)",
    severity: "critical",
    why: "torch.package archives ship Python modules that PackageImporter imports and runs when the model is loaded: code by design.",
    fix: "Only load torch.package archives from fully trusted sources after reviewing the packaged code; ship weights as safetensors.",
    references: ["https://pytorch.org/docs/stable/package.html"]
  },
  {
    id: "PT-041",
    title: "TorchServe model archive (.mar) with handler code",
    severity: "critical",
    why: "A .mar bundles a handler that TorchServe imports and runs, plus a serialized model; the handler is arbitrary Python.",
    fix: "Review the handler code and the serialized model before serving; build .mar files in your own pipeline from reviewed sources.",
    references: ["https://github.com/pytorch/serve/blob/master/model-archiver/README.md"]
  },
  {
    id: "PT-051",
    title: "Tensor names incomplete (too many container writes)",
    severity: "info",
    why: "Tensors are named by the dict keys that lead to them in data.pkl. Past 65,536 recorded container writes ModelGate stops recording (bounded memory), so tensors reached only through later writes are named by their storage key; their values are still examined.",
    fix: "Nothing to fix; compare such tensors by storage key, or save the weights as safetensors (names in the header).",
    references: [SERIALIZATION]
  },
  {
    id: "PT-050",
    title: "Whole-module pickle instead of a state dict",
    severity: "medium",
    why: "torch.save(model) pickles module classes (torch.nn.modules.*, project or __main__ classes); loading it needs weights_only=False, which runs whatever the pickle imports.",
    fix: "Save model.state_dict() instead, preferably as safetensors.",
    references: [SERIALIZATION]
  }
];

// src/policy/rules/torchscript.ts
var rules6 = [
  {
    id: "PT-003",
    title: "TorchScript archive where a plain checkpoint is expected",
    severity: "high",
    why: "torch.load sends any zip with a constants.pkl record to torch.jit.load, which compiles and can run the archive code; on torch \u2264 2.5.1 this happens even with weights_only=True (CVE-2025-32434). A TorchScript file named like a checkpoint (pytorch_model*.bin, .pth, .ckpt) is how that path is reached. Raised to critical when the code writes or reads files or hijacks the mapping protocol.",
    fix: "Do not torch.load this file. Use torch \u2265 2.6, and ship weights as safetensors or a real state_dict checkpoint.",
    references: ["https://github.com/pytorch/pytorch/security/advisories/GHSA-53q9-r3pm-6pq6"]
  },
  {
    id: "TS-001",
    title: "TorchScript code writes files (torch.save / aten::save)",
    severity: "critical",
    why: "aten::save pickles a value to any path when the scripted method runs. Writing ~/.bashrc, crontab or authorized_keys turns loading and running the model into code execution (Zhou & Song, DEF CON 33).",
    fix: "Do not load this model. TorchScript model code has no reason to save files."
  },
  {
    id: "TS-002",
    title: "TorchScript code reads or maps files (torch.from_file / aten::from_file)",
    severity: "high",
    why: "aten::from_file reads any file into a tensor, so model code can read secrets and leak them through its outputs or a later write.",
    fix: "Do not load this model unless the file access is expected and reviewed."
  },
  {
    id: "TS-003",
    title: "TorchScript code calls a custom operator namespace",
    severity: "medium",
    why: "ops.<namespace>.<op> calls native operators registered by any library loaded in the process; I/O operators such as torchvision ops.image.write_file/read_file give file access (high). Other namespaces cannot be checked statically.",
    fix: "Review which library provides the operator and what it does; prefer models that only use aten/prim operators."
  },
  {
    id: "TS-004",
    title: "Scripted __setstate__ runs during torch.jit.load",
    severity: "high",
    why: "TorchScript calls a class\u2019s scripted __setstate__ while unpickling data.pkl, i.e. model code runs inside torch.jit.load before any forward call. Critical when that code reaches file or custom-operator calls.",
    fix: "Review the __setstate__ body; do not load the model if it does more than restore attributes."
  },
  {
    id: "TS-005",
    title: "Mapping/iteration protocol methods on the top-level TorchScript module",
    severity: "high",
    why: "Loaders that expect a state dict call items()/keys()/__getitem__ on what torch.load returns (vLLM, transformers). A TorchScript module defining them runs its own code there; critical when that code writes files.",
    fix: "Do not load this file as weights; a checkpoint is a plain dict of tensors."
  },
  {
    id: "TS-007",
    title: "TorchScript custom class (torch.classes)",
    severity: "medium",
    why: "torch.classes.<ns>.<Class> objects are implemented in native code from a shared library; what they do cannot be checked from the archive. Classes shipped inside torch itself (quantized, xnnpack) are reported as info.",
    fix: "Review which library provides the class."
  },
  {
    id: "TS-009",
    title: "Legacy TorchScript archive (model.json / attributes.pkl)",
    severity: "medium",
    why: "The pre-1.3 TorchScript format is loaded by a legacy importer with its own parsing paths; current tools rarely review it.",
    fix: "Re-export the model with a current torch.jit.save."
  },
  {
    id: "TS-010",
    title: "Sensitive path or URL literal in TorchScript code",
    severity: "low",
    why: "Paths such as ~/.ssh, .bashrc, /etc/ or crontab, and URLs, are what file-writing or file-reading model code targets; high when the archive also writes or reads files.",
    fix: "Review what the code does with the path."
  },
  {
    id: "TS-011",
    title: "TorchScript extra file carries a model, archive, pickle or executable",
    severity: "medium",
    why: "Extra files (torch.jit.save _extra_files) are handed to the caller as raw bytes; a pickle, archive or executable there is a staged payload for whatever code reads them. Its content is analysed as well.",
    fix: "Keep extra files to plain metadata (JSON, text)."
  },
  {
    id: "TS-012",
    title: "TorchScript code does not look generated by torch.jit.save",
    severity: "low",
    why: "torch.jit.save writes code with python_print: no imports, comments or data blobs. Hand-edited code, long encoded strings or Python-only names show the archive was tampered with after export.",
    fix: "Re-export the model with torch.jit.save from reviewed source."
  }
];

// src/policy/rules/onnx.ts
var rules7 = [
  {
    id: "ONNX-001",
    title: "External-data location escapes the model folder",
    severity: "high",
    why: "onnx.load reads tensor bytes from the file named in external_data.location. An absolute path, a drive letter, a UNC share or `..` after normalisation makes loading read (and hosting services expose) arbitrary files such as /etc/passwd or credentials (CVE-2022-25882, CVE-2024-27318).",
    fix: "Save the model again with onnx.save(..., save_as_external_data=True) so locations are plain relative names next to the model; never commit a model whose locations point elsewhere.",
    references: ["https://github.com/onnx/onnx/issues/3991", "https://nvd.nist.gov/vuln/detail/CVE-2024-27318"]
  },
  {
    id: "ONNX-002",
    title: "External-data location uses the ONNX Runtime in-memory address tag",
    severity: "critical",
    why: "A location containing `_ORT_MEM_ADDR_` makes ONNX Runtime treat `offset` as a process memory address, so the model reads arbitrary memory of the loading process.",
    fix: "Do not use this file. Models on disk never need the in-memory tag.",
    references: ["https://github.com/microsoft/onnxruntime/pull/24894"]
  },
  {
    id: "ONNX-003",
    title: "Malformed external-data entry",
    severity: "medium",
    why: "Duplicate or unknown keys, offsets and lengths that are not plain non-negative integers, or ranges beyond the referenced file make loaders disagree about which bytes a tensor is (a parser differential and a denial-of-service vector, CVE-2026-34445).",
    fix: "Re-save the model with onnx.save so each tensor has one location and integer offset/length inside the data file."
  },
  {
    id: "ONNX-004",
    title: "External-data file is a link or resolves outside the model folder",
    severity: "high",
    why: "A symbolic or hard link (or a parent folder that is a link) lets a location that looks local read a file elsewhere on the machine that loads the model (CVE-2026-27489, CVE-2026-34446, CVE-2026-34447).",
    fix: "Replace links with the real data file inside the model folder."
  },
  {
    id: "ONNX-005",
    title: "Inconsistent data location on a tensor",
    severity: "medium",
    why: "A tensor marked EXTERNAL without a location, or with both embedded data and external data, is read differently by different loaders.",
    fix: "Re-save the model with onnx.save."
  },
  {
    id: "ONNX-006",
    title: "Operator from a non-standard domain",
    severity: "medium",
    why: "Operators outside the ONNX standard domains need a custom-op library that the application registers (RegisterCustomOpsLibrary loads native code) or host-registered Python functions (onnxruntime-extensions PyOp). com.microsoft contrib ops ship with ONNX Runtime (low); Python-executing ops run host code (high).",
    fix: "Check that every custom domain is expected and that its operator library comes from a trusted source; prefer models built from standard operators."
  },
  {
    id: "ONNX-007",
    title: "Unknown operator in a standard domain, or opset newer than known",
    severity: "medium",
    why: "An op_type that no ONNX opset defines cannot be run by a stock runtime; it is either a custom kernel registered under a standard name or a malformed model. An opset above the newest known one (low) may also hide new semantics.",
    fix: "Check where the operator comes from; convert the model with a released ONNX version."
  },
  {
    id: "ONNX-008",
    title: "Model-local function call cycle or excessive nesting",
    severity: "medium",
    why: "Functions that call themselves directly or indirectly (or nest very deeply) exhaust the stack of loaders and checkers (GHSA-7w46-vvrh-m8q5).",
    fix: "Do not use this file; regenerate the model."
  },
  {
    id: "ONNX-009",
    title: "Code or encoded payload staged in a text field",
    severity: "medium",
    why: 'metadata_props, doc strings, names and string attributes are ignored by the runtime, which makes them a place to stage scripts, URLs or base64/hex-encoded executables and pickles for a companion loader (DEF CON 33, "Loading Models, Launching Shells"). Encoded code is high.',
    fix: "Remove the payload; model metadata should describe the model, not carry code."
  },
  {
    id: "ONNX-010",
    title: "Tensor size inconsistent with its shape and type",
    severity: "medium",
    why: "Data lengths that do not match dims \xD7 element size, negative or overflowing dims, and external lengths that disagree with the shape are parser-bug triggers and a way to smuggle extra bytes.",
    fix: "Re-export the model; every tensor should hold exactly dims \xD7 element size bytes."
  },
  {
    id: "ONNX-014",
    title: "External data bytes referenced by no tensor",
    severity: "low",
    why: "ONNX loaders read only the ranges tensors name in an external data file. Other bytes there (beyond the zero padding onnx.save_model writes for alignment) are never loaded as weights: a place to carry a payload that a companion script extracts.",
    fix: "Re-save the model with onnx.save_model(..., save_as_external_data=True) into a fresh data file (onnx appends to an existing one), and compare the data file with the one from the model's source."
  },
  {
    id: "ONNX-011",
    title: "Protobuf beyond ONNX limits or with unexpected structure",
    severity: "medium",
    why: "A single protobuf over 2 GiB, nesting deeper than protobuf loaders accept, or fields with unexpected wire types are read differently (or not at all) by different parsers.",
    fix: "Use external data for large models and re-save the model with onnx.save."
  }
];

// src/policy/rules/keras.ts
var rules8 = [
  {
    id: "KER-001",
    title: "Lambda layer or lambda function with embedded Python bytecode",
    severity: "critical",
    why: "Keras stores a lambda as base64 of marshal.dumps(code) and rebuilds it with marshal.loads + FunctionType when the model is loaded: legacy .h5 loaders before Keras 3.11.3, tf-keras < 2.13 and any load with safe_mode=False run it (CVE-2024-3660, CVE-2025-9905). The names the bytecode references are given as evidence.",
    fix: "Do not load this model. Replace Lambda layers with registered custom layers (keras.saving.register_keras_serializable) and re-save.",
    references: ["https://kb.cert.org/vuls/id/253266", "https://github.com/keras-team/keras/security"]
  },
  {
    id: "KER-002",
    title: "Function reference outside Keras",
    severity: "high",
    why: 'A `function` object (or a tf-keras Lambda with function_type "function") names a function in a module other than Keras. The loader imports that module and hands the function to the model, which calls it on every inference (os.system, builtins.exec, \u2026).',
    fix: "Use Keras built-in functions or registered custom functions only, and re-save the model."
  },
  {
    id: "KER-003",
    title: "Object from a module outside Keras (custom or arbitrary import)",
    severity: "high",
    why: "Keras 3.0\u20133.8 imported any `module` named in config.json and instantiated the class with attacker-chosen arguments even with safe_mode=True (CVE-2025-1550). Later versions only accept registered custom objects, so outside those versions this is a custom object that needs code you must review.",
    fix: "Load only with Keras \u2265 3.9 and review the custom classes; prefer models that use built-in Keras layers.",
    references: ["https://github.com/keras-team/keras/security/advisories/GHSA-48g7-3x6r-xfhp"]
  },
  {
    id: "KER-004",
    title: "Reference to a non-modeling Keras API (safe-mode bypass gadget)",
    severity: "high",
    why: "Keras APIs such as keras.config.enable_unsafe_deserialization (turns safe mode off for the rest of the load, CVE-2025-9906), keras.utils.get_file (downloads files, CVE-2025-8747) or keras.models.load_model have no place in a model config; they are reached by deserialization and run during loading.",
    fix: "Do not load this model. Re-save it from trusted code.",
    references: ["https://github.com/keras-team/keras/security/advisories/GHSA-c9rc-mg46-23w3"]
  },
  {
    id: "KER-005",
    title: "TorchModuleWrapper with an embedded torch.save pickle",
    severity: "high",
    why: "TorchModuleWrapper stores a whole torch module as base64 of torch.save and loads it with torch.load(weights_only=False): the embedded pickle runs code at load time. The blob is decoded and analysed; its own findings are listed under the layer.",
    fix: "Do not load this model unless you trust its author; export the torch part as safetensors weights plus code you control."
  },
  {
    id: "KER-006",
    title: "TFSMLayer loads an external SavedModel",
    severity: "high",
    why: "TFSMLayer calls tf.saved_model.load on its `filepath` when the model is loaded, pulling in a second model (with its own graph ops) from a path or URL outside this file.",
    fix: "Bundle the wrapped model as regular layers, or review the SavedModel it points at."
  },
  {
    id: "KER-007",
    title: "Lookup layer vocabulary read from a path or URL",
    severity: "high",
    why: "StringLookup/IntegerLookup/TextVectorization read a string `vocabulary` through tf.io.gfile during load, even in safe mode: local file disclosure or server-side request forgery (CVE-2025-12058).",
    fix: "Store the vocabulary inline (a list) or as a model asset, and re-save.",
    references: ["https://github.com/keras-team/keras/security/advisories/GHSA-qg93-c7p6-gg7f"]
  },
  {
    id: "KER-008",
    title: "TFOpLambda calling a TensorFlow API outside math/array operations",
    severity: "high",
    why: "tf-keras TFOpLambda layers resolve `function` to any public tf.* symbol and call it on inference: tf.io.write_file, tf.io.gfile, tf.py_function and friends give file and process access.",
    fix: "Do not load this model. Rebuild it without file, I/O or Python-calling TensorFlow operations."
  },
  {
    id: "KER-009",
    title: "Path traversal in a layer name or asset path",
    severity: "high",
    why: "Keras uses layer names and asset member names as file paths under a temporary folder when loading .keras archives; `..`, absolute paths and backslashes escape it (CVE-2026-12479).",
    fix: "Rename the layers with plain names and re-save the model."
  },
  {
    id: "KER-010",
    title: ".keras archive structure anomaly",
    severity: "medium",
    why: "keras saving_lib writes config.json, metadata.json and model.weights.h5 (or .npz) plus assets/. Missing files, executables or nested archives mean the file was not written by Keras and may carry payloads for other tools.",
    fix: "Re-save the model with keras.Model.save and commit that file."
  },
  {
    id: "KER-011",
    title: "Keras version the model was saved with",
    severity: "info",
    why: "Inventory. Files saved by Keras/tf-keras versions with known loader vulnerabilities (no safe_mode before 2.13, arbitrary module import in 3.0\u20133.8) are raised to low: such environments may also load them.",
    fix: "Load Keras models with an up-to-date Keras (\u2265 3.12) and safe_mode=True."
  },
  {
    id: "KER-012",
    title: "Oversized or deeply nested Keras configuration",
    severity: "medium",
    why: "Huge inline __numpy__/__tensor__ literals and very deep nesting exhaust loaders and scanners; they have no use in a real model config.",
    fix: "Store tensors as weights, not in the config, and re-save the model."
  },
  {
    id: "KER-013",
    title: "HDF5 file without a Keras model configuration",
    severity: "info",
    why: "Inventory: a weights-only HDF5 file (model.save_weights / .weights.h5) or plain HDF5 data. It carries no architecture, so nothing in it is deserialized as code by Keras.",
    fix: "Nothing to do."
  },
  {
    id: "KER-014",
    title: "tf-keras SavedModel metadata describes a Lambda or TFOpLambda layer",
    severity: "critical",
    why: "keras_metadata.pb carries the tf-keras layer configs as JSON; tf.keras.models.load_model rebuilds Lambda layers from it, running their bytecode.",
    fix: "Do not load this model with tf.keras; re-export it without Lambda layers."
  },
  {
    id: "KER-015",
    title: "HDF5 external link to another file",
    severity: "medium",
    why: "h5py follows external links transparently, so loading weights reads data from another file on the machine (attacker-placed or sensitive) instead of this one.",
    fix: "Store every dataset inside the file (h5py: copy the target instead of linking) and re-save."
  }
];

// src/policy/rules/tensorflow.ts
var rules9 = [
  {
    id: "TF-001",
    title: "TensorFlow op with file, process or network side effects",
    severity: "high",
    why: "Graph ops such as WriteFile, ReadFile, MatchingFiles, PyFunc, ImmutableConst, debug ops with URLs, RPC and dataset writers touch the file system, host Python or the network when the graph runs. A model has no need for them outside its saver functions.",
    fix: "Find out why the graph contains the op. Re-export the model from source without it, or do not use the file.",
    references: ["https://github.com/protectai/modelscan"]
  },
  {
    id: "TF-002",
    title: "Side-effect op reachable at load time",
    severity: "critical",
    why: "Loading a SavedModel restores variables and runs its init op (__saved_model_init_op, main_op, legacy_init_op) and restore functions. A dangerous op reachable from them runs as soon as the model is loaded, before any inference.",
    fix: "Do not load this model. Init and restore functions of legitimate models only initialise tables and restore checkpoints."
  },
  {
    id: "TF-003",
    title: "Op not in stock TensorFlow (custom kernel)",
    severity: "medium",
    why: "An op that is not part of TensorFlow needs a kernel from a custom shared library loaded by the application (tf.load_op_library runs native code), or is a reserved internal op that has no place in a saved graph.",
    fix: "Check which library provides the op and whether it is trusted; prefer models that use stock ops only."
  },
  {
    id: "TF-004",
    title: "String constant with a path or URL",
    severity: "low",
    why: "Absolute or traversing paths and URLs (file://, grpc://, gs://, hdfs://, http://) in graph constants are what file and network ops need; alone they are a hint, next to such an op they raise its severity. Staged code in constants is reported here too.",
    fix: "Check what reads the constant. Models should not carry host paths or endpoints."
  },
  {
    id: "TF-005",
    title: "Asset path escapes the SavedModel folder",
    severity: "medium",
    why: "asset_file_def filenames are joined to the assets/ folder at load time; absolute or `..` paths make the loader read files elsewhere (vocabularies, lookup tables).",
    fix: "Re-export the SavedModel so every asset is a plain file name inside assets/."
  },
  {
    id: "TF-007",
    title: "MetaGraphs with different behaviour per tag set",
    severity: "low",
    why: "A SavedModel with several MetaGraphs runs a different graph depending on the tags the loader asks for, so the graph that was reviewed may not be the one that is served.",
    fix: "Export one MetaGraph, or review each one."
  },
  {
    id: "TF-008",
    title: "Malformed or oversized TensorFlow protobuf",
    severity: "medium",
    why: "Fields with unexpected wire types, protobufs over 2 GiB or nesting beyond protobuf limits are parsed differently by different readers.",
    fix: "Re-export the model with TensorFlow."
  },
  {
    id: "TFL-001",
    title: "TF Lite Flex (Select TF) op",
    severity: "medium",
    why: "A Flex op runs a full TensorFlow kernel through the Flex delegate. Side-effect ops (FlexWriteFile, FlexReadFile\u2026) keep their TensorFlow severity; any Flex op needs the Select TF ops runtime.",
    fix: "Convert the model with builtin ops only, or check each Flex op."
  },
  {
    id: "TFL-002",
    title: "TF Lite custom op",
    severity: "medium",
    why: "A custom op needs a kernel the application registers (native code shipped with the app); the model cannot be run, or vetted, without it.",
    fix: "Check where the custom kernel comes from; prefer builtin ops."
  },
  {
    id: "TFL-003",
    title: "TF Lite flatbuffer structure violation",
    severity: "medium",
    why: "Out-of-range operator, tensor or buffer indices, and buffer offsets beyond the file or overlapping each other, trigger interpreter bugs and hide data.",
    fix: "Re-convert the model with the TF Lite converter."
  },
  {
    id: "TFL-004",
    title: "TF Lite tensor size inconsistent with its buffer",
    severity: "medium",
    why: "A constant tensor whose shape \xD7 type size differs from its buffer length reads out of bounds or carries extra bytes.",
    fix: "Re-convert the model with the TF Lite converter."
  },
  {
    id: "TFL-005",
    title: "Code or payload in TF Lite metadata",
    severity: "low",
    why: "The description string and metadata buffers are free data that the interpreter ignores; scripts, executables, pickles or encoded code there are staged for something else to run.",
    fix: "Remove the payload from the model metadata."
  }
];

// src/policy/rules/safetensors.ts
var rules10 = [
  {
    id: "ST-001",
    title: "Invalid safetensors header",
    severity: "high",
    why: 'The header length, encoding or JSON does not follow the format (too large, beyond the file, not UTF-8, not a JSON object, wrong field types, junk after the JSON). The reference loader rejects such a file; a "safe" file that is malformed is a parser-exploit attempt or a disguise for something else.',
    fix: "Regenerate the file with the safetensors library (save_file / save_model).",
    references: ["https://github.com/huggingface/safetensors"]
  },
  {
    id: "ST-002",
    title: "Tensor offsets or sizes inconsistent",
    severity: "high",
    why: "Tensors must be laid out back to back from offset 0 with no gaps or overlaps, each exactly shape \xD7 dtype size long. Overlaps, gaps, overflowing shapes or data past the end of the file make readers disagree about the bytes and hide data between tensors.",
    fix: "Regenerate the file with the safetensors library."
  },
  {
    id: "ST-003",
    title: "Bytes after the last tensor",
    severity: "high",
    why: 'The format requires the tensors to cover the data section exactly ("prevents the creation of polyglot files"); trailing bytes are an appended payload or a second file format.',
    fix: "Regenerate the file with the safetensors library; find out what the extra bytes are."
  },
  {
    id: "ST-004",
    title: "Unknown dtype, bad shape entry or unexpected tensor field",
    severity: "medium",
    why: "Tensor entries hold exactly dtype, shape and data_offsets with a known dtype and non-negative integer dimensions; anything else is read differently (or rejected) by different loaders.",
    fix: "Regenerate the file with the safetensors library."
  },
  {
    id: "ST-005",
    title: "Duplicate keys in the safetensors header",
    severity: "medium",
    why: "JSON parsers keep different copies of a duplicated key (first, last, or error), so two loaders can see different tensors or metadata in the same file.",
    fix: "Regenerate the file; every tensor name and metadata key must be unique."
  },
  {
    id: "ST-006",
    title: "Suspicious or malformed __metadata__",
    severity: "medium",
    why: "__metadata__ must be a flat string-to-string map. Values that hold code, URLs, encoded executables or pickles, or very large values, use the header to stage payloads for other tools.",
    fix: "Keep metadata to short descriptive strings; remove the payload."
  },
  {
    id: "ST-007",
    title: "Oversized or unusually padded header",
    severity: "low",
    why: "Writers pad the header with at most a few spaces; a header much larger than its tensors need, or padded with other whitespace, has room for hidden content.",
    fix: "Regenerate the file with the safetensors library."
  }
];

// src/policy/rules/gguf.ts
var rules11 = [
  {
    id: "GGUF-001",
    title: "Malformed GGUF header or metadata",
    severity: "high",
    why: "Bad magic or version, counts and lengths that cannot fit in the file, unknown value types, booleans other than 0/1, duplicate or non-ASCII keys and nested arrays are the inputs behind GGUF parser memory-safety bugs (integer overflows fixed in ggml PR #19856).",
    fix: "Do not load the file; regenerate it with llama.cpp convert scripts or gguf-py.",
    references: ["https://github.com/ggml-org/ggml/blob/master/docs/gguf.md"]
  },
  {
    id: "GGUF-002",
    title: "Inconsistent GGUF tensor info",
    severity: "high",
    why: "Names over 64 bytes, more than 4 dimensions, unknown ggml types, size overflows, misaligned or overlapping offsets and data past the end of the file lead to out-of-bounds reads and heap overflows in loaders (CVE-2026-33298 llama.cpp, CVE-2026-7482 Ollama).",
    fix: "Do not load the file; regenerate it with llama.cpp convert scripts or gguf-py."
  },
  {
    id: "GGUF-003",
    title: "Chat template with Jinja sandbox-escape primitives",
    severity: "critical",
    why: "tokenizer.chat_template is rendered with Jinja by llama-cpp-python, vLLM, SGLang and others; attribute chains such as __class__/__globals__, attr() filters and Jinja globals reach Python and run commands when the template is rendered without a sandbox (CVE-2024-34359, CVE-2026-5760).",
    fix: "Do not serve this model. Replace the chat template with the upstream one for the model family.",
    references: ["https://nvd.nist.gov/vuln/detail/CVE-2024-34359"]
  },
  {
    id: "GGUF-004",
    title: "Code or payload staged in GGUF string metadata",
    severity: "medium",
    why: "String metadata (general.*, custom keys, embedded tokenizer JSON) is free text; scripts, template syntax outside the chat template, URLs in unexpected keys, and encoded executables or pickles there are staged for another tool.",
    fix: "Remove the payload from the metadata."
  },
  {
    id: "GGUF-005",
    title: "Unreferenced data in a GGUF file",
    severity: "medium",
    why: "Bytes after the last tensor, or gaps between tensors larger than the alignment padding, belong to no tensor: a place to carry an appended payload or a second file.",
    fix: "Regenerate the file; find out what the extra bytes are."
  },
  {
    id: "GGUF-006",
    title: "Chat template in tokenizer_config.json with Jinja sandbox-escape primitives",
    severity: "critical",
    why: "Hugging Face tokenizer configs ship the chat template that transformers, vLLM and TGI render with Jinja; the same sandbox-escape patterns as in GGUF templates run code when rendered unsandboxed.",
    fix: "Do not serve the model with this tokenizer config; restore the upstream chat template."
  }
];

// src/policy/rules/integrity.ts
var rules12 = [
  {
    id: "INT-001",
    title: "Checksum mismatch: the file differs from its checksum manifest",
    severity: "critical",
    why: "A SHA256SUMS file or .sha256 sidecar records the digest the file had when it was published. A different digest means the bytes were changed, corrupted or swapped after the manifest was written.",
    fix: "Restore the published file, or, if the change is intended, regenerate the manifest from a trusted copy and review why the model changed."
  },
  {
    id: "INT-002",
    title: "A file listed in a checksum manifest is missing",
    severity: "high",
    why: "The manifest promises a file that is not there (renamed, deleted, or never checked out), so the set of files a loader sees is not the set that was published.",
    fix: "Restore the file, or remove its line from the manifest if the removal is intended."
  },
  {
    id: "INT-003",
    title: "Model file not covered by the checksum manifest of its folder",
    severity: "medium",
    why: "The folder has a checksum manifest but this model file is not in it: it was added after the manifest was written, so nothing vouches for its bytes.",
    fix: "Add the file to the manifest (from a trusted copy) or remove the file."
  },
  {
    id: "INT-004",
    title: "Unsafe path in a checksum or signature manifest",
    severity: "high",
    why: "An absolute path or a `..` segment makes a manifest refer to files outside its own folder (runner files, other models). Such entries are rejected and never read.",
    fix: "Regenerate the manifest from inside the model folder so that every name is a plain relative path."
  },
  {
    id: "INT-005",
    title: "Malformed checksum manifest line",
    severity: "medium",
    why: "A line that is neither GNU (`<hex>  <name>`) nor BSD (`SHA256 (<name>) = <hex>`) syntax verifies nothing; sha256sum --strict rejects it too.",
    fix: "Regenerate the manifest with `sha256sum` (or `sha256sum --tag`)."
  },
  {
    id: "INT-006",
    title: "Not analysed: a checksum manifest could not be read",
    severity: "high",
    why: "The manifest is unreadable or larger than ModelGate reads into memory, so none of its entries were verified.",
    fix: "Make the manifest readable and keep it to plain sha256sum output."
  },
  {
    id: "INT-010",
    title: "Not analysed: Git LFS pointer without its content",
    severity: "high",
    why: "The file in the checkout is a Git LFS pointer (a few lines of text); the model itself is in LFS storage and was not present, so the model was not analysed. Loaders on machines with LFS will get the real bytes.",
    fix: "Check out LFS content before scanning: `actions/checkout` with `lfs: true`, or `git lfs pull --include=<paths>`."
  },
  {
    id: "INT-011",
    title: "Git LFS object does not match its pointer",
    severity: "critical",
    why: "The local LFS object has a different SHA-256 or size than the pointer promises: the stored model was replaced or corrupted.",
    fix: "Delete the local object (`.git/lfs/objects/\u2026`) and fetch it again; if it still differs, do not use the model."
  },
  {
    id: "INT-012",
    title: "Git LFS pointer resolved to its local object",
    severity: "info",
    why: "The pointer was matched to the LFS object in the local store (SHA-256 and size verified) and the object was analysed as the model.",
    fix: "Nothing to do."
  },
  {
    id: "INT-013",
    title: "Malformed or unsupported Git LFS pointer",
    severity: "medium",
    why: "The file starts like an LFS pointer but is not one Git LFS accepts (bad oid, size, extra keys, pointer extensions). Git LFS treats an invalid pointer as an ordinary file, so what a user gets is unclear.",
    fix: "Re-add the file with `git lfs track` / `git add` so that a valid pointer is committed."
  },
  {
    id: "INT-020",
    title: "Signed model changed: file differs from the signed manifest",
    severity: "critical",
    why: "The model signature (model.sig) records the digest of every file; this file now hashes differently, so it was altered after signing \u2014 exactly what signing exists to catch.",
    fix: "Restore the signed file. If the change is intended, have the owner of the trusted signing key re-sign the model."
  },
  {
    id: "INT-021",
    title: "Unsigned model while a signature is required",
    severity: "high",
    why: "Signatures are required (--require-signature / integrity.require-signature) and no verified signature covers this file.",
    fix: "Sign the model with a trusted key, certificate or Sigstore identity (`model_signing sign \u2026`), or exclude the file."
  },
  {
    id: "INT-022",
    title: "Not analysed: signature format not supported",
    severity: "high",
    why: "A signature file is present but its format, media type, predicate, serialization or hash is not one ModelGate verifies (or it is a legacy encoding not enabled). It is not treated as a pass.",
    fix: "Re-sign with a current OpenSSF model_signing release (Sigstore bundle v0.3, predicate signature/v1.0, sha256 or blake2b), or enable legacy signatures if you trust them."
  },
  {
    id: "INT-023",
    title: "Model signature does not verify",
    severity: "critical",
    why: "The signature was checked against the trusted key, certificate or Sigstore root and it is wrong, or the signed manifest is inconsistent: the bundle or its manifest was altered after signing.",
    fix: "Do not use the model. Restore the signed model and signature from the publisher."
  },
  {
    id: "INT-024",
    title: "File added to a signed model",
    severity: "high",
    why: "The file lies in a signed model folder but is not in the signed manifest (nor in its ignore paths), so nothing vouches for it \u2014 a classic way to slip a payload next to signed weights.",
    fix: "Remove the file, have the model re-signed with it, or list it in integrity.ignore-paths if it is not part of the model."
  },
  {
    id: "INT-025",
    title: "File missing from a signed model",
    severity: "high",
    why: "The signed manifest lists a file that is not present, so the model on disk is not the model that was signed.",
    fix: "Restore the missing file, or have the model re-signed without it."
  },
  {
    id: "INT-026",
    title: "Signature not verified: no trusted key, CA or identity configured",
    severity: "medium",
    why: "A model signature is present but no trust material for its kind (key, certificate, Sigstore) was given. Keys inside the scanned tree are never used, so the signature proves nothing yet.",
    fix: "Pass --trusted-key / --trusted-ca / --trusted-root with --identity and --issuer, or set them under integrity: in the base-branch .modelgate.yml."
  },
  {
    id: "INT-027",
    title: "Legacy model signature format accepted",
    severity: "low",
    why: "The signature uses the pre-1.0 model_signing layout (Digests/v0.1 and its buggy PAE encoding), accepted only because legacy signatures were enabled.",
    fix: "Re-sign the model with a current model_signing release."
  },
  {
    id: "INT-028",
    title: "Model signed by an untrusted signer",
    severity: "high",
    why: "The signature was made by a key, certificate or identity that is not among the trusted ones (another key, a certificate that does not chain to a trusted CA, is expired or not for signing, or a Sigstore identity/issuer that does not match). Anyone can sign; only trusted signers count.",
    fix: "Have the model signed by a trusted signer, or, if this signer is legitimate, add its key/CA/identity to the trusted configuration on the base branch."
  }
];

// src/policy/rules/steg.ts
var rules13 = [
  {
    id: "STEG-001",
    title: "Low mantissa bits of a tensor are not random",
    severity: "medium",
    why: "In trained float weights the lowest mantissa byte is practically uniform and independent from value to value. Structure spanning the whole low byte, or low bits of consecutive values that depend on each other, is what plaintext or executable payloads written into the low bits look like (LSB steganography, StegoNet/EvilModel). A non-uniform low byte without that structure is a value grid (freshly initialised weights: random values with 24 random bits, scaled by a constant) and is reported at info, or low when unexplained.",
    fix: "Compare the tensor with the same tensor from a trusted source of the model; if they differ, do not use this file.",
    references: ["https://arxiv.org/abs/2310.01969"]
  },
  {
    id: "STEG-002",
    title: "Precision provenance broken: an upcast tensor carries extra low bits",
    severity: "high",
    why: "Weights converted from bf16/fp16 to float32 have their low 16 (13) mantissa bits exactly zero. Non-zero low bits confined to one region of such a tensor (or one full-precision tensor among upcast ones) is where a payload was written. Legitimate causes exist (rows trained later in fp32, such as added tokens) and are worth confirming.",
    fix: "Confirm how the tensor was produced. Re-export the model from its trusted original in one precision."
  },
  {
    id: "STEG-003",
    title: "Payload decoded from the low bits of a tensor",
    severity: "high",
    why: "Reading the low bits (or low bytes) of the tensor values in order yields an executable header, an archive, a pickle, base64 of one, or code-like text (ASCII or UTF-16): a staged payload that a loader script can extract and run. Plain text there is reported at medium.",
    fix: "Do not use this file. Obtain the model from a trusted source and compare checksums."
  },
  {
    id: "STEG-004",
    title: "NaN or infinite values in weights",
    severity: "low",
    why: "NaN or infinite weights break inference and are unusual in a released model; they can also come from tampering with exponent bytes.",
    fix: "Check the training or conversion run that produced the tensor."
  },
  {
    id: "STEG-010",
    title: "Weight statistics covered part of the tensors",
    severity: "info",
    why: "Tensor values are examined within a per-file byte budget; the remaining tensors were not looked at for hidden payloads. HDF5 datasets whose data cannot be read in bounds (chunks over 64 MiB, virtual, external or big-endian storage) are listed the same way.",
    fix: "Raise limits.weightBytes in .modelgate.yml to examine more of each file; store HDF5 weights contiguous (h5py default) or in small chunks."
  },
  {
    id: "WPOI-001",
    title: "Tensor statistics far from its peers",
    severity: "low",
    why: "A tensor whose spread differs by orders of magnitude from the tensors of the same role in other layers can be a planted or corrupted layer. Trained models also have legitimate outliers, so this is for review only.",
    fix: "Compare with the base or upstream version of the model."
  },
  {
    id: "WPOI-010",
    title: "Few tensors changed a lot, the rest are identical to the base version",
    severity: "medium",
    why: "A pull request changed a model whose base version exists, and only a few of its tensors moved, by a lot (their spread, largest values or mean shifted by a quarter or more), while every other tensor is byte-identical. A fine-tune changes many tensors a little; retraining a few layers hard on poisoned data is how backdoors are planted. Partial fine-tunes (a new head, merged adapters) look the same, so this is for review.",
    fix: "Ask how the changed tensors were produced (training run, data, commit of the training code) and evaluate the model on trigger-style inputs; accept the file only when the change is explained."
  },
  {
    id: "WPOI-011",
    title: "Weights changed from the base version",
    severity: "info",
    why: "How the tensors of a changed model moved, for the reviewer: many tensors changed a little is a fine-tune (info); most tensors changed a lot, or tensors added, removed or reshaped, is a retrained or different model (low).",
    fix: "Check that the change matches what the pull request says it does (a fine-tune, a retrain, a new architecture)."
  }
];

// src/policy/rules/secrets.ts
var rules14 = [
  {
    id: "SEC-001",
    title: "Credential embedded in a model file",
    severity: "high",
    why: "A key, token or password with a well-known format sits in the model (pickle strings, metadata, configs or code). Anyone who downloads the model can use it; model repositories are copied widely and keep history.",
    fix: "Revoke the credential now, then remove it from the model and from the repository history (history audits find old copies). Only a redacted prefix is shown here."
  }
];

// src/policy/catalogue.ts
var CATALOGUE_SECTIONS = [
  { title: "General and containers", rules },
  { title: "Pickle", rules: rules2 },
  { title: "NumPy", rules: rules3 },
  { title: "joblib", rules: rules4 },
  { title: "PyTorch", rules: rules5 },
  { title: "TorchScript", rules: rules6 },
  { title: "ONNX", rules: rules7 },
  { title: "Keras", rules: rules8 },
  { title: "TensorFlow", rules: rules9 },
  { title: "safetensors", rules: rules10 },
  { title: "GGUF", rules: rules11 },
  { title: "Integrity", rules: rules12 },
  { title: "Weights", rules: rules13 },
  { title: "Secrets", rules: rules14 }
];
var RULES = (() => {
  const m = /* @__PURE__ */ new Map();
  for (const s of CATALOGUE_SECTIONS)
    for (const r of s.rules) {
      if (m.has(r.id)) throw new Error(`duplicate rule id ${r.id}`);
      m.set(r.id, r);
    }
  return m;
})();
function getRule(id) {
  const r = RULES.get(id);
  if (!r) throw new Error(`unknown rule id ${id} (add it to src/policy/rules/)`);
  return r;
}

export {
  RULES,
  getRule
};
