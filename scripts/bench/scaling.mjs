// How far two threads can scale on this machine, apart from ModelGate: a fixed amount of reference work done by one
// thread, then split over two (start-up excluded). `compute` is a dependent integer loop (registers only);
// `allocate` builds and drops small objects the way a pickle machine does (young-generation GC, a few MiB of cache).
// Run as: node scripts/bench/scaling.mjs  ->  one JSON line { compute: speed-up, allocate: speed-up }
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'

const WORK = {
  compute(n) {
    let x = 0
    for (let i = 0; i < n * 20; i++) x = (x + i * 7) | 0
    return x
  },
  allocate(n) {
    let keep = []
    let s = 0
    for (let i = 0; i < n; i++) {
      const o = { a: i, b: [i, i + 1], c: `k${i & 1023}` }
      keep.push(o)
      if (keep.length > 4096) keep = []
      s += o.b[1]
    }
    return s
  }
}
const UNITS = 8_000_000

if (!isMainThread) {
  const { kind, units, go } = workerData
  parentPort.postMessage('ready')
  Atomics.wait(go, 0, 0)
  const t0 = performance.now()
  WORK[kind](units)
  parentPort.postMessage(performance.now() - t0)
} else {
  /** Wall time of `units` of work done by `threads` threads (each doing units / threads), started together. */
  async function timed(kind, threads) {
    const go = new Int32Array(new SharedArrayBuffer(4))
    const per = Math.floor(UNITS / threads)
    const workers = Array.from(
      { length: threads },
      () => new Worker(new URL(import.meta.url), { workerData: { kind, units: per, go } })
    )
    await Promise.all(workers.map((w) => new Promise((r) => w.once('message', r))))
    const t0 = performance.now()
    const done = Promise.all(workers.map((w) => new Promise((r) => w.once('message', r))))
    Atomics.store(go, 0, 1)
    Atomics.notify(go, 0)
    await done
    const secs = performance.now() - t0
    await Promise.all(workers.map((w) => w.terminate()))
    return secs
  }
  const out = {}
  for (const kind of Object.keys(WORK)) {
    WORK[kind](UNITS / 20) // warm this thread's copy too (it is not timed)
    const one = []
    const two = []
    for (let r = 0; r < 5; r++) {
      one.push(await timed(kind, 1))
      two.push(await timed(kind, 2))
    }
    const med = (xs) => xs.sort((a, b) => a - b)[2]
    out[kind] = +(med(one) / med(two)).toFixed(2)
  }
  console.log(JSON.stringify(out))
}
