// Preloaded with `node --import` to record the files a scan opens: `R path` for every open or read of content,
// `W path` for every write, creation, rename or removal, appended (resolved) to $MODELGATE_FS_LOG. Metadata calls
// (stat, lstat, realpath, readlink, readdir) are not recorded. Tests check that nothing outside the scanned tree,
// the temp folder and ModelGate's own files is read, and nothing outside the temp folder and the configured
// outputs is written. Worker threads inherit the preload.
import { appendFileSync, constants } from 'node:fs'
import { syncBuiltinESMExports, createRequire } from 'node:module'
import { resolve } from 'node:path'

const require = createRequire(import.meta.url)
const log = process.env.MODELGATE_FS_LOG
const fs = require('node:fs')
const fsp = require('node:fs/promises')
const WRITE_FLAGS = constants.O_WRONLY | constants.O_RDWR | constants.O_CREAT | constants.O_TRUNC | constants.O_APPEND

function pathOf(p) {
  return p instanceof URL ? p.pathname : Buffer.isBuffer(p) ? p.toString() : String(p)
}

function record(kind, p) {
  if (!log || typeof p === 'number' || p === undefined) return // an already-open descriptor
  const s = pathOf(p)
  if (resolve(s) === resolve(log)) return
  appendFileSync(log, `${kind} ${resolve(s)}\n`)
}

function writes(flags) {
  if (flags === undefined || flags === null) return false
  if (typeof flags === 'number') return (flags & WRITE_FLAGS) !== 0
  return /[wa+]/.test(String(flags))
}

function wrap(mod, names, kind) {
  for (const name of names) {
    const orig = mod[name]
    if (typeof orig !== 'function') continue
    mod[name] = function recorded(...args) {
      let k = kind
      if (kind === 'open') k = writes(args[1]) ? 'W' : 'R'
      if (kind === 'stream') k = writes(args[1]?.flags) ? 'W' : 'R'
      record(k, args[0])
      if (
        name === 'rename' ||
        name === 'renameSync' ||
        name.startsWith('copyFile') ||
        name.startsWith('symlink') ||
        name.startsWith('link')
      )
        record('W', args[1])
      return orig.apply(this, args)
    }
  }
}

for (const m of [fs, fsp]) {
  wrap(m, ['open', 'openSync'], 'open')
  wrap(m, ['readFile', 'readFileSync'], 'R')
  wrap(m, ['createReadStream'], 'stream')
  wrap(
    m,
    [
      'writeFile',
      'writeFileSync',
      'appendFile',
      'appendFileSync',
      'createWriteStream',
      'mkdir',
      'mkdirSync',
      'mkdtemp',
      'mkdtempSync',
      'rename',
      'renameSync',
      'copyFile',
      'copyFileSync',
      'cp',
      'cpSync',
      'symlink',
      'symlinkSync',
      'link',
      'linkSync',
      'unlink',
      'unlinkSync',
      'rm',
      'rmSync',
      'rmdir',
      'rmdirSync',
      'truncate',
      'truncateSync',
      'chmod',
      'chmodSync',
      'utimes',
      'utimesSync'
    ],
    'W'
  )
}
syncBuiltinESMExports()
