// `.keras` archives (Keras 3 saving_lib, format-rules.md §8.1): config.json (walked with the Keras rules),
// metadata.json (saving version), model.weights.h5 / .npz and assets/. Every member, whatever its name, is also
// analysed by content, so nothing is skipped because of where it sits.
import type { ArchiveProfile } from '../zip/archive.js'
import type { AnalysisContext } from '../../engine/context.js'
import { BufferSource, readAll, type ByteSource } from '../../engine/source.js'
import { analyzeEntry, memberPathOf, openMember } from '../zip/members.js'
import { pathEscape, walkKerasConfig } from './config.js'
import { carveKerasJson } from './carve.js'
import { reportKerasVersion } from './version.js'

const CONFIG = 'config.json'
const METADATA = 'metadata.json'
const WEIGHTS = ['model.weights.h5', 'model.weights.npz']
/** Tells the HDF5 analyzer it reads the weights file of a .keras archive (no config expected there). */
export const WEIGHTS_PROFILE = 'keras-weights'
/** Content formats that mean "an archive inside the archive". */
const ARCHIVE_FORMATS = new Set(['zip', 'tar', 'compressed', 'keras', 'npz', 'pytorch-zip', 'torchscript'])

/** Reads and parses a JSON member within the header limit. */
async function readJson(
  src: ByteSource,
  mctx: AnalysisContext,
  name: string
): Promise<{ ok: true; value: unknown } | { ok: false; text?: Buffer }> {
  if (src.size > mctx.limits.maxHeaderBytes) {
    mctx.report('GEN-007', `Not analysed: ${name} is larger than ${mctx.limits.maxHeaderBytes} bytes`)
    return { ok: false }
  }
  const text = await readAll(src)
  try {
    return { ok: true, value: JSON.parse(text.toString('utf8')) }
  } catch {
    return { ok: false, text }
  }
}

async function analyzeMetadata(src: ByteSource, mctx: AnalysisContext): Promise<string | undefined> {
  const r = await readJson(src, mctx, METADATA)
  if (!r.ok) {
    if (r.text) mctx.report('KER-010', `${METADATA} is not valid JSON`)
    return undefined
  }
  const v = r.value as Record<string, unknown> | null
  const version = v && typeof v === 'object' && typeof v.keras_version === 'string' ? v.keras_version : undefined
  if (version === undefined) mctx.report('KER-010', `${METADATA} has no keras_version`, { severity: 'low' })
  reportKerasVersion(mctx, version)
  return version
}

async function analyzeConfig(src: ByteSource, mctx: AnalysisContext, kerasVersion: string | undefined): Promise<void> {
  const r = await readJson(src, mctx, CONFIG)
  if (r.ok) {
    await walkKerasConfig(r.value, mctx, CONFIG, { kerasVersion })
    return
  }
  if (!r.text) return
  mctx.notAnalysed(`${CONFIG} is not valid JSON; Keras objects carved from it were checked`)
  await carveKerasJson(new BufferSource(r.text), mctx, (value) =>
    walkKerasConfig(value, mctx, `${CONFIG} (carved)`, { kerasVersion })
  )
}

function expected(name: string): boolean {
  return name === CONFIG || name === METADATA || WEIGHTS.includes(name) || name.startsWith('assets/')
}

export const profile: ArchiveProfile = {
  id: 'keras',
  match: (a) => a.find(CONFIG) !== undefined && [METADATA, ...WEIGHTS].some((n) => a.find(n) !== undefined),
  async analyze(archive, ctx) {
    ctx.setFormat('keras')
    const entries = archive.entries.filter((e) => !e.isDirectory)
    if (!archive.find(METADATA)) ctx.report('KER-010', `The archive has no ${METADATA}; Keras always writes one`)
    if (!WEIGHTS.some((n) => archive.find(n)))
      ctx.report('KER-010', `The archive has no ${WEIGHTS.join(' or ')}; Keras always writes the weights file`)

    // Metadata first: its keras_version sets the severity of custom-module findings in the config.
    let kerasVersion: string | undefined
    for (const e of entries.filter((x) => x.name === METADATA)) {
      const src = await openMember(archive, e, ctx)
      if (src) kerasVersion = (await analyzeMetadata(src, ctx.child(e.name, true))) ?? kerasVersion
    }
    // Python's zipfile (which Keras uses) reads the last copy of a duplicated name; every copy is walked.
    for (const e of entries.filter((x) => x.name === CONFIG)) {
      const src = await openMember(archive, e, ctx)
      if (src) await analyzeConfig(src, ctx.child(e.name, true), kerasVersion)
    }

    for (const e of entries) {
      ctx.checkDeadline()
      const member = memberPathOf(archive, ctx, e)
      if (e.name.startsWith('assets/') || e.name.startsWith('assets\\')) {
        const why = pathEscape(e.name.slice(7))
        if (why)
          ctx.report('KER-009', `Asset member ${e.name.slice(0, 200)} ${why}; Keras extracts assets to disk`, {
            member,
            evidence: e.name.slice(0, 120)
          })
      } else if (!expected(e.name)) {
        ctx.report(
          'KER-010',
          `Unexpected member ${e.name.slice(0, 200)} (Keras writes only config, metadata, weights and assets)`,
          { member, severity: 'low' }
        )
      }
      if (e.isSymlink) continue
      // Every member by content, whatever its name (executables and scripts are reported by the zip layer).
      const { formats } = await analyzeEntry(archive, e, ctx, e.name === WEIGHTS[0] ? { profile: WEIGHTS_PROFILE } : {})
      // model.weights.npz is a zip by design (numpy savez).
      const nested = formats.filter(
        (f) => ARCHIVE_FORMATS.has(f) && !(e.name === 'model.weights.npz' && (f === 'zip' || f === 'npz'))
      )
      if (nested.length)
        ctx.report('KER-010', `Member ${e.name.slice(0, 200)} is a nested archive (${nested.join('+')})`, {
          member,
          evidence: nested.join('+')
        })
    }
  }
}
