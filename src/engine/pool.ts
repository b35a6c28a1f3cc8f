// Analyses files on a pool of worker threads (both cores of a runner), returning results in input order so
// reports are identical whatever the scheduling. Falls back to in-process analysis for one job or one file.
import { Worker } from 'node:worker_threads'
import { availableParallelism } from 'node:os'
import type { FileReport } from './types.js'
import type { Target } from '../discovery/walk.js'
import type { ScanOptions } from './scan.js'
import { distWorker } from './dist-worker.js'

export interface WorkItem {
  id: number
  target: Target
  opts: ScanOptions
}

export type WorkResult = { id: number; report: FileReport | null } | { id: number; error: string }

/** Files handed to a worker ahead of its results (it analyses them one at a time, in order). */
const IN_FLIGHT = 2

export function defaultJobs(): number {
  return Math.max(1, availableParallelism())
}

/** Workers started before the targets were known (prewarmWorkers), each taken by the pool's next worker slot. */
const warm: { w: Worker; url: string; exited: boolean }[] = []

/**
 * Starts the `jobs - 1` analysis workers a scan will use (at most one per core) now, so that their start-up (a
 * tenth of a second or more to load the analyzers) overlaps this thread's own start-up and target discovery
 * instead of following it. Unreferenced until the pool takes them: a run that ends early (a usage error, nothing
 * to scan) never waits for them.
 */
export function prewarmWorkers(jobs: number, workerUrl: URL | undefined = distWorker('worker')): Worker[] {
  if (!workerUrl) return []
  const started: Worker[] = []
  // never more than the cores: a larger --jobs gets its extra workers when the pool starts
  for (let k = warm.length; k < Math.min(jobs, defaultJobs()) - 1; k++) {
    const slot = { w: new Worker(workerUrl), url: workerUrl.href, exited: false }
    slot.w.unref()
    // a worker that fails before the pool takes it is skipped then (its error is the pool's to report later)
    slot.w.once('exit', () => (slot.exited = true))
    slot.w.on('error', () => {})
    warm.push(slot)
    started.push(slot.w)
  }
  return started
}

/** A prewarmed worker for `workerUrl` that is still alive, or a new one. */
function takeWorker(workerUrl: URL): Worker {
  for (let slot = warm.shift(); slot; slot = warm.shift()) {
    if (slot.exited) continue
    if (slot.url !== workerUrl.href) {
      void slot.w.terminate()
      continue
    }
    slot.w.ref()
    return slot.w
  }
  return new Worker(workerUrl)
}

/** Stops prewarmed workers the pool did not need (one job after all, fewer files than workers). */
function releaseWarm(): void {
  for (const slot of warm.splice(0)) void slot.w.terminate()
}

/**
 * Runs `scanOne` for every target: in this thread and on `jobs - 1` worker threads loaded from `workerUrl` when
 * that is given and jobs > 1, otherwise sequentially in this thread. A worker that dies (out of memory, a crash
 * in native code) costs only the files it held: each gets `failed`'s report and a fresh worker takes over.
 */
export async function mapTargets(
  targets: Target[],
  opts: ScanOptions,
  jobs: number,
  scanOne: (t: Target, o: ScanOptions) => Promise<FileReport | undefined>,
  workerUrl: URL | undefined,
  failed: (t: Target, why: string) => FileReport
): Promise<(FileReport | undefined)[]> {
  const results: (FileReport | undefined)[] = new Array(targets.length)
  if (jobs <= 1 || targets.length <= 1 || !workerUrl) {
    releaseWarm()
    for (let i = 0; i < targets.length; i++) results[i] = await scanOne(targets[i]!, opts)
    return results
  }
  let next = 0
  // This thread is one of the `jobs`: it analyses files too while the workers start (a worker takes a tenth of
  // a second to load), instead of waiting idle for their results.
  const here = (async () => {
    while (next < targets.length) {
      const id = next++
      results[id] = await scanOne(targets[id]!, opts)
      // small files are read and analysed without real I/O waits: let the workers' messages in between files,
      // or they starve until this thread runs out of work
      await new Promise((r) => setImmediate(r))
    }
  })()

  /** One worker until the queue is empty; resolves early (after a replacement took over) when it dies. */
  const runWorker = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const w = takeWorker(workerUrl)
      const held = new Set<number>()
      let done = false
      const feed = () => {
        if (next >= targets.length) {
          if (held.size === 0 && !done) {
            done = true
            void w.terminate().then(() => resolve())
          }
          return
        }
        const id = next++
        held.add(id)
        // Only plain data crosses to workers; trust material (integrity) stays in this thread.
        w.postMessage({
          id,
          target: targets[id],
          opts: { failOn: opts.failOn, config: opts.config }
        } satisfies WorkItem)
      }
      const die = (why: string) => {
        if (done) return
        done = true
        for (const id of held) results[id] = failed(targets[id]!, why)
        held.clear()
        void w.terminate()
        resolve(next < targets.length ? runWorker() : undefined)
      }
      w.on('message', (m: WorkResult) => {
        held.delete(m.id)
        results[m.id] = 'error' in m ? failed(targets[m.id]!, m.error) : (m.report ?? undefined)
        feed()
      })
      w.on('error', (e) => die(`the analysis worker failed: ${e.message}`))
      w.on('exit', (code) => die(`the analysis worker exited (${code})`))
      // a few files queued per worker, so it never waits for a round trip through this thread between files
      for (let k = 0; k < IN_FLIGHT; k++) feed()
    })

  const size = Math.min(jobs - 1, targets.length - 1)
  const running = Array.from({ length: size }, runWorker)
  releaseWarm()
  await Promise.all([here, ...running])
  return results
}
