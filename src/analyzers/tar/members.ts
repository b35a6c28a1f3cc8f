// Tar member helpers shared by the generic tar analyzer and the legacy PyTorch tar checkpoint.
import { SliceSource, type ByteSource } from '../../engine/source.js'
import type { TarEntry } from './reader.js'

export const LINK_TYPES: Record<string, string> = { '1': 'hard link', '2': 'symbolic link' }

/** Why a member name or type would escape an extraction folder, or undefined. */
export function unsafeTarMember(e: TarEntry): string | undefined {
  if (LINK_TYPES[e.type]) return `${LINK_TYPES[e.type]} to ${JSON.stringify(e.linkName.slice(0, 100))}`
  if (e.type === '3' || e.type === '4' || e.type === '6') return 'device or FIFO member'
  if (/[\x00-\x1f\x7f]/.test(e.name)) return 'name with control characters'
  if (e.name.includes('\\')) return 'name with a backslash'
  if (e.name.startsWith('/')) return 'absolute path'
  if (/^[A-Za-z]:/.test(e.name)) return 'drive-letter path'
  if (e.name.split('/').includes('..')) return 'path with ".."'
  return undefined
}

export function isRegular(e: TarEntry): boolean {
  return e.type === '0' || e.type === '7'
}

export function memberSource(src: ByteSource, e: TarEntry): ByteSource {
  return new SliceSource(src, e.dataOffset, e.size)
}
