// One entry point for every decompressor ModelGate uses: bounded output (cap + decompression budget), output
// kept in memory or spilled to a temp file, errors turned into a result instead of a throw (partial output is
// still analysed: a payload placed before corruption still runs).
import { createGunzip, createInflate, createInflateRaw } from 'node:zlib'
import { pipeline } from 'node:stream/promises'
import { Readable, Writable } from 'node:stream'
import Bunzip from 'seek-bzip'
// CommonJS package: take the named export from the default import (works under Node, esbuild and jest).
import xzDecompress from 'xz-decompress'
import type { ByteSource } from '../../engine/source.js'
import { LimitExceeded, ParseError, type Limits } from '../../engine/limits.js'
import type { AnalysisContext } from '../../engine/context.js'
import { OutputCapReached, OutputSink, type OwnedSource } from './sink.js'
import { decodeLz4Frames } from './lz4.js'
import { decodeLzma, parseAloneHeader, parsePropsByte } from './lzma.js'

const { XzReadableStream } = xzDecompress

export type Codec = 'deflate-raw' | 'zlib' | 'gzip' | 'bzip2' | 'xz' | 'lz4' | 'lzma-alone' | 'lzma-zip'

/** bzip2 is decoded synchronously from memory; larger compressed inputs are a resource limit. */
export const MAX_IN_MEMORY_INPUT = 512 * 1024 * 1024
const CHUNK = 1 << 20

/** Largest output a compressed input of `compressed` bytes may produce before it counts as a bomb. */
export function bombCap(compressed: number, limits: Limits): number {
  return Math.max(limits.ratioFloorBytes, limits.maxRatio * Math.max(1, compressed))
}

export interface DecodeResult {
  /** What was produced (possibly partial). Dispose it when done. */
  out: OwnedSource
  /** The decoder reached the end of its stream without error. */
  complete: boolean
  /** Output stopped at the cap while more data followed. */
  capped: boolean
  /** Why decoding stopped early (malformed or truncated input). */
  error?: string
}

export interface DecodeOptions {
  /** Maximum output bytes kept (declared size, bomb bound…). */
  cap: number
}

async function* chunksOf(src: ByteSource, from = 0): AsyncGenerator<Buffer> {
  for (let pos = from; pos < src.size;) {
    const b = await src.read(pos, CHUNK)
    if (b.length === 0) return
    pos += b.length
    yield b
  }
}

async function zlibFamily(codec: 'deflate-raw' | 'zlib' | 'gzip', src: ByteSource, sink: OutputSink, tick: () => void) {
  const z = codec === 'deflate-raw' ? createInflateRaw() : codec === 'zlib' ? createInflate() : createGunzip()
  await pipeline(
    Readable.from(chunksOf(src)),
    z,
    new Writable({
      write(chunk: Buffer, _enc, cb) {
        try {
          sink.write(chunk)
          tick()
          cb()
        } catch (e) {
          cb(e as Error)
        }
      }
    })
  )
}

/** Offset of the deflate data after a gzip member header (RFC 1952), and the original file name if stored. */
export function parseGzipHeader(h: Buffer): { dataStart: number; name?: string } {
  if (h.length < 10 || h[0] !== 0x1f || h[1] !== 0x8b) throw new ParseError('not a gzip header')
  if (h[2] !== 8) throw new ParseError(`gzip compression method ${h[2]} is not deflate`)
  const flags = h[3]!
  let p = 10
  if (flags & 4) {
    if (p + 2 > h.length) throw new ParseError('gzip header truncated in the extra field length')
    p += 2 + h.readUInt16LE(p)
  }
  let name: string | undefined
  const zstr = (): string => {
    const end = h.indexOf(0, p)
    if (end < 0) throw new ParseError('gzip header string not terminated')
    const s = h.toString('latin1', p, end)
    p = end + 1
    return s
  }
  if (flags & 8) name = zstr()
  if (flags & 16) zstr()
  if (flags & 2) p += 2
  if (p > h.length) throw new ParseError('gzip header truncated')
  return name === undefined ? { dataStart: p } : { dataStart: p, name }
}

async function gzipLenient(src: ByteSource, sink: () => OutputSink, tick: () => void): Promise<OutputSink> {
  let s = sink()
  try {
    await zlibFamily('gzip', src, s, tick)
    return s
  } catch (e) {
    if (e instanceof OutputCapReached || e instanceof LimitExceeded) throw Object.assign(e, { sink: s })
    // Trailing garbage or a broken later member: node discards everything. Read the first member alone, as
    // the deflate data of one member (its end is self-delimiting).
    s.discard()
    s = sink()
    const { dataStart } = parseGzipHeader(await src.read(0, 64 * 1024))
    const body = { size: src.size - dataStart, read: (o: number, l: number) => src.read(dataStart + o, l) }
    try {
      await zlibFamily('deflate-raw', body, s, tick)
    } catch (e2) {
      throw Object.assign(e2 as Error, { sink: s })
    }
    throw Object.assign(new ParseError(`gzip stream is followed by data that is not a gzip member`), { sink: s })
  }
}

/**
 * seek-bzip allocates with the deprecated `new Buffer(n)`, which makes Node print DEP0005 on the CLI's stderr
 * once bundled. Its decoder is synchronous, so the global can be swapped for the duration of one call.
 */
function withAllocatingBuffer<T>(fn: () => T): T {
  const g = globalThis as unknown as { Buffer: typeof Buffer }
  const real = g.Buffer
  const shim = function (n: number) {
    return real.alloc(n)
  } as unknown as typeof Buffer
  Object.setPrototypeOf(shim, real)
  g.Buffer = shim
  try {
    return fn()
  } finally {
    g.Buffer = real
  }
}

function bunzip(input: Buffer, sink: OutputSink, tick: () => void): void {
  let pos = 0
  const inStream = {
    readByte(): number {
      if (pos >= input.length) throw new ParseError('bzip2 data truncated')
      return input[pos++]!
    },
    read(buf: Uint8Array, off: number, len: number): number {
      const n = Math.min(len, input.length - pos)
      if (n <= 0) return -1
      buf.set(input.subarray(pos, pos + n), off)
      pos += n
      return n
    },
    eof: () => pos >= input.length,
    seek(p: number) {
      pos = p
    }
  }
  const batch = Buffer.allocUnsafe(64 * 1024)
  let n = 0
  const outStream = {
    writeByte(b: number) {
      batch[n++] = b
      if (n === batch.length) {
        sink.write(batch)
        n = 0
        tick()
      }
    },
    write(buf: Uint8Array, off: number, len: number) {
      for (let i = 0; i < len; i++) this.writeByte(buf[off + i]!)
      return len
    },
    flush() {}
  }
  try {
    withAllocatingBuffer(() => Bunzip.decode(inStream, outStream, true))
  } finally {
    if (n > 0) {
      const rest = batch.subarray(0, n)
      n = 0
      sink.write(rest)
    }
  }
}

async function unxz(src: ByteSource, sink: OutputSink, tick: () => void): Promise<void> {
  let pos = 0
  const input = new ReadableStream<Uint8Array>({
    async pull(c) {
      if (pos >= src.size) return c.close()
      const b = await src.read(pos, CHUNK)
      pos += b.length
      if (b.length === 0) c.close()
      else c.enqueue(new Uint8Array(b))
    }
  })
  const reader = new XzReadableStream(input).getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      sink.write(value)
      tick()
    }
  } finally {
    reader.cancel().catch(() => {})
  }
}

/** Zip method 14: version (2), props length (2), props (5), raw LZMA. General-purpose bit 1 = end marker present. */
async function unlzmaZip(src: ByteSource, sink: OutputSink, tick: () => void, size: number | undefined) {
  const h = await src.read(0, 9)
  if (h.length < 9) throw new ParseError('zip LZMA header truncated')
  const propsLen = h.readUInt16LE(2)
  if (propsLen !== 5) throw new ParseError(`zip LZMA properties of ${propsLen} bytes`)
  const props = parsePropsByte(h[4]!, h.readUInt32LE(5))
  await decodeLzma(src, 9, props, size === undefined ? undefined : BigInt(size), sink, tick)
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

/**
 * Decompresses `src` (the compressed bytes only) with `codec`. Throws LimitExceeded (budget, time); every
 * other failure is reported in the result with whatever output came before it.
 */
export async function decode(
  codec: Codec,
  src: ByteSource,
  ctx: AnalysisContext,
  opts: DecodeOptions & { zipLzmaSize?: number }
): Promise<DecodeResult> {
  const newSink = () => new OutputSink(opts.cap, (n) => ctx.chargeDecompressed(n))
  const tick = () => ctx.checkDeadline()
  let sink = newSink()
  let complete = false
  let capped = false
  let error: string | undefined
  try {
    switch (codec) {
      case 'deflate-raw':
      case 'zlib':
        await zlibFamily(codec, src, sink, tick)
        break
      case 'gzip':
        sink = await gzipLenient(src, newSink, tick)
        break
      case 'bzip2': {
        if (src.size > MAX_IN_MEMORY_INPUT)
          throw new LimitExceeded('bzip2Input', `bzip2 data larger than ${MAX_IN_MEMORY_INPUT} bytes is not decoded`)
        bunzip(Buffer.from(await src.read(0, src.size)), sink, tick)
        break
      }
      case 'xz':
        await unxz(src, sink, tick)
        break
      case 'lz4':
        await decodeLz4Frames(src, sink, tick)
        break
      case 'lzma-alone': {
        const { props, unpackSize } = parseAloneHeader(await src.read(0, 13))
        await decodeLzma(src, 13, props, unpackSize, sink, tick)
        break
      }
      case 'lzma-zip':
        await unlzmaZip(src, sink, tick, opts.zipLzmaSize)
        break
    }
    complete = true
  } catch (e) {
    const carried = (e as { sink?: OutputSink }).sink
    if (carried) sink = carried
    if (e instanceof LimitExceeded) {
      sink.discard()
      throw e
    }
    if (e instanceof OutputCapReached || sink.capped) capped = true
    else error = errorText(e)
  }
  return { out: await sink.finish(), complete, capped, ...(error !== undefined ? { error } : {}) }
}
