// Compression wrappers (gzip, zlib, bzip2, xz, lzma, lz4, joblib's legacy ZF, 7z): unpack within the file's
// limits and analyse the content like any file. Wrapping a model is itself a finding (CTR-007, nullifAI) except
// for joblib, whose compress= option writes exactly these wrappers around its pickle.
import { extname } from 'node:path'
import type { FormatAnalyzer } from '../../engine/registry.js'
import type { AnalysisContext } from '../../engine/context.js'
import { SliceSource, type ByteSource } from '../../engine/source.js'
import { bombCap, decode, parseGzipHeader, type Codec } from './codecs.js'
import { identifyWrapper, ZF_HEADER, type Wrapper } from './detect.js'

const LABEL: Record<Wrapper, string> = {
  gzip: 'gzip',
  zlib: 'zlib',
  bzip2: 'bzip2',
  xz: 'xz',
  'lzma-alone': 'LZMA',
  lz4: 'LZ4',
  'joblib-zf': "joblib's legacy ZF zlib",
  '7z': '7z'
}

const SUFFIXES = ['.gz', '.gzip', '.z', '.zlib', '.bz2', '.xz', '.lzma', '.lz4', '.7z']

function contentName(name: string, gzipName: string | undefined): string {
  if (gzipName && !/[/\\]/.test(gzipName) && gzipName.length < 256) return gzipName
  const ext = extname(name).toLowerCase()
  return SUFFIXES.includes(ext) ? name.slice(0, -ext.length) : name
}

/** Whether what was unpacked is a joblib pickle (compression is then joblib's normal compress= option). */
function isJoblibContent(ctx: AnalysisContext, formats: string[], newImports: string[], name: string): boolean {
  if (formats.includes('joblib')) return true
  if (!formats.includes('pickle')) return false
  if (newImports.some((i) => i.startsWith('joblib.'))) return true
  return ['.joblib', '.jbl'].includes(extname(name).toLowerCase()) || ctx.run.format === 'joblib'
}

async function zfBody(src: ByteSource): Promise<{ body: ByteSource; declared: number | undefined }> {
  const h = await src.read(0, ZF_HEADER + 1)
  const declared = parseInt(h.toString('latin1', 2, ZF_HEADER).trim(), 16)
  const start = h[ZF_HEADER] === 0x20 ? ZF_HEADER + 1 : ZF_HEADER
  return {
    body: new SliceSource(src, start, src.size - start),
    declared: Number.isSafeInteger(declared) ? declared : undefined
  }
}

export const analyzer: FormatAnalyzer = {
  id: 'compressed',
  detect: async (v) => (await identifyWrapper(v.head)) !== undefined,
  async analyze(src, ctx) {
    const head = await src.read(0, 64 * 1024)
    const kind = await identifyWrapper(Buffer.from(head))
    if (!kind) return
    const label = LABEL[kind]
    if (kind === '7z') {
      ctx.report(
        'CTR-007',
        'File is a 7z archive; a model inside it would be hidden from scanners that do not unpack',
        {
          evidence: '7z'
        }
      )
      ctx.notAnalysed('7z archives cannot be unpacked by ModelGate; the content was not examined')
      return
    }
    let body: ByteSource = src
    let codec: Codec
    let cap = bombCap(src.size, ctx.limits)
    let gzipName: string | undefined
    if (kind === 'joblib-zf') {
      const zf = await zfBody(src)
      body = zf.body
      codec = 'zlib'
      if (zf.declared !== undefined) cap = Math.min(cap, zf.declared)
    } else {
      codec = kind
      if (kind === 'gzip') gzipName = parseGzipHeader(Buffer.from(head)).name
    }
    const res = await decode(codec, body, ctx, { cap })
    try {
      const size = res.out.src.size
      if (res.capped && !(kind === 'joblib-zf' && size === cap && cap < bombCap(src.size, ctx.limits))) {
        ctx.report(
          'CTR-008',
          `${label} data expands beyond ${size} bytes from ${src.size} (ratio over ${Math.floor(size / Math.max(1, src.size))}:1); decompression stopped`,
          { evidence: `${src.size}->${size}+` }
        )
        ctx.report('GEN-007', `Not analysed: content past the first ${size} decompressed bytes`)
      }
      if (res.error !== undefined)
        ctx.notAnalysed(
          `${label} stream broken after ${size} decompressed bytes (${res.error}); what came before is analysed`
        )
      if (size === 0) return
      const name = contentName(ctx.name, gzipName)
      const before = new Set(ctx.run.imports)
      const outcome = await ctx.analyzeMember(name, res.out.src, {}, true)
      const newImports = [...ctx.run.imports].filter((i) => !before.has(i))
      if (outcome.formats.length === 0) return
      // ZF is written only by joblib; the other wrappers count as joblib's when the pickle inside is joblib's.
      if (kind === 'joblib-zf' || isJoblibContent(ctx, outcome.formats, newImports, ctx.name)) {
        if (ctx.run.format === 'compressed' && newImports.some((i) => i.startsWith('joblib.'))) ctx.setFormat('joblib')
        return
      }
      ctx.report(
        'CTR-007',
        `Model content (${outcome.formats.join(' + ')}) is wrapped in ${label} compression; it was unpacked and analysed`,
        { evidence: `${kind}:${outcome.formats.join('+')}` }
      )
    } finally {
      await res.out.dispose()
    }
  }
}
