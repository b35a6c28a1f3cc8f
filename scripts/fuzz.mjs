// npm run fuzz: mutation fuzzing of every analyzer, seeded from the fixtures. Each mutated input goes through
// the real engine (dispatch → analyzers) in a worker thread watched for hangs. A crash (an exception escaping the
// engine, or a GEN-011 internal-error finding), a hang, or an input without a report is saved under
// fixtures/fuzz-regressions/ as a new regression fixture. Usage:
//   node scripts/fuzz.mjs [--iterations N] [--seed S] [--time-limit-ms T] [--memory-mb M] [--json] [--no-save] [--progress]
//   [--with-regressions]
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import { build } from 'esbuild'
import { appendFileSync, readdirSync, readFileSync, statSync, mkdirSync, writeFileSync, existsSync } from 'node:fs'
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

/** Byte-level mutations: format-blind, cheap, the bulk of the run. */
export function mutateBytes(input, rand, other) {
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

/**
 * Length-field targeting: finds little-endian u16/u32/u64 values and protobuf varints that look like lengths or
 * counts of what follows (non-zero, at most the bytes left) and replaces one with an edge value (0, ±1, the
 * remaining size + 1, 2^31, 2^32-1, 2^60) — the values that reach allocations and loops.
 */
export function mutateLength(input, rand) {
  const buf = Buffer.from(input)
  const pick = (n) => Math.floor(rand() * n)
  if (buf.length < 9) return buf
  const cands = []
  const limit = Math.min(buf.length - 8, 1 << 16)
  for (let i = 0; i < limit; i++) {
    const left = buf.length - i
    const v32 = buf.readUInt32LE(i)
    if (v32 > 0 && v32 <= left) cands.push([i, 4, v32])
    const v16 = buf.readUInt16LE(i)
    if (v16 > 2 && v16 <= left && v16 !== v32) cands.push([i, 2, v16])
    // protobuf LEN field: tag with wire type 2, then a varint length that fits
    if ((buf[i] & 7) === 2 && buf[i] >= 0x08 && buf[i] < 0x80) {
      let v = 0
      let mul = 1
      let j = i + 1
      for (; j < Math.min(buf.length, i + 6); j++) {
        v += (buf[j] & 0x7f) * mul
        mul *= 128
        if (buf[j] < 0x80) break
      }
      if (j < buf.length && v > 0 && v <= buf.length - j) cands.push([i + 1, -(j - i), v])
    }
    if (cands.length > 4096) break
  }
  if (cands.length === 0) return mutateBytes(buf, rand, buf)
  const [at, width, v] = cands[pick(cands.length)]
  const left = buf.length - at
  const edges = [0, 1, v - 1, v + 1, left + 1, 2 ** 31, 2 ** 32 - 1, 2 ** 60, v * 2]
  const nv = edges[pick(edges.length)]
  if (width === 4) buf.writeUInt32LE(Math.max(0, Math.min(nv, 0xffffffff)), at)
  else if (width === 2) buf.writeUInt16LE(Math.max(0, Math.min(nv, 0xffff)), at)
  else {
    // varint of |width|-1 bytes replaced by an encoding of nv (the message shifts: also a useful mutation)
    const out = []
    let n = Math.max(0, nv)
    for (let k = 0; k < 9 && n >= 0x80; k++) {
      out.push((n % 128) | 0x80)
      n = Math.floor(n / 128)
    }
    out.push(n & 0x7f)
    return Buffer.concat([buf.subarray(0, at), Buffer.from(out), buf.subarray(at - width - 1)])
  }
  if (rand() < 0.3 && buf.length >= at + 8) buf.writeBigUInt64LE(BigInt(Math.min(nv, 2 ** 53)), at)
  return buf
}

/**
 * Zip member rewriting: unpacks a zip (PyTorch, Keras, npz, .mar…), mutates one member with the byte mutators,
 * and writes a valid archive again — stored or deflated — so the mutation reaches the member's own analyzer
 * instead of stopping at the CRC or the directory. Sometimes adds a member, duplicates one, or nests the archive.
 */
export function mutateZip(input, rand, other, fflate) {
  const pick = (n) => Math.floor(rand() * n)
  let files
  try {
    // fflate allocates each member's declared size up front (skip big or bomb-declared members) and walks a
    // mutated directory for as many entries as it declares, past the end of the data (stop after 512).
    let seen = 0
    files = fflate.unzipSync(new Uint8Array(input), {
      filter: (f) => {
        if (++seen > 512) throw new Error('too many entries to rewrite')
        return f.originalSize <= 1 << 20 && f.size <= 1 << 20
      }
    })
  } catch {
    return undefined
  }
  const names = Object.keys(files)
  if (names.length === 0) return undefined
  const name = names[pick(names.length)]
  const action = pick(6)
  if (action === 0) files[`${name}.copy${pick(9)}`] = files[name]
  else if (action === 1) files[`nested${pick(9)}.zip`] = fflate.zipSync({ [name]: files[name] }, { level: 0 })
  else if (action === 2) files[`extra${pick(9)}.pkl`] = new Uint8Array(other.subarray(0, 1 << 16))
  else {
    let b = Buffer.from(files[name])
    for (let k = 0, n = 1 + pick(3); k < n; k++) b = rand() < 0.3 ? mutateLength(b, rand) : mutateBytes(b, rand, other)
    files[name] = new Uint8Array(b)
  }
  const out = {}
  for (const [k, v] of Object.entries(files)) out[k] = [v, { level: rand() < 0.5 ? 0 : 6 }]
  try {
    return Buffer.from(fflate.zipSync(out))
  } catch {
    return undefined
  }
}

/** Wraps the input in gzip (joblib, .pt.gz, tar.gz), sometimes twice. */
function mutateWrap(input, rand, fflate) {
  let b = fflate.gzipSync(new Uint8Array(input), { level: rand() < 0.5 ? 0 : 6 })
  if (rand() < 0.2) b = fflate.gzipSync(b, { level: 1 })
  return Buffer.from(b)
}

/** One mutation step, chosen among the byte, length, zip and wrapping mutators. */
export function mutate(input, rand, other, fflate) {
  const r = rand()
  const isZip = input.length > 4 && input.readUInt32LE(0) === 0x04034b50
  if (fflate && isZip && r < 0.35) {
    const z = mutateZip(input, rand, other, fflate)
    if (z) return z
  }
  if (r < 0.6 && r >= 0.35) return mutateLength(input, rand)
  if (fflate && r >= 0.97) return mutateWrap(input, rand, fflate)
  return mutateBytes(input, rand, other)
}

/**
 * Seed files: every fixture (and example) up to maxBytes except generator scripts and docs. Saved regressions are
 * seeds only on request: most are hangs, which cost the whole time limit per input.
 */
function seeds(withRegressions, maxBytes = 1024 * 1024) {
  const out = []
  const walk = (d) => {
    if (!existsSync(d)) return
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory() && e.name === 'fuzz-regressions' && !withRegressions) continue
      if (e.isDirectory()) walk(p)
      else if (e.isFile() && statSync(p).size <= maxBytes && !/\.(md|py|mjs)$/.test(e.name))
        out.push({ name: relative(ROOT, p), bytes: readFileSync(p) })
    }
  }
  walk(join(ROOT, 'fixtures'))
  walk(join(ROOT, 'examples'))
  return out
}

/** The folder a seed is grouped under: fixtures/<format>, examples/<kind>, or the top folder for loose files. */
function groupOf(name) {
  const parts = name.split('/')
  return parts.length > 2 ? parts.slice(0, 2).join('/') : parts[0]
}

/** Seeds grouped by their fixture folder, so small folders (gguf, tensorflow) get as many turns as big ones. */
function groups(corpus) {
  const by = new Map()
  for (const s of corpus) {
    const key = groupOf(s.name)
    if (!by.has(key)) by.set(key, [])
    by.get(key).push(s)
  }
  return [...by.values()]
}

const BANNER = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);"

/** Bundles the engine to `dir`/engine.mjs, with the HDF5 worker beside it as in dist/ (so HDF5 hangs are cut). */
async function buildEngine(dir) {
  const common = { bundle: true, format: 'esm', platform: 'node', logLevel: 'error', banner: { js: BANNER } }
  await build({
    ...common,
    stdin: {
      contents:
        "export { analyzeSource, reportFor } from './src/engine/scan.ts'; export { BufferSource } from './src/engine/source.ts'; export { DEFAULT_LIMITS } from './src/engine/limits.ts'; export { EMPTY_CONFIG } from './src/policy/config.ts'",
      resolveDir: ROOT,
      loader: 'ts'
    },
    outfile: join(dir, 'engine.mjs')
  })
  await build({
    ...common,
    entryPoints: [join(ROOT, 'src', 'analyzers', 'keras', 'hdf5-worker.ts')],
    outfile: join(dir, 'hdf5-worker.js')
  })
  return join(dir, 'engine.mjs')
}

// ---- worker: analyse inputs one by one, report each result ------------------------------------------------------
if (!isMainThread) {
  const eng = await import(pathToFileURL(workerData.enginePath).href)
  const limits = { ...eng.DEFAULT_LIMITS, maxFileMillis: workerData.timeLimitMs }
  const opts = { failOn: 'high', config: { ...eng.EMPTY_CONFIG, limits } }
  parentPort.on('message', async ({ id, name, bytes }) => {
    try {
      const buf = Buffer.from(bytes)
      const base = name.split('/').pop()
      const analysed = await eng.analyzeSource(new eng.BufferSource(buf), name, base, limits)
      // The report entry the CLI would print (policy applied, findings capped, verdict set).
      const rep = eng.reportFor(
        analysed,
        { path: name, size: buf.length, sha256: '', explicit: true, name: base },
        opts
      )
      const internal = analysed.run.findings.filter((f) => f.ruleId === 'GEN-011')
      parentPort.postMessage({
        id,
        ok: true,
        format: rep?.verdict ? (rep.format ?? null) : null,
        internal: internal.map((f) => f.message)
      })
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
  const memoryMb = Number(opt('--memory-mb', '3072'))
  const json = args.includes('--json')
  const save = !args.includes('--no-save')
  const progress = args.includes('--progress')
  const trace = opt('--trace', undefined)
  // Mutations only (no analysis): replays a run's inputs quickly, e.g. to find one that stalls this thread.
  const dryRun = args.includes('--dry-run')
  const corpus = seeds(args.includes('--with-regressions'))
  if (corpus.length === 0) {
    console.error('fuzz: no seed files under fixtures/ or examples/')
    process.exit(2)
  }
  const pools = groups(corpus)
  const fflate = await import('fflate')
  const tmp = mkdtempSync(join(tmpdir(), 'modelgate-fuzz-'))
  // a folder named dist, as the engine finds its worker scripts only there (distWorker): without it the HDF5
  // library runs in the fuzzing thread, where a slow mutated file cannot be cut off at the time limit
  const enginePath = await buildEngine(join(tmp, 'dist'))
  const rand = rng(seed)
  const began = Date.now()
  const stats = {
    iterations: 0,
    seed,
    seeds: corpus.length,
    seedGroups: pools.length,
    crashes: 0,
    hangs: 0,
    missing: 0,
    formats: {},
    groups: {}
  }
  const failures = []
  const saveInput = (kind, name, bytes, detail) => {
    failures.push({ kind, name, detail: String(detail).slice(0, 500) })
    if (!save) return
    const dir = join(ROOT, 'fixtures', 'fuzz-regressions')
    mkdirSync(dir, { recursive: true })
    const h = createHash('sha256').update(bytes).digest('hex').slice(0, 16)
    writeFileSync(
      join(
        dir,
        `${kind}-${h}-${name
          .split('/')
          .pop()
          .replace(/[^A-Za-z0-9._-]/g, '_')}`
      ),
      bytes
    )
  }
  let worker
  let pending
  const start = () =>
    new Promise((res) => {
      const w = new Worker(fileURLToPath(import.meta.url), {
        workerData: { enginePath, timeLimitMs },
        resourceLimits: { maxOldGenerationSizeMb: memoryMb }
      })
      worker = w
      w.once('message', () => res())
      w.on('message', (m) => m.id !== undefined && pending?.(m))
      // A worker that dies (out of memory, a crash in native code) fails the input it was working on.
      w.on('error', (e) => pending?.({ ok: false, dead: true, error: String(e?.stack ?? e) }))
      w.on('exit', (code) => w === worker && pending?.({ ok: false, dead: true, error: `worker exited (${code})` }))
    })
  await start()
  for (let i = 0; i < iterations; i++) {
    const pool = pools[Math.floor(rand() * pools.length)]
    const base = pool[Math.floor(rand() * pool.length)]
    const other = corpus[Math.floor(rand() * corpus.length)].bytes
    let bytes = base.bytes
    if (trace) appendFileSync(trace, `${i} pre ${base.name}\n`)
    for (let k = 0, n = 1 + Math.floor(rand() * 3); k < n; k++) bytes = mutate(bytes, rand, other, fflate)
    if (trace) {
      // The input under way, for a run that stops making progress (a hang in this thread is not caught).
      appendFileSync(trace, `${i} ${base.name} ${bytes.length}\n`)
      writeFileSync(`${trace}.input`, bytes)
    }
    const group = groupOf(base.name)
    stats.groups[group] = (stats.groups[group] ?? 0) + 1
    if (dryRun) continue
    const result = await new Promise((res) => {
      const timer = setTimeout(() => res({ hang: true }), timeLimitMs * 3 + 2000)
      pending = (m) => {
        clearTimeout(timer)
        pending = undefined
        res(m)
      }
      worker.postMessage({ id: i, name: base.name, bytes })
    })
    stats.iterations++
    if (result.hang || result.dead) {
      const old = worker
      worker = undefined
      await old.terminate()
      await start()
    }
    if (result.hang) {
      stats.hangs++
      saveInput('hang', base.name, bytes, 'no result within the time limit')
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
    if (progress && (i + 1) % 1000 === 0)
      console.error(
        `fuzz: ${i + 1}/${iterations} in ${Math.round((Date.now() - began) / 1000)} s, ` +
          `${stats.crashes} crashes, ${stats.hangs} hangs, ${stats.missing} missing`
      )
  }
  const w = worker
  worker = undefined
  await w.terminate()
  rmSync(tmp, { recursive: true, force: true })
  stats.seconds = Math.round((Date.now() - began) / 1000)
  if (json) console.log(JSON.stringify({ ...stats, failures }))
  else {
    console.log(
      `fuzz: ${stats.iterations} inputs from ${stats.seeds} seeds in ${stats.seedGroups} folders (seed ${seed})`
    )
    console.log(
      `${stats.seconds} s; crashes ${stats.crashes}, hangs ${stats.hangs}, missing report entries ${stats.missing}`
    )
    console.log('formats seen:', JSON.stringify(stats.formats))
    console.log('inputs per seed folder:', JSON.stringify(stats.groups))
    for (const f of failures.slice(0, 20)) console.log(`  ${f.kind} ${f.name}: ${f.detail}`)
  }
  process.exitCode = stats.crashes + stats.hangs + stats.missing ? 1 : 0
}
