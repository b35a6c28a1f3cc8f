import type { Rule } from '../rule.js'

// ONNX ModelProto rules (../shared/docs/format-rules.md §7). ONNX-013 (sparse tensors with external data) is
// covered by ONNX-001/004, which walk every TensorProto including sparse values and indices.
export const rules: Rule[] = [
  {
    id: 'ONNX-001',
    title: 'External-data location escapes the model folder',
    severity: 'high',
    why: 'onnx.load reads tensor bytes from the file named in external_data.location. An absolute path, a drive letter, a UNC share or `..` after normalisation makes loading read (and hosting services expose) arbitrary files such as /etc/passwd or credentials (CVE-2022-25882, CVE-2024-27318).',
    fix: 'Save the model again with onnx.save(..., save_as_external_data=True) so locations are plain relative names next to the model; never commit a model whose locations point elsewhere.',
    references: ['https://github.com/onnx/onnx/issues/3991', 'https://nvd.nist.gov/vuln/detail/CVE-2024-27318']
  },
  {
    id: 'ONNX-002',
    title: 'External-data location uses the ONNX Runtime in-memory address tag',
    severity: 'critical',
    why: 'A location containing `_ORT_MEM_ADDR_` makes ONNX Runtime treat `offset` as a process memory address, so the model reads arbitrary memory of the loading process.',
    fix: 'Do not use this file. Models on disk never need the in-memory tag.',
    references: ['https://github.com/microsoft/onnxruntime/pull/24894']
  },
  {
    id: 'ONNX-003',
    title: 'Malformed external-data entry',
    severity: 'medium',
    why: 'Duplicate or unknown keys, offsets and lengths that are not plain non-negative integers, or ranges beyond the referenced file make loaders disagree about which bytes a tensor is (a parser differential and a denial-of-service vector, CVE-2026-34445).',
    fix: 'Re-save the model with onnx.save so each tensor has one location and integer offset/length inside the data file.'
  },
  {
    id: 'ONNX-004',
    title: 'External-data file is a link or resolves outside the model folder',
    severity: 'high',
    why: 'A symbolic or hard link (or a parent folder that is a link) lets a location that looks local read a file elsewhere on the machine that loads the model (CVE-2026-27489, CVE-2026-34446, CVE-2026-34447).',
    fix: 'Replace links with the real data file inside the model folder.'
  },
  {
    id: 'ONNX-005',
    title: 'Inconsistent data location on a tensor',
    severity: 'medium',
    why: 'A tensor marked EXTERNAL without a location, or with both embedded data and external data, is read differently by different loaders.',
    fix: 'Re-save the model with onnx.save.'
  },
  {
    id: 'ONNX-006',
    title: 'Operator from a non-standard domain',
    severity: 'medium',
    why: 'Operators outside the ONNX standard domains need a custom-op library that the application registers (RegisterCustomOpsLibrary loads native code) or host-registered Python functions (onnxruntime-extensions PyOp). com.microsoft contrib ops ship with ONNX Runtime (low); Python-executing ops run host code (high).',
    fix: 'Check that every custom domain is expected and that its operator library comes from a trusted source; prefer models built from standard operators.'
  },
  {
    id: 'ONNX-007',
    title: 'Unknown operator in a standard domain, or opset newer than known',
    severity: 'medium',
    why: 'An op_type that no ONNX opset defines cannot be run by a stock runtime; it is either a custom kernel registered under a standard name or a malformed model. An opset above the newest known one (low) may also hide new semantics.',
    fix: 'Check where the operator comes from; convert the model with a released ONNX version.'
  },
  {
    id: 'ONNX-008',
    title: 'Model-local function call cycle or excessive nesting',
    severity: 'medium',
    why: 'Functions that call themselves directly or indirectly (or nest very deeply) exhaust the stack of loaders and checkers (GHSA-7w46-vvrh-m8q5).',
    fix: 'Do not use this file; regenerate the model.'
  },
  {
    id: 'ONNX-009',
    title: 'Code or encoded payload staged in a text field',
    severity: 'medium',
    why: 'metadata_props, doc strings, names and string attributes are ignored by the runtime, which makes them a place to stage scripts, URLs or base64/hex-encoded executables and pickles for a companion loader (DEF CON 33, "Loading Models, Launching Shells"). Encoded code is high.',
    fix: 'Remove the payload; model metadata should describe the model, not carry code.'
  },
  {
    id: 'ONNX-010',
    title: 'Tensor size inconsistent with its shape and type',
    severity: 'medium',
    why: 'Data lengths that do not match dims × element size, negative or overflowing dims, and external lengths that disagree with the shape are parser-bug triggers and a way to smuggle extra bytes.',
    fix: 'Re-export the model; every tensor should hold exactly dims × element size bytes.'
  },
  {
    id: 'ONNX-014',
    title: 'External data bytes referenced by no tensor',
    severity: 'low',
    why: 'ONNX loaders read only the ranges tensors name in an external data file. Other bytes there (beyond the zero padding onnx.save_model writes for alignment) are never loaded as weights: a place to carry a payload that a companion script extracts.',
    fix: "Re-save the model with onnx.save_model(..., save_as_external_data=True) into a fresh data file (onnx appends to an existing one), and compare the data file with the one from the model's source."
  },
  {
    id: 'ONNX-011',
    title: 'Protobuf beyond ONNX limits or with unexpected structure',
    severity: 'medium',
    why: 'A single protobuf over 2 GiB, nesting deeper than protobuf loaders accept, or fields with unexpected wire types are read differently (or not at all) by different parsers.',
    fix: 'Use external data for large models and re-save the model with onnx.save.'
  }
]
