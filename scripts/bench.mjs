// npm run bench: speed and memory of the built CLI at model scale, against the hashing floor
// (`openssl dgst -sha256` on the same file, measured in the same run). A benchmark, not a test.
// Options: --quick (smaller inputs, for a smoke run), --runs N, --keep (keep the temp folder).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, existsSync, readFileSync, statSync } from 'node:fs'
import { tmpdir, loadavg, cpus } from 'node:os'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { makeCheckpoint, makeTuplePickle, makeSmallPickles } from './bench/make-inputs.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const CLI = join(ROOT, 'dist', 'cli.js')
const args = process.argv.slice(2)
const quick = args.includes('--quick')
const runs = Number(args[args.indexOf('--runs') + 1]) || (quick ? 1 : 3)
const GiB = 1024 ** 3
const MiB = 1024 ** 2

if (!existsSync(CLI)) {
  console.error('dist/cli.js is missing: run npm run build first')
  process.exit(2)
}
const haveTime = existsSync('/usr/bin/time')
const loadAtStart = loadavg()

/** Runs a command, returning wall seconds and peak RSS in bytes (GNU time when present). */
function measure(cmd, argv) {
  const full = haveTime ? ['/usr/bin/time', ['-f', 'MG_MAXRSS=%M', cmd, ...argv]] : [cmd, argv]
  const t0 = process.hrtime.bigint()
  const r = spawnSync(full[0], full[1], { encoding: 'utf8', maxBuffer: 256 * MiB })
  const secs = Number(process.hrtime.bigint() - t0) / 1e9
  const m = /MG_MAXRSS=(\d+)/.exec(r.stderr ?? '')
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${argv.join(' ')} failed (${r.status}): ${r.stderr}`)
  return { secs, rss: m ? Number(m[1]) * 1024 : NaN, stdout: r.stdout }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

function bench(name, scanArgs, file, target) {
  const scans = []
  const hashes = []
  for (let i = 0; i < runs; i++) {
    if (file) hashes.push(measure('openssl', ['dgst', '-sha256', file]).secs)
    scans.push(measure(process.execPath, [CLI, 'scan', '--format', 'json', '--fail-on', 'none', ...scanArgs]))
  }
  const secs = median(scans.map((s) => s.secs))
  const rss = Math.max(...scans.map((s) => s.rss))
  const bytes = file ? statSync(file).size : 0
  const row = {
    case: name,
    bytes,
    medianSeconds: +secs.toFixed(3),
    peakRssMiB: +(rss / MiB).toFixed(1),
    throughputMiBs: bytes ? +(bytes / MiB / secs).toFixed(1) : null,
    sha256Seconds: hashes.length ? +median(hashes).toFixed(3) : null,
    ratioToSha256: hashes.length ? +(secs / median(hashes)).toFixed(2) : null
  }
  row.target = target?.(row) ?? null
  const report = JSON.parse(scans[0].stdout)
  row.verdicts = report.summary
  return row
}

const dir = mkdtempSync(join(tmpdir(), 'modelgate-bench-'))
const rows = []
/** Two-thread speed-ups of reference loops on this machine (compute-bound, allocation-bound). */
let ceiling
try {
  const ckptSize = quick ? 64 * MiB : 1 * GiB
  const ckpt = join(dir, 'checkpoint-1g.pt')
  await makeCheckpoint(ckpt, ckptSize)
  rows.push(
    bench('checkpoint 1 GiB (zip, float32)', [ckpt], ckpt, (r) => ({
      goal: 'ratio <= 1.25',
      met: r.ratioToSha256 <= 1.25
    }))
  )

  const big = join(dir, 'tuples-1g.pkl')
  await makeTuplePickle(big, quick ? 128 * MiB : 1 * GiB)
  rows.push(
    bench('pickle 1 GiB of small tuples', [big], big, (r) => ({
      goal: 'ratio <= 3 and RSS <= 300 MiB',
      met: r.ratioToSha256 <= 3 && r.peakRssMiB <= 300
    }))
  )
  rmSync(big)

  const mid = join(dir, 'tuples-64m.pkl')
  await makeTuplePickle(mid, 64 * MiB)
  rows.push(bench('pickle 64 MiB of small tuples', [mid], mid, (r) => ({ goal: '< 1 s', met: r.medianSeconds < 1 })))

  const sparse = join(dir, 'checkpoint-10g.pt')
  await makeCheckpoint(sparse, quick ? 2 * GiB : 10 * GiB, { perTensor: 1 * GiB, sparse: true })
  rows.push(
    bench('checkpoint 10 GiB (sparse)', [sparse], undefined, (r) => ({
      goal: 'RSS <= 300 MiB',
      met: r.peakRssMiB <= 300
    }))
  )
  rmSync(sparse)

  const small = join(dir, 'small')
  await makeSmallPickles(small, quick ? 200 : 1000)
  const one = bench('1,000 small pickles, --jobs 1', ['--jobs', '1', small])
  const two = bench('1,000 small pickles, --jobs 2', ['--jobs', '2', small])
  const speedup = +(one.medianSeconds / two.medianSeconds).toFixed(2)
  two.target = { goal: 'speed-up >= 1.6 with 2 workers', met: speedup >= 1.6, speedup }
  rows.push(one, two)
  // what two threads can gain on this machine at all, for the same kind of work (see scripts/bench/scaling.mjs)
  const ref = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bench', 'scaling.mjs')], { encoding: 'utf8' })
  if (ref.status === 0) ceiling = JSON.parse(ref.stdout.trim().split('\n').pop())
} finally {
  if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true })
}

const pad = (s, n) => String(s).padEnd(n)
const load = loadAtStart.map((x) => x.toFixed(2))
console.log(
  `\nModelGate ${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version} · node ${process.version} · ${cpus().length} cores · load ${load.join(' ')} · ${runs} run(s) per case${quick ? ' · QUICK inputs' : ''}\n`
)
// ratios are only meaningful on a quiet machine: say so when something else was running
if (loadAtStart[0] > 0.5)
  console.log(`note: load average ${load[0]} before measuring — other work was competing for the cores\n`)
console.log(
  pad('case', 36) +
    pad('median s', 10) +
    pad('peak RSS', 11) +
    pad('MiB/s', 9) +
    pad('sha256 s', 10) +
    pad('ratio', 7) +
    'target'
)
for (const r of rows)
  console.log(
    pad(r.case, 36) +
      pad(r.medianSeconds, 10) +
      pad(`${r.peakRssMiB} MiB`, 11) +
      pad(r.throughputMiBs ?? '-', 9) +
      pad(r.sha256Seconds ?? '-', 10) +
      pad(r.ratioToSha256 ?? '-', 7) +
      (r.target
        ? `${r.target.met ? 'MET' : 'MISSED'} (${r.target.goal}${r.target.speedup ? `, ${r.target.speedup}x` : ''})`
        : '')
  )
if (ceiling)
  console.log(
    `\nmachine: 2 threads vs 1 on reference loops (start-up excluded): compute-bound ${ceiling.compute}x, allocation-bound ${ceiling.allocate}x` +
      ' (the ceiling for the small-pickles speed-up, which also pays a second start-up and JIT warm-up)'
  )
console.log('')
for (const r of rows) console.log(JSON.stringify({ bench: 'modelgate', ...r }))
if (ceiling) console.log(JSON.stringify({ bench: 'machine-scaling', ...ceiling }))
