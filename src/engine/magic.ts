// Magic numbers of ../shared/docs/format-rules.md §1.1, shared by the analyzers' detect() functions.

export const ZIP_LOCAL = Buffer.from('PK\x03\x04', 'latin1')
export const ZIP_EMPTY = Buffer.from('PK\x05\x06', 'latin1')
export const ZIP_EOCD = ZIP_EMPTY
export const NUMPY_MAGIC = Buffer.from('\x93NUMPY', 'latin1')
export const HDF5_MAGIC = Buffer.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a])
export const GGUF_MAGIC = Buffer.from('GGUF', 'latin1')
export const SEVENZ_MAGIC = Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])
export const GZIP_MAGIC = Buffer.from([0x1f, 0x8b])
export const XZ_MAGIC = Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])
export const LZ4_MAGIC = Buffer.from([0x04, 0x22, 0x4d, 0x18])
export const PYTORCH1_MAGIC = Buffer.from('PYTORCH1', 'latin1')
/** The first pickle of a legacy torch.save stream: PROTO 2, LONG1 of MAGIC_NUMBER 0x1950a86a20f9469cfc6c, STOP. */
export const TORCH_LEGACY_MAGIC = Buffer.from([
  0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19, 0x2e
])
export const LFS_POINTER_PREFIX = Buffer.from('version https://git-lfs.github.com/spec/v1\n', 'latin1')

export function startsWith(buf: Buffer, magic: Buffer, at = 0): boolean {
  return buf.length >= at + magic.length && buf.compare(magic, 0, magic.length, at, at + magic.length) === 0
}

/** A tar header: "ustar" at offset 257. */
export function isTarHeader(head: Buffer): boolean {
  return head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar'
}

/** Index of the last end-of-central-directory signature in `tail`, or -1. */
export function lastEocd(tail: Buffer): number {
  return tail.lastIndexOf(ZIP_EOCD)
}
