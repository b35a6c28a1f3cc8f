// Path strings found inside models (ONNX external-data locations, SavedModel asset names, graph constants):
// classify them the way a loader on either POSIX or Windows would resolve them.

/** Why a relative path escapes its base folder, or undefined when it is a plain relative path. */
export function escapeProblem(loc: string): string | undefined {
  if (loc === '') return 'empty path'
  if (/[\u0000-\u001f\u007f]/.test(loc)) return 'NUL or control character in path'
  if (/^[\\/]{2}/.test(loc)) return 'UNC / network path'
  if (/^[\\/]/.test(loc)) return 'absolute path'
  if (/^[A-Za-z]:/.test(loc)) return 'drive-letter path'
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(loc)) return 'URL instead of a relative path'
  const stack: string[] = []
  for (const part of loc.split(/[\\/]/)) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (stack.length === 0) return '`..` climbs out of the base folder'
      stack.pop()
    } else stack.push(part)
  }
  if (stack.length === 0) return 'names the base folder itself'
  return undefined
}

/** POSIX relative path after normalisation (both separators). */
export function normaliseRelative(loc: string): string {
  const stack: string[] = []
  for (const part of loc.split(/[\\/]/)) {
    if (part === '' || part === '.') continue
    if (part === '..') stack.pop()
    else stack.push(part)
  }
  return stack.join('/')
}

const URL_SCHEME = /^(?:file|grpc|grpcs|gs|hdfs|s3|https?|ftp|ram):\/\//i

/** A string constant that names a host path or a remote endpoint (for graph constants). */
export function hostPathKind(s: string): string | undefined {
  if (s.length < 3 || s.length > 4096) return undefined
  if (URL_SCHEME.test(s)) return 'a URL'
  if (/^\/(?:etc|root|home|tmp|var|usr|bin|sbin|proc|dev|sys|opt|mnt|Users|private)(?:\/|$)/.test(s))
    return 'an absolute path'
  if (/^~\//.test(s)) return 'a home-relative path'
  if (/^[A-Za-z]:[\\/]/.test(s) || /^\\\\[^\\]/.test(s)) return 'a Windows path'
  if (/(?:^|[\\/])\.\.[\\/]/.test(s)) return 'a path with `..`'
  return undefined
}
