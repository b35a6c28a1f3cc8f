// Preloaded with `node --import` to prove a scan neither spawns processes nor opens network connections.
// Every attempt is appended to $MODELGATE_TRAP_LOG and then refused. Worker threads inherit the preload.
// Exceptions, for the modes that need them: commands named in $MODELGATE_TRAP_ALLOW (e.g. `git`) and network
// peers named in $MODELGATE_TRAP_ALLOW_HOSTS (`127.0.0.1:PORT`, the fake GitHub API) go through, and are
// appended to $MODELGATE_TRAP_ALLOWED_LOG so a test can see that the trap was in place.
import { appendFileSync } from 'node:fs'
import { syncBuiltinESMExports, createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const log = process.env.MODELGATE_TRAP_LOG
const allowedLog = process.env.MODELGATE_TRAP_ALLOWED_LOG
const allow = new Set((process.env.MODELGATE_TRAP_ALLOW ?? '').split(',').filter(Boolean))
const allowHosts = new Set((process.env.MODELGATE_TRAP_ALLOW_HOSTS ?? '').split(',').filter(Boolean))

function note(file, line) {
  if (file) appendFileSync(file, line + '\n')
}

function trap(mod, names, what) {
  for (const name of names) {
    const orig = mod[name]
    if (typeof orig !== 'function') continue
    mod[name] = function trapped(...args) {
      const detail = `${what}.${name} ${JSON.stringify(String(args[0])).slice(0, 200)}`
      if (what === 'child_process' && allow.has(String(args[0]))) {
        note(allowedLog, detail)
        return orig.apply(this, args)
      }
      note(log, detail)
      throw new Error(`blocked by test trap: ${detail}`)
    }
  }
}

trap(
  require('node:child_process'),
  ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'],
  'child_process'
)
trap(require('node:dns'), ['lookup', 'resolve', 'resolve4', 'resolve6'], 'dns')

/** host:port of a connect call in any of its forms (port, host / options / Node's normalized [options, cb]). */
function peer(args) {
  let a = args[0]
  if (Array.isArray(a)) a = a[0]
  if (a && typeof a === 'object') return a.path ? `ipc:${a.path}` : `${a.host ?? 'localhost'}:${a.port}`
  if (typeof a === 'number' || /^\d+$/.test(String(a)))
    return `${typeof args[1] === 'string' ? args[1] : 'localhost'}:${a}`
  return `ipc:${String(a)}`
}

// Every TCP/TLS/HTTP client ends in Socket.prototype.connect; allowed peers pass, anything else is refused.
const net = require('node:net')
const connect = net.Socket.prototype.connect
net.Socket.prototype.connect = function (...args) {
  const to = peer(args)
  if (allowHosts.has(to)) {
    note(allowedLog, `net.Socket.connect ${to}`)
    return connect.apply(this, args)
  }
  note(log, `net.Socket.connect ${to}`)
  throw new Error(`blocked by test trap: socket connect to ${to}`)
}
if (typeof globalThis.fetch === 'function') {
  const realFetch = globalThis.fetch
  globalThis.fetch = async (url, ...rest) => {
    const u = new URL(String(url instanceof Request ? url.url : url))
    const to = `${u.hostname}:${u.port || (u.protocol === 'https:' ? 443 : 80)}`
    if (allowHosts.has(to)) {
      note(allowedLog, `fetch ${to}`)
      return realFetch(url, ...rest)
    }
    note(log, `fetch ${String(url)}`)
    throw new Error('blocked by test trap: fetch')
  }
}
syncBuiltinESMExports()
