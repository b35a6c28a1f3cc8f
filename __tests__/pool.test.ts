// The analysis pool: results in input order whatever the scheduling, and a worker that dies costs only the files
// it held (each gets the failure report) while a fresh worker takes over the rest.
import { describe, expect, test } from '@jest/globals'
import { once } from 'node:events'
import { availableParallelism } from 'node:os'
import { mapTargets, prewarmWorkers } from '../src/engine/pool.js'
import { EMPTY_CONFIG } from '../src/policy/config.js'
import type { Target } from '../src/discovery/walk.js'
import type { FileReport } from '../src/engine/types.js'

const worker = new URL('./helpers/dying-worker.mjs', import.meta.url)
const opts = { failOn: 'high' as const, config: EMPTY_CONFIG }
const target = (display: string): Target => ({ fsPath: display, display, explicit: true }) as Target
const report = (path: string, verdict = 'pass') => ({ path, verdict, findings: [] }) as unknown as FileReport
const here = async (t: Target) => report(t.display)
const failed = (t: Target, why: string) => report(`${t.display}: ${why}`, 'fail')

describe('analysis pool', () => {
  test('every file gets its report, in input order, with this thread and two workers', async () => {
    const targets = Array.from({ length: 40 }, (_, i) => target(`f${i}`))
    const out = await mapTargets(targets, opts, 3, here, worker, failed)
    expect(out.map((r) => r?.path)).toEqual(targets.map((t) => t.display))
  })

  test('a worker that dies or throws: the files it held are reported as failed, a new worker takes the rest', async () => {
    // Assignment is deterministic here: this thread takes file 0 first and holds it until four files have failed,
    // the first worker is handed files 1 and 2 as it starts, and each replacement the next two when it starts.
    const names = Array.from({ length: 12 }, (_, i) => (i === 1 ? 'x-die' : i === 3 ? 'y-throw' : `f${i}`))
    let failures = 0
    let fourFailed: () => void = () => {}
    const waitForFailures = new Promise<void>((r) => (fourFailed = r))
    const counting = (t: Target, why: string) => {
      if (++failures === 4) fourFailed()
      return failed(t, why)
    }
    let first = true
    const slow = async (t: Target) => {
      if (first) {
        first = false
        await waitForFailures
      }
      return report(t.display)
    }
    const out = await mapTargets(names.map(target), opts, 2, slow, worker, counting)
    expect(out.map((r) => r?.path)).toEqual([
      'f0',
      'x-die: the analysis worker exited (70)',
      'f2: the analysis worker exited (70)',
      'y-throw: the analysis worker failed: boom',
      'f4: the analysis worker failed: boom',
      ...names.slice(5)
    ])
  })

  // prewarming starts at most one worker per core besides this thread: it needs two cores to start any
  const multiCore = availableParallelism() >= 2 ? describe : describe.skip
  multiCore('prewarmed workers (started before the targets are known)', () => {
    const twenty = () => Array.from({ length: 20 }, (_, i) => target(`f${i}`))

    /** The threadIds of the workers that did files (this thread reports through `here`, without one). */
    const workersOf = (out: (FileReport | undefined)[]) =>
      new Set(out.map((r) => r?.format as string | undefined).filter((f) => f !== undefined))

    test('the pool takes them instead of starting new ones', async () => {
      const started = prewarmWorkers(2, worker)
      expect(started).toHaveLength(1)
      const warmId = String(started[0]!.threadId) // -1 once the worker has ended
      const out = await mapTargets(twenty(), opts, 2, here, worker, failed)
      expect(out.map((r) => r?.path)).toEqual(twenty().map((t) => t.display))
      expect([...workersOf(out)]).toEqual([warmId])
    })

    test('one that ended before the pool needed it is skipped, and a fresh worker does its share', async () => {
      const [gone] = prewarmWorkers(2, worker)
      const goneId = String(gone!.threadId)
      await gone!.terminate()
      const out = await mapTargets(twenty(), opts, 2, here, worker, failed)
      expect(out.map((r) => r?.path)).toEqual(twenty().map((t) => t.display))
      const ids = workersOf(out)
      expect(ids.size).toBe(1)
      expect(ids.has(goneId)).toBe(false)
    })

    test('a run with one job stops them', async () => {
      const started = prewarmWorkers(2, worker)
      expect(started).toHaveLength(1)
      const exited = Promise.all(started.map((w) => once(w, 'exit')))
      const out = await mapTargets(twenty(), opts, 1, here, worker, failed)
      expect(out).toHaveLength(20)
      await exited
    })
  })
})
