// Reads the parts of an HDF5 file Keras looks at (root attributes) and the links h5py would follow, with the
// real HDF5 library (h5wasm: libhdf5 compiled to WebAssembly, reading the file from disk in place through
// Emscripten's NODERAWFS, so a multi-GiB weights file is never loaded whole). Only attributes and link
// metadata are read; datasets are never touched.
import { openSync } from 'node:fs'
import { devNull } from 'node:os'
import { Worker } from 'node:worker_threads'
import { LimitExceeded, ParseError } from '../../engine/limits.js'
import { errorMessage } from '../../errors.js'
import { distWorker } from '../../engine/dist-worker.js'

type H5 = typeof import('h5wasm/node')

let loading: Promise<H5> | undefined
/** Set when the WebAssembly instance trapped: its memory may be inconsistent, so it is not used again. */
let broken: string | undefined

/**
 * libhdf5 prints its error stack (HDF5-DIAG) on fd 2, which Emscripten's NODERAWFS maps to the process's
 * stderr; H5Eset_auto is not exported, so the library's own stderr stream is pointed at the null device.
 * Errors still surface as exceptions and become findings.
 */
function silenceDiagnostics(m: H5): void {
  try {
    const streams = (m.Module.FS as unknown as { streams?: ({ nfd?: number } | null)[] }).streams
    const stderr = streams?.[2]
    if (stderr && typeof stderr.nfd === 'number') stderr.nfd = openSync(devNull, 'w')
  } catch {
    // Diagnostics stay on stderr; harmless.
  }
}

/** Whether the library instance in this thread trapped and must not be used again. */
export function hdf5Broken(): boolean {
  return broken !== undefined
}

async function library(): Promise<H5> {
  if (broken) throw new ParseError(`the HDF5 library is unavailable after an earlier failure (${broken})`)
  loading ??= import('h5wasm/node').then(async (m) => {
    await m.ready
    silenceDiagnostics(m)
    return m
  })
  try {
    return await loading
  } catch (e) {
    broken = `could not be loaded: ${errorMessage(e)}`
    throw new ParseError(`the HDF5 library ${broken}`)
  }
}

export type AttrValue =
  { kind: 'string'; value: string } | { kind: 'bytes'; value: Buffer } | { kind: 'other'; description: string }

export interface Hdf5Inspection {
  /** Every attribute name on the root group. */
  rootAttributes: string[]
  /** The requested root attributes that exist. */
  attrs: Map<string, AttrValue>
  /** External links (h5py follows them into other files). */
  externalLinks: { path: string; file: string; target: string }[]
  /** Number of links below the root. */
  objects: number
}

const STRING = 3
const INTEGER = 0

function readAttr(h5: H5, fid: bigint, name: string, maxBytes: number): AttrValue {
  const M = h5.Module
  const meta = M.get_attribute_metadata(fid, '/', name)
  const count = meta.total_size
  if (meta.type === STRING) {
    if (!meta.vlen && meta.size * count > maxBytes)
      return { kind: 'other', description: `a string of ${meta.size * count} bytes (over the limit)` }
    const v = new h5.Attribute(fid, '/', name).value
    if (typeof v === 'string') return { kind: 'string', value: v }
    if (Array.isArray(v)) return { kind: 'other', description: `an array of ${v.length} strings` }
    return { kind: 'other', description: 'an unreadable string' }
  }
  if (meta.type === INTEGER && meta.size === 1 && (meta.shape?.length ?? 0) <= 1) {
    if (count > maxBytes) return { kind: 'other', description: `${count} bytes (over the limit)` }
    const v = new h5.Attribute(fid, '/', name).value
    if (v instanceof Uint8Array || v instanceof Int8Array)
      return { kind: 'bytes', value: Buffer.from(v.buffer, v.byteOffset, v.byteLength) }
  }
  return { kind: 'other', description: `an HDF5 value of type class ${meta.type}` }
}

export interface InspectRequest {
  /** Absolute path of the file. */
  path: string
  wanted: readonly string[]
  maxAttrBytes: number
  maxObjects: number
}

/**
 * Opens the HDF5 file at `path` (absolute) read-only and returns the requested root attributes and the link
 * inventory, in this thread. Throws ParseError when the library cannot open or read the file. The library is
 * synchronous C code: a crafted file can keep it busy forever, so analyzers call inspectHdf5 (a watched worker).
 */
export async function inspectHdf5InProcess({
  path,
  wanted,
  maxAttrBytes,
  maxObjects
}: InspectRequest): Promise<Hdf5Inspection> {
  const h5 = await library()
  let file: InstanceType<H5['File']> | undefined
  try {
    file = new h5.File(path, 'r')
    const fid = file.file_id
    if (fid < 0n) {
      file = undefined
      throw new ParseError('the HDF5 library cannot open the file (truncated or corrupted superblock)')
    }
    const M = h5.Module
    const rootAttributes = M.get_attribute_names(fid, '/')
    const attrs = new Map<string, AttrValue>()
    for (const name of wanted) if (rootAttributes.includes(name)) attrs.set(name, readAttr(h5, fid, name, maxAttrBytes))
    const names = M.get_names(fid, '/', true)
    if (names.length > maxObjects)
      throw new LimitExceeded('maxElements', `${names.length} HDF5 objects exceed limits.maxElements (${maxObjects})`)
    const externalLinks: Hdf5Inspection['externalLinks'] = []
    for (const n of names) {
      if (M.get_type(fid, `/${n}`) !== M.H5G_UDLINK) continue
      let file = '?'
      let target = '?'
      try {
        const l = M.get_external_link(fid, `/${n}`)
        file = l.filename
        target = l.obj_path
      } catch {
        // A user-defined link of another class: still reported, with unknown target.
      }
      externalLinks.push({ path: `/${n}`, file, target })
    }
    return { rootAttributes, attrs, externalLinks, objects: names.length }
  } catch (e) {
    // A trap (unreachable, out-of-bounds access) leaves the WebAssembly instance in an unknown state.
    if (e instanceof Error && e.constructor.name === 'RuntimeError') broken = e.message
    if (e instanceof ParseError || e instanceof LimitExceeded) throw e
    throw new ParseError(`HDF5 library error: ${errorMessage(e)}`)
  } finally {
    try {
      file?.close()
    } catch {
      // Closing a half-opened file can fail; nothing else to release.
    }
  }
}

/** What the HDF5 worker answers: an inspection, or the error to rethrow here. */
export type WorkerReply =
  | { ok: true; inspection: Hdf5Inspection }
  | { ok: false; kind: 'parse' | 'limit'; message: string; limit?: string; broken?: boolean }

let worker: Worker | undefined
let queue: Promise<unknown> = Promise.resolve()

const LIBRARY_MILLIS = 30_000

function ask(url: URL, req: InspectRequest, deadline: number): Promise<Hdf5Inspection> {
  const w = (worker ??= new Worker(url))
  // The worker must not keep the process alive between files; the timer below keeps it alive while waiting.
  w.unref()
  return new Promise<Hdf5Inspection>((resolve, reject) => {
    const stop = (err: Error) => {
      clearTimeout(timer)
      w.off('message', onMessage)
      w.off('error', onError)
      w.off('exit', onExit)
      if (worker === w) worker = undefined
      void w.terminate()
      reject(err)
    }
    const onMessage = (m: WorkerReply) => {
      if (m.ok) {
        clearTimeout(timer)
        w.off('message', onMessage)
        w.off('error', onError)
        w.off('exit', onExit)
        const attrs = new Map<string, AttrValue>()
        for (const [k, v] of m.inspection.attrs)
          attrs.set(k, v.kind === 'bytes' ? { kind: 'bytes', value: Buffer.from(v.value) } : v)
        resolve({ ...m.inspection, attrs })
        return
      }
      const err =
        m.kind === 'limit' ? new LimitExceeded(m.limit ?? 'maxElements', m.message) : new ParseError(m.message)
      if (m.broken)
        stop(err) // a trapped instance is replaced by a fresh worker next time
      else {
        clearTimeout(timer)
        w.off('message', onMessage)
        w.off('error', onError)
        w.off('exit', onExit)
        reject(err)
      }
    }
    const onError = (e: Error) => stop(new ParseError(`the HDF5 worker failed: ${errorMessage(e)}`))
    const onExit = (code: number) => stop(new ParseError(`the HDF5 worker exited (${code})`))
    // Reading root attributes takes milliseconds even in large files: past LIBRARY_MILLIS the library is stuck.
    const wait = Math.max(0, Math.min(deadline - Date.now(), LIBRARY_MILLIS))
    const timer = setTimeout(
      () => stop(new LimitExceeded('maxFileMillis', `the HDF5 library did not finish within ${wait} ms`)),
      wait
    )
    w.on('message', onMessage)
    w.once('error', onError)
    w.once('exit', onExit)
    w.postMessage(req)
  })
}

/**
 * inspectHdf5InProcess on a worker thread that is terminated when the file's time budget (`deadline`, ms since
 * the epoch) runs out: a hang in the library becomes a LimitExceeded instead of a stuck scan. Falls back to this
 * thread when the worker bundle is not there (tests running the TypeScript sources).
 */
export function inspectHdf5(req: InspectRequest, deadline: number): Promise<Hdf5Inspection> {
  const url = distWorker('hdf5-worker')
  if (!url) return inspectHdf5InProcess(req)
  const run = queue.then(
    () => ask(url, req, deadline),
    () => ask(url, req, deadline)
  )
  queue = run.catch(() => undefined)
  return run
}
