// Reads the parts of an HDF5 file Keras looks at (root attributes) and the links h5py would follow, with the
// real HDF5 library (h5wasm: libhdf5 compiled to WebAssembly, reading the file from disk in place through
// Emscripten's NODERAWFS, so a multi-GiB weights file is never loaded whole). Only attributes and link
// metadata are read; datasets are never touched.
import { existsSync, openSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { devNull } from 'node:os'
import { Worker } from 'node:worker_threads'
import { LimitExceeded, ParseError } from '../../engine/limits.js'
import { errorMessage } from '../../errors.js'

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

/** hdf5-worker.js beside the bundle; undefined when running from sources (tests import src directly). */
function workerUrl(): URL | undefined {
  const ext = /\.(m?js)$/.exec(import.meta.url)?.[1]
  if (!ext) return undefined
  const url = new URL(`${import.meta.url.includes('/chunks/') ? '../' : './'}hdf5-worker.${ext}`, import.meta.url)
  return existsSync(fileURLToPath(url)) ? url : undefined
}

/** Reading root attributes takes milliseconds even for large files; longer means the library is stuck. */
const LIBRARY_MILLIS = 30_000

/**
 * Runs the inspection on a worker thread of its own: libhdf5 is native code (WebAssembly) that a crafted file
 * can send into an endless loop or an abort(), and neither can be interrupted in the calling thread. The
 * worker is terminated at `timeoutMs` (a time-limit finding) and an abort is a parse failure, never a crash
 * or a hang of the scan.
 */
export function inspectHdf5(
  path: string,
  wanted: readonly string[],
  maxAttrBytes: number,
  timeoutMs: number,
  maxObjects = Infinity
): Promise<Hdf5Inspection> {
  const url = workerUrl()
  if (!url) return inspectHdf5InProcess(path, wanted, maxAttrBytes, maxObjects)
  return new Promise((resolve, reject) => {
    const w = new Worker(url, {
      workerData: { path, wanted: [...wanted], maxAttrBytes, maxObjects },
      stderr: true,
      stdout: true
    })
    let settled = false
    const done = (f: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      void w.terminate()
      f()
    }
    const limit = Math.max(1, Math.min(timeoutMs, LIBRARY_MILLIS))
    const timer = setTimeout(
      () =>
        done(() => reject(new LimitExceeded('maxFileMillis', `the HDF5 library did not finish within ${limit} ms`))),
      limit
    )
    w.once('message', (m: { ok: true; value: Hdf5Inspection } | { ok: false; error: string; limit?: string }) =>
      done(() => {
        if (!m.ok) return reject(m.limit ? new LimitExceeded(m.limit, m.error) : new ParseError(m.error))
        const attrs = new Map<string, AttrValue>()
        for (const [k, v] of m.value.attrs)
          attrs.set(k, v.kind === 'bytes' ? { kind: 'bytes', value: Buffer.from(v.value) } : v)
        resolve({ ...m.value, attrs })
      })
    )
    w.once('error', (e) => done(() => reject(new ParseError(`the HDF5 library failed: ${errorMessage(e)}`))))
    w.once('exit', (code) => done(() => reject(new ParseError(`the HDF5 library stopped (exit code ${code})`))))
  })
}

/**
 * Opens the HDF5 file at `path` (absolute) read-only and returns the requested root attributes and the link
 * inventory. Throws ParseError when the library cannot open or read the file.
 */
export async function inspectHdf5InProcess(
  path: string,
  wanted: readonly string[],
  maxAttrBytes: number,
  maxObjects = Infinity
): Promise<Hdf5Inspection> {
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
