import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// src/analyzers/lfs/pointer.ts
var LFS_POINTER_MAX_BYTES = 1024;
var LFS_VERSIONS = [
  "https://git-lfs.github.com/spec/v1",
  "https://hawser.github.com/spec/v1",
  "http://git-media.io/v/2"
];
function looksLikeLfsPointer(head, size) {
  if (size >= LFS_POINTER_MAX_BYTES) return false;
  const start = head.toString("latin1", 0, 64);
  return LFS_VERSIONS.some((v) => start.startsWith(`version ${v}
`));
}
function parseLfsPointer(buf) {
  if (buf.length >= LFS_POINTER_MAX_BYTES) return { ok: false, reason: `${buf.length} bytes, pointers are smaller` };
  const text = buf.toString("utf8");
  if (!text.endsWith("\n")) return { ok: false, reason: "the last line does not end with a line feed" };
  const lines = text.slice(0, -1).split("\n");
  const version = /^version (\S+)$/.exec(lines[0] ?? "");
  if (!version || !LFS_VERSIONS.includes(version[1]))
    return { ok: false, reason: "the first line is not a known `version` line" };
  if (lines.some((l) => l.startsWith("ext-")))
    return { ok: false, reason: "pointer extensions (ext-N lines) are not supported; the stored object is transformed" };
  if (lines.length !== 3) return { ok: false, reason: `expected 3 lines (version, oid, size), found ${lines.length}` };
  const oid = /^oid sha256:([0-9a-f]{64})$/.exec(lines[1]);
  if (!oid) return { ok: false, reason: "the second line is not `oid sha256:<64 lowercase hex>`" };
  const size = /^size (0|[1-9][0-9]*)$/.exec(lines[2]);
  if (!size || !Number.isSafeInteger(Number(size[1])))
    return { ok: false, reason: "the third line is not `size <decimal bytes>`" };
  return { ok: true, pointer: { version: version[1], oid: oid[1], size: Number(size[1]) } };
}

export {
  LFS_POINTER_MAX_BYTES,
  looksLikeLfsPointer,
  parseLfsPointer
};
