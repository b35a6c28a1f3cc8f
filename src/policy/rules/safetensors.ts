import type { Rule } from '../rule.js'

// safetensors (format-rules §11): validated exactly as huggingface/safetensors `read_metadata` and
// `Metadata::validate` do; an invalid file names the first violation.
export const rules: Rule[] = [
  {
    id: 'ST-001',
    title: 'Invalid safetensors header',
    severity: 'high',
    why: 'The header length, encoding or JSON does not follow the format (too large, beyond the file, not UTF-8, not a JSON object, wrong field types, junk after the JSON). The reference loader rejects such a file; a "safe" file that is malformed is a parser-exploit attempt or a disguise for something else.',
    fix: 'Regenerate the file with the safetensors library (save_file / save_model).',
    references: ['https://github.com/huggingface/safetensors']
  },
  {
    id: 'ST-002',
    title: 'Tensor offsets or sizes inconsistent',
    severity: 'high',
    why: 'Tensors must be laid out back to back from offset 0 with no gaps or overlaps, each exactly shape × dtype size long. Overlaps, gaps, overflowing shapes or data past the end of the file make readers disagree about the bytes and hide data between tensors.',
    fix: 'Regenerate the file with the safetensors library.'
  },
  {
    id: 'ST-003',
    title: 'Bytes after the last tensor',
    severity: 'high',
    why: 'The format requires the tensors to cover the data section exactly ("prevents the creation of polyglot files"); trailing bytes are an appended payload or a second file format.',
    fix: 'Regenerate the file with the safetensors library; find out what the extra bytes are.'
  },
  {
    id: 'ST-004',
    title: 'Unknown dtype, bad shape entry or unexpected tensor field',
    severity: 'medium',
    why: 'Tensor entries hold exactly dtype, shape and data_offsets with a known dtype and non-negative integer dimensions; anything else is read differently (or rejected) by different loaders.',
    fix: 'Regenerate the file with the safetensors library.'
  },
  {
    id: 'ST-005',
    title: 'Duplicate keys in the safetensors header',
    severity: 'medium',
    why: 'JSON parsers keep different copies of a duplicated key (first, last, or error), so two loaders can see different tensors or metadata in the same file.',
    fix: 'Regenerate the file; every tensor name and metadata key must be unique.'
  },
  {
    id: 'ST-006',
    title: 'Suspicious or malformed __metadata__',
    severity: 'medium',
    why: '__metadata__ must be a flat string-to-string map. Values that hold code, URLs, encoded executables or pickles, or very large values, use the header to stage payloads for other tools.',
    fix: 'Keep metadata to short descriptive strings; remove the payload.'
  },
  {
    id: 'ST-007',
    title: 'Oversized or unusually padded header',
    severity: 'low',
    why: 'Writers pad the header with at most a few spaces; a header much larger than its tensors need, or padded with other whitespace, has room for hidden content.',
    fix: 'Regenerate the file with the safetensors library.'
  }
]
