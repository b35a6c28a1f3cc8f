// Analyses files on a pool of worker threads (both cores of a runner), returning results in input order so
// reports are identical whatever the scheduling. Falls back to in-process analysis for one job or one file.
import { Worker } from 'node:worker_threads'
import { availableParallelism } from 'node:os'
import type { FileReport } from './types.js'
import type { Target } from '../discovery/walk.js'
import type { ScanOptions } from './scan.js'

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
      const w = new Worker(workerUrl)
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
  await Promise.all([here, ...Array.from({ length: size }, runWorker)])
  return results
}
