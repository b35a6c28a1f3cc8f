import type { Rule } from '../rule.js'

// Rules every format shares: recognition, fail-closed outcomes, containers and archives.
export const rules: Rule[] = [
  {
    id: 'GEN-002',
    title: 'File extension does not match its content',
    severity: 'medium',
    why: 'Loaders and scanners pick code paths by extension; a pickle named .safetensors or .txt is how payloads slip past tools that trust names.',
    fix: 'Rename the file to match what it is, or replace it with the format its name promises.',
    references: ['https://www.reversinglabs.com/blog/rl-identifies-malware-ml-model-hosted-on-hugging-face']
  },
  {
    id: 'GEN-003',
    title: 'Not analysed: content could not be parsed to the end',
    severity: 'high',
    why: 'A truncated, corrupted or unsupported structure was met. Loaders execute pickles sequentially, so whatever lies beyond the point where analysis stopped is unknown and may still run.',
    fix: 'Regenerate the file with the framework that produced it. If the file is intentionally in an unusual form, convert it to a safe format (safetensors) before committing.'
  },
  {
    id: 'GEN-007',
    title: 'Not analysed: a resource limit was reached',
    severity: 'high',
    why: 'The file needed more work than the configured limits allow (nesting, entries, decompressed size, opcodes, time). Content past the limit was not examined, so the file cannot be called clean.',
    fix: 'Check whether the file is a decompression bomb or padded to exhaust scanners. If it is legitimate and large, raise the specific limit in .modelgate.yml (limits:).'
  },
  {
    id: 'GEN-008',
    title: 'Executable or script embedded in model data',
    severity: 'high',
    why: 'Executable headers (ELF, PE, Mach-O) or script shebangs inside model bytes have no place in weights; they are staged payloads for a loader to drop and run.',
    fix: 'Do not use this file. Rebuild the model from trusted sources.'
  },
  {
    id: 'GEN-009',
    title: 'Unknown format: a model-named file matches no known model format',
    severity: 'low',
    why: 'The file looks like a model by its name but its content is none of the formats ModelGate analyses, so nothing about its safety is known.',
    fix: 'Convert the model to a supported format, or exclude the path if it is not a model.'
  },
  {
    id: 'GEN-010',
    title: 'Symbolic link in the scanned tree',
    severity: 'medium',
    why: 'A symbolic link can make a tool or loader read files outside the repository (/etc/passwd, runner secrets). ModelGate never follows it.',
    fix: 'Replace the link with the real file, or remove it.'
  },
  {
    id: 'GEN-011',
    title: 'Not analysed: internal error in ModelGate',
    severity: 'high',
    why: 'The analyzer failed unexpectedly on this input. The file is treated as not analysed rather than clean.',
    fix: 'Report the file to the ModelGate maintainers (a bug), and review the file by other means before merging.'
  },
  {
    id: 'GEN-012',
    title: 'Not analysed: the file could not be read',
    severity: 'high',
    why: 'The file could not be opened or read (permissions, I/O error, vanished during the scan).',
    fix: 'Make the file readable by the job, then re-run.'
  },
  {
    id: 'CTR-001',
    title: 'Polyglot: the file is valid as two formats',
    severity: 'high',
    why: 'pickle.load runs the leading pickle and ignores a trailing zip, while zip-based tools see only the archive. Both views are analysed; the combination itself is a disguise.',
    fix: 'Do not use this file. A legitimate model is one format.'
  },
  {
    id: 'CTR-002',
    title: 'Zip structure anomaly (data before the first entry, after the directory, or several end records)',
    severity: 'medium',
    why: 'Prepended or appended data and multiple end-of-directory records make different readers see different archives.',
    fix: 'Re-save the archive with the framework that produced it.'
  },
  {
    id: 'CTR-003',
    title: 'Zip local header disagrees with the central directory',
    severity: 'medium',
    why: 'PyTorch (miniz) reads entries through the central directory and ignores CRCs and flag bits; scanners that follow local headers or refuse bad CRCs see something else. A known scanner-evasion trick (CVE-2025-1944, CVE-2025-10156, CVE-2025-1945).',
    fix: 'Re-save the archive with the framework that produced it.'
  },
  {
    id: 'CTR-004',
    title: 'Duplicate member names in an archive',
    severity: 'high',
    why: 'Readers disagree on which copy wins, so a benign copy can shadow a malicious one for a scanner but not for the loader. Every copy is analysed.',
    fix: 'Re-save the archive; a legitimate model archive never repeats a name.'
  },
  {
    id: 'CTR-005',
    title: 'Encrypted member or unsupported compression method',
    severity: 'high',
    why: 'The member cannot be read, so it is not analysed.',
    fix: 'Store model archives unencrypted with stored or deflate compression.'
  },
  {
    id: 'CTR-006',
    title: 'Unsafe member path or link in an archive',
    severity: 'high',
    why: 'Absolute paths, `..`, backslashes, NUL bytes or symlink members escape the extraction folder when a loader unpacks the archive (Keras assets, legacy torch tar, ONNX hub).',
    fix: 'Rebuild the archive with plain relative member names and no links.'
  },
  {
    id: 'CTR-007',
    title: 'Model wrapped in an extra archive or compression layer',
    severity: 'medium',
    why: 'Wrapping (7z, gzip, tar) hides the model from scanners that do not unpack; nullifAI used this to evade Hugging Face scanning. The content was unpacked and analysed where possible.',
    fix: 'Commit the model file itself, not an archive of it.'
  },
  {
    id: 'CTR-008',
    title: 'Decompression bomb',
    severity: 'high',
    why: 'The declared or observed expansion ratio is far beyond what real models compress to; such members exhaust memory or disk of tools that unpack them.',
    fix: 'Do not use this file.'
  },
  {
    id: 'CTR-009',
    title: 'Executable or script member in a model archive',
    severity: 'high',
    why: 'Python files, shared libraries and scripts inside a model archive are code that a loader or a user may run.',
    fix: 'Remove code from model archives; ship code through reviewed source instead.'
  }
]
