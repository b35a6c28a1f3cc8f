// Preloaded with `node --import` to prove a scan neither spawns processes nor opens network connections.
// Every attempt is appended to $MODELGATE_TRAP_LOG and then refused. Worker threads inherit the preload.
import { appendFileSync } from 'node:fs'
import { syncBuiltinESMExports, createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const log = process.env.MODELGATE_TRAP_LOG
const allow = new Set((process.env.MODELGATE_TRAP_ALLOW ?? '').split(',').filter(Boolean))

function trap(mod, names, what) {
  for (const name of names) {
    const orig = mod[name]
    if (typeof orig !== 'function') continue
    mod[name] = function trapped(...args) {
      const detail = `${what}.${name} ${JSON.stringify(String(args[0])).slice(0, 200)}`
      if (what === 'child_process' && allow.has(String(args[0]))) return orig.apply(this, args)
      if (log) appendFileSync(log, detail + '\n')
      throw new Error(`blocked by test trap: ${detail}`)
    }
  }
}

trap(
  require('node:child_process'),
  ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'],
  'child_process'
)
trap(require('node:net'), ['connect', 'createConnection'], 'net')
trap(require('node:tls'), ['connect'], 'tls')
trap(require('node:http'), ['request', 'get'], 'http')
trap(require('node:https'), ['request', 'get'], 'https')
trap(require('node:dns'), ['lookup', 'resolve', 'resolve4', 'resolve6'], 'dns')
const net = require('node:net')
net.Socket.prototype.connect = function (...args) {
  if (log) appendFileSync(log, `net.Socket.connect ${JSON.stringify(args[0])}\n`)
  throw new Error('blocked by test trap: socket connect')
}
if (typeof globalThis.fetch === 'function') {
  globalThis.fetch = async (url) => {
    if (log) appendFileSync(log, `fetch ${String(url)}\n`)
    throw new Error('blocked by test trap: fetch')
  }
}
syncBuiltinESMExports()
