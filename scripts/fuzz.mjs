// npm run fuzz: mutation fuzzing of every analyzer, seeded from the fixtures. Each mutated input goes through
// the real engine (dispatch → analyzers) in a worker thread watched for hangs. A crash (an exception escaping the
// engine, or a GEN-011 internal-error finding), a hang, or an input without a report is saved under
// fixtures/fuzz-regressions/ as a new regression fixture. Usage:
//   node scripts/fuzz.mjs [--iterations N] [--seed S] [--time-limit-ms T] [--json] [--no-save]
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import { build } from 'esbuild'
import { readdirSync, readFileSync, statSync, mkdirSync, writeFileSync, existsSync } from 'node:fs'
import { join, dirname, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { tmpdir } from 'node:os'
import { mkdtempSync, rmSync } from 'node:fs'
import { createHash } from 'node:crypto'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

// ---- deterministic PRNG and mutators ----------------------------------------------------------------------------
function rng(seed) {
  let s = seed >>> 0 || 1
  return () => {
    s ^= s << 13
    s ^= s >>> 17
    s ^= s << 5
    return (s >>> 0) / 4294967296
  }
}

export function mutate(input, rand, other) {
  const buf = Buffer.from(input)
  const pick = (n) => Math.floor(rand() * n)
  const kind = pick(9)
  if (buf.length === 0) return Buffer.from([pick(256)])
  switch (kind) {
    case 0: // flip bits
      for (let i = 0, n = 1 + pick(8); i < n; i++) buf[pick(buf.length)] ^= 1 << pick(8)
      return buf
    case 1: // interesting bytes
      for (let i = 0, n = 1 + pick(4); i < n; i++) buf[pick(buf.length)] = [0, 0xff, 0x7f, 0x80, 0x2e, 0x28][pick(6)]
      return buf
    case 2: // truncate
      return buf.subarray(0, pick(buf.length))
    case 3: {
      // huge length field (u32/u64) at a random place
      if (buf.length < 8) return Buffer.concat([buf, Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f])])
      const at = pick(buf.length - 7)
      if (rand() < 0.5) buf.writeUInt32LE(0xffffffff - pick(16), at)
      else if (buf.length >= at + 8) buf.writeBigUInt64LE(2n ** 60n + BigInt(pick(1000)), at)
      return buf
    }
    case 4: {
      // duplicate a region
      const a = pick(buf.length)
      const b = Math.min(buf.length, a + 1 + pick(256))
      return Buffer.concat([buf.subarray(0, b), buf.subarray(a, b), buf.subarray(b)])
    }
    case 5: {
      // delete a region
      const a = pick(buf.length)
      return Buffer.concat([buf.subarray(0, a), buf.subarray(Math.min(buf.length, a + 1 + pick(256)))])
    }
    case 6: // splice with another input
      return Buffer.concat([buf.subarray(0, pick(buf.length)), other.subarray(pick(other.length))])
    case 7: {
      // insert random bytes
      const at = pick(buf.length)
      const ins = Buffer.alloc(1 + pick(32))
      for (let i = 0; i < ins.length; i++) ins[i] = pick(256)
      return Buffer.concat([buf.subarray(0, at), ins, buf.subarray(at)])
    }
    default: {
      // repeat the tail (deep nesting, long runs)
      const tail = buf.subarray(Math.max(0, buf.length - 1 - pick(64)))
      return Buffer.concat([buf, ...Array(1 + pick(50)).fill(tail)])
    }
  }
}

function seeds(maxBytes = 256 * 1024) {
  const out = []
  const walk = (d) => {
    if (!existsSync(d)) return
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.isFile() && statSync(p).size <= maxBytes && !/\.(md|py|mjs|json|txt)$/.test(e.name))
        out.push({ name: relative(ROOT, p), bytes: readFileSync(p) })
    }
  }
  walk(join(ROOT, 'fixtures'))
  walk(join(ROOT, 'examples'))
  return out
}

async function engineCode() {
  const r = await build({
    stdin: {
      contents:
        "export { analyzeSource } from './src/engine/scan.ts'; export { BufferSource } from './src/engine/source.ts'; export { DEFAULT_LIMITS } from './src/engine/limits.ts'",
      resolveDir: ROOT,
      loader: 'ts'
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" }
  })
  return r.outputFiles[0].text
}

// ---- worker: analyse inputs one by one, report each result ------------------------------------------------------
if (!isMainThread) {
  const eng = await import(pathToFileURL(workerData.enginePath).href)
  const limits = { ...eng.DEFAULT_LIMITS, maxFileMillis: workerData.timeLimitMs }
  parentPort.on('message', async ({ id, name, bytes }) => {
    try {
      const buf = Buffer.from(bytes)
      const { run } = await eng.analyzeSource(new eng.BufferSource(buf), name, name.split('/').pop(), limits)
      const internal = run.findings.filter((f) => f.ruleId === 'GEN-011')
      parentPort.postMessage({ id, ok: true, format: run.format ?? null, internal: internal.map((f) => f.message) })
    } catch (e) {
      parentPort.postMessage({ id, ok: false, error: String(e?.stack ?? e) })
    }
  })
  parentPort.postMessage({ ready: true })
} else {
  const args = process.argv.slice(2)
  const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt)
  const iterations = Number(opt('--iterations', '10000'))
  const seed = Number(opt('--seed', String(Date.now() % 1e9)))
  const timeLimitMs = Number(opt('--time-limit-ms', '5000'))
  const json = args.includes('--json')
  const save = !args.includes('--no-save')
  const corpus = seeds()
  if (corpus.length === 0) {
    console.error('fuzz: no seed files under fixtures/ or examples/')
    process.exit(2)
  }
  const tmp = mkdtempSync(join(tmpdir(), 'modelgate-fuzz-'))
  const enginePath = join(tmp, 'engine.mjs')
  writeFileSync(enginePath, await engineCode())
  const rand = rng(seed)
  const stats = { iterations: 0, seed, seeds: corpus.length, crashes: 0, hangs: 0, missing: 0, formats: {} }
  const failures = []
  const saveInput = (kind, name, bytes, detail) => {
    failures.push({ kind, name, detail: String(detail).slice(0, 500) })
    if (!save) return
    const dir = join(ROOT, 'fixtures', 'fuzz-regressions')
    mkdirSync(dir, { recursive: true })
    const h = createHash('sha256').update(bytes).digest('hex').slice(0, 16)
    writeFileSync(join(dir, `${kind}-${h}-${name.replace(/[^A-Za-z0-9._-]/g, '_')}`), bytes)
  }
  let worker
  let pending
  const start = () =>
    new Promise((res) => {
      worker = new Worker(fileURLToPath(import.meta.url), { workerData: { enginePath, timeLimitMs } })
      worker.once('message', () => res())
      worker.on('message', (m) => m.id !== undefined && pending?.(m))
      worker.on('error', (e) =>
        pending
          ? pending({ ok: false, error: String(e?.stack ?? e) })
          : console.error('fuzz worker failed to start:', String(e).slice(0, 500))
      )
    })
  await start()
  for (let i = 0; i < iterations; i++) {
    const base = corpus[Math.floor(rand() * corpus.length)]
    const other = corpus[Math.floor(rand() * corpus.length)].bytes
    let bytes = base.bytes
    for (let k = 0, n = 1 + Math.floor(rand() * 3); k < n; k++) bytes = mutate(bytes, rand, other)
    const result = await new Promise((res) => {
      const timer = setTimeout(() => res({ hang: true }), timeLimitMs * 3 + 2000)
      pending = (m) => {
        clearTimeout(timer)
        res(m)
      }
      worker.postMessage({ id: i, name: base.name, bytes })
    })
    stats.iterations++
    if (result.hang) {
      stats.hangs++
      saveInput('hang', base.name, bytes, 'no result within the time limit')
      await worker.terminate()
      await start()
    } else if (!result.ok) {
      stats.crashes++
      saveInput('crash', base.name, bytes, result.error)
    } else if (result.internal.length) {
      stats.crashes++
      saveInput('internal', base.name, bytes, result.internal.join('; '))
    } else if (!result.format) {
      stats.missing++
      saveInput('missing', base.name, bytes, 'no format in the report entry')
    } else stats.formats[result.format] = (stats.formats[result.format] ?? 0) + 1
  }
  await worker.terminate()
  rmSync(tmp, { recursive: true, force: true })
  if (json) console.log(JSON.stringify({ ...stats, failures }))
  else {
    console.log(`fuzz: ${stats.iterations} inputs from ${stats.seeds} seeds (seed ${seed})`)
    console.log(`crashes ${stats.crashes}, hangs ${stats.hangs}, missing report entries ${stats.missing}`)
    console.log('formats seen:', JSON.stringify(stats.formats))
    for (const f of failures.slice(0, 20)) console.log(`  ${f.kind} ${f.name}: ${f.detail}`)
  }
  process.exitCode = stats.crashes + stats.hangs + stats.missing ? 1 : 0
}
