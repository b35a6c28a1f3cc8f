import type { Rule } from '../rule.js'

// GGUF (format-rules §12) and Hugging Face chat templates.
export const rules: Rule[] = [
  {
    id: 'GGUF-001',
    title: 'Malformed GGUF header or metadata',
    severity: 'high',
    why: 'Bad magic or version, counts and lengths that cannot fit in the file, unknown value types, booleans other than 0/1, duplicate or non-ASCII keys and nested arrays are the inputs behind GGUF parser memory-safety bugs (integer overflows fixed in ggml PR #19856).',
    fix: 'Do not load the file; regenerate it with llama.cpp convert scripts or gguf-py.',
    references: ['https://github.com/ggml-org/ggml/blob/master/docs/gguf.md']
  },
  {
    id: 'GGUF-002',
    title: 'Inconsistent GGUF tensor info',
    severity: 'high',
    why: 'Names over 64 bytes, more than 4 dimensions, unknown ggml types, size overflows, misaligned or overlapping offsets and data past the end of the file lead to out-of-bounds reads and heap overflows in loaders (CVE-2026-33298 llama.cpp, CVE-2026-7482 Ollama).',
    fix: 'Do not load the file; regenerate it with llama.cpp convert scripts or gguf-py.'
  },
  {
    id: 'GGUF-003',
    title: 'Chat template with Jinja sandbox-escape primitives',
    severity: 'critical',
    why: 'tokenizer.chat_template is rendered with Jinja by llama-cpp-python, vLLM, SGLang and others; attribute chains such as __class__/__globals__, attr() filters and Jinja globals reach Python and run commands when the template is rendered without a sandbox (CVE-2024-34359, CVE-2026-5760).',
    fix: 'Do not serve this model. Replace the chat template with the upstream one for the model family.',
    references: ['https://nvd.nist.gov/vuln/detail/CVE-2024-34359']
  },
  {
    id: 'GGUF-004',
    title: 'Code or payload staged in GGUF string metadata',
    severity: 'medium',
    why: 'String metadata (general.*, custom keys, embedded tokenizer JSON) is free text; scripts, template syntax outside the chat template, URLs in unexpected keys, and encoded executables or pickles there are staged for another tool.',
    fix: 'Remove the payload from the metadata.'
  },
  {
    id: 'GGUF-005',
    title: 'Unreferenced data in a GGUF file',
    severity: 'medium',
    why: 'Bytes after the last tensor, or gaps between tensors larger than the alignment padding, belong to no tensor: a place to carry an appended payload or a second file.',
    fix: 'Regenerate the file; find out what the extra bytes are.'
  },
  {
    id: 'GGUF-006',
    title: 'Chat template in tokenizer_config.json with Jinja sandbox-escape primitives',
    severity: 'critical',
    why: 'Hugging Face tokenizer configs ship the chat template that transformers, vLLM and TGI render with Jinja; the same sandbox-escape patterns as in GGUF templates run code when rendered unsandboxed.',
    fix: 'Do not serve the model with this tokenizer config; restore the upstream chat template.'
  }
]
