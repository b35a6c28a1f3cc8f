// PyTorch zip checkpoints (torch.save ≥ 1.6), torch.package archives and TorchServe .mar files.
// torch.load reads `<prefix>/data.pkl` (prefix = folder of the first directory entry) with the weights-only or
// full unpickler, then each storage from `<prefix>/data/<key>` by the size the pickle declares. Tensor bytes are
// never read: their sizes come from the central directory.
import type { AnalysisContext } from '../../engine/context.js'
import type { Archive, ArchiveEntry, ArchiveProfile } from '../zip/archive.js'
import { analyzeEntry, memberPathOf } from '../zip/members.js'
import { MemberUnreadable } from '../zip/reader.js'
import type { PickleResult } from '../pickle/types.js'
import { analyzePickledContent } from './pickled.js'
import { SliceSource } from '../../engine/source.js'
import type { TensorView } from '../pickle/types.js'
import { planStorage, uniqueName, viewsByKey } from './views.js'
import {
  describe,
  isUnknown,
  parseStoragePid,
  reportIncompleteNames,
  reportWholeModule,
  type StorageRef
} from './storage.js'

const DATA_PKL = /^([^/]+)\/data\.pkl$/
const PACKAGE_MARK = /^[^/]+\/\.data\/(extern_modules|version|python_version)$/
const MAR_MANIFEST = 'MAR-INF/MANIFEST.json'
/** Formats whose loading runs code (pickles in any wrapper). */
const CODE_FORMATS = new Set(['pickle', 'joblib', 'pytorch-legacy', 'pytorch-tar', 'pytorch-zip', 'torchscript'])
/** Records torch writes next to data.pkl; their content is checked (PT-015). */
const SMALL_RECORD_MAX = 4096
/** caffe2 kMaxSupportedFileFormatVersion is 10 today; leave room for newer writers. */
const MAX_FORMAT_VERSION = 20

function prefixOf(name: string): string | undefined {
  const i = name.indexOf('/')
  return i > 0 ? name.slice(0, i) : undefined
}

async function readSmall(archive: Archive, e: ArchiveEntry, ctx: AnalysisContext): Promise<Buffer | undefined> {
  if (e.uncompressedSize > SMALL_RECORD_MAX) return undefined
  try {
    const src = await archive.open(e, ctx)
    return Buffer.from(await src.read(0, SMALL_RECORD_MAX + 1))
  } catch (err) {
    if (err instanceof MemberUnreadable) return undefined
    throw err
  }
}

/** Analyses one data.pkl copy with the torch weights profile and every other view of its bytes. */
async function analyzeDataPkl(
  archive: Archive,
  e: ArchiveEntry,
  ctx: AnalysisContext
): Promise<PickleResult | undefined> {
  let src
  try {
    src = await archive.open(e, ctx)
  } catch (err) {
    if (err instanceof MemberUnreadable) return undefined
    throw err
  }
  try {
    const result = await analyzePickledContent(src, ctx.child(e.name, true), { profile: 'torch-weights' })
    await archive.verifyCrc?.(e, ctx)
    return result
  } finally {
    await archive.release?.(e)
  }
}

function checkPrefixes(archive: Archive, ctx: AnalysisContext, dataPkls: ArchiveEntry[]): string | undefined {
  const first = archive.entries[0]
  const torchPrefix = first ? prefixOf(first.name) : undefined
  if (first && torchPrefix === undefined)
    ctx.report(
      'PT-010',
      `First archive entry "${first.name.slice(0, 100)}" is not in a folder: torch.load refuses the archive`,
      {
        evidence: first.name.slice(0, 100)
      }
    )
  const prefixes = new Set(archive.entries.map((e) => prefixOf(e.name) ?? ''))
  if (prefixes.size > 1)
    ctx.report(
      'PT-010',
      `Entries under ${prefixes.size} top-level names (${[...prefixes]
        .slice(0, 5)
        .map((p) => p || '(root)')
        .join(', ')}); torch.load sees only "${torchPrefix ?? '?'}/", other tools see all`,
      { evidence: [...prefixes].slice(0, 5).join(',') }
    )
  const pklPrefixes = new Set(dataPkls.map((e) => prefixOf(e.name)!))
  if (pklPrefixes.size > 1)
    ctx.report(
      'PT-010',
      `data.pkl exists under ${pklPrefixes.size} prefixes (${[...pklPrefixes].slice(0, 5).join(', ')}); every copy is analysed`,
      {
        evidence: [...pklPrefixes].slice(0, 5).join(',')
      }
    )
  return torchPrefix !== undefined && pklPrefixes.has(torchPrefix) ? torchPrefix : prefixOf(dataPkls[0]?.name ?? '')
}

async function checkRecords(archive: Archive, ctx: AnalysisContext, prefix: string): Promise<void> {
  const rec = (name: string) => archive.find(`${prefix}/${name}`)
  const byteorder = rec('byteorder')
  if (byteorder) {
    const b = await readSmall(archive, byteorder, ctx)
    const text = b?.toString('latin1')
    if (text !== 'little' && text !== 'big')
      ctx.report(
        'PT-015',
        `byteorder record is ${b ? JSON.stringify(text!.slice(0, 40)) : 'oversized'}, not "little" or "big": torch.load refuses it`,
        {
          member: memberPathOf(archive, ctx, byteorder),
          evidence: (text ?? '').slice(0, 40)
        }
      )
  }
  for (const name of ['version', '.format_version', '.storage_alignment']) {
    const e = rec(name)
    if (!e) continue
    const b = await readSmall(archive, e, ctx)
    const text = b?.toString('latin1') ?? ''
    const m = /^\s*(\d{1,9})\s*$/.exec(text)
    const bad = !m || (name === 'version' && (Number(m[1]) < 1 || Number(m[1]) > MAX_FORMAT_VERSION))
    if (bad)
      ctx.report(
        'PT-015',
        `${name} record is ${b ? JSON.stringify(text.slice(0, 40)) : 'oversized'}; torch expects a small integer`,
        {
          member: memberPathOf(archive, ctx, e),
          evidence: text.slice(0, 40)
        }
      )
  }
}

/**
 * Declares the tensors of a storage for the weights stage, named by parameter where data.pkl says which (views.ts).
 * Only stored records of a top-level archive: those are windows on the file itself (nothing is read now), whereas
 * decoded members are released before the stage runs.
 */
async function declareTensors(
  archive: Archive,
  ctx: AnalysisContext,
  rec: ArchiveEntry,
  ref: StorageRef,
  views: TensorView[] | undefined,
  used: Set<string>
): Promise<void> {
  if (ctx.member !== undefined || rec.method !== 0 || ref.elementSize === undefined) return
  try {
    const bytes = await archive.open(rec, ctx)
    const member = memberPathOf(archive, ctx, rec)
    const decl = { storage: ref.storage, numel: ref.numel, elementSize: ref.elementSize, label: rec.name }
    for (const t of planStorage(decl, views))
      ctx.run.tensors.push({
        name: uniqueName(used, t.name, rec.name),
        dtype: t.dtype,
        shape: t.shape,
        bytes: t.start === 0 && t.length === bytes.size ? bytes : new SliceSource(bytes, t.start, t.length),
        member,
        storage: rec.name,
        ...(t.aliases ? { aliases: t.aliases } : {})
      })
  } catch (err) {
    if (!(err instanceof MemberUnreadable)) throw err
  } finally {
    await archive.release?.(rec)
  }
}

/**
 * Hands the weights stage the tensors of every storage a pickle references and `<prefix>/<folder>/` holds at the
 * size the persistent id declares (TorchScript archives: torch.jit.load's own storage checks differ from
 * torch.load's, but their weights can carry payloads all the same). Storages that do not resolve are left out.
 */
export async function declareReferencedTensors(
  archive: Archive,
  ctx: AnalysisContext,
  prefix: string,
  folder: string,
  result: PickleResult,
  used: Set<string>
): Promise<void> {
  // the first reference to a key decides (a later one with another size is PT-012's to report, not a tensor)
  const seen = new Set<string>()
  const declare: { rec: ArchiveEntry; ref: StorageRef }[] = []
  for (const { pid } of result.persistentIds) {
    const parsed = parseStoragePid(pid)
    if ('problem' in parsed || seen.has(parsed.ref.key)) continue
    const ref = parsed.ref
    seen.add(ref.key)
    const rec = archive.find(`${prefix}/${folder}/${ref.key}`)
    if (rec && ref.elementSize !== undefined && ref.numel * BigInt(ref.elementSize) === BigInt(rec.uncompressedSize))
      declare.push({ rec, ref })
  }
  const views = viewsByKey(result.tensorViews)
  for (const { rec, ref } of declare) await declareTensors(archive, ctx, rec, ref, views.get(ref.key), used)
}

/** PT-016 for every record under `folder` (`<prefix>/data/`) whose key the pickle does not reference. */
export function reportUnreferencedRecords(
  archive: Archive,
  ctx: AnalysisContext,
  folder: string,
  referenced: { has(key: string): boolean }
): void {
  for (const e of archive.entries) {
    if (!e.name.startsWith(folder) || e.isDirectory) continue
    const key = e.name.slice(folder.length)
    if (!referenced.has(key))
      ctx.report('PT-016', `Data record ${e.name} is not referenced by data.pkl (a place to carry hidden bytes)`, {
        member: memberPathOf(archive, ctx, e),
        evidence: key.slice(0, 80)
      })
  }
}

/** PT-011, PT-012, PT-016: the storages data.pkl references against the records that hold them. */
async function checkStorages(
  archive: Archive,
  ctx: AnalysisContext,
  prefix: string,
  dataPkl: ArchiveEntry,
  result: PickleResult
): Promise<void> {
  const pklMember = memberPathOf(archive, ctx, dataPkl)
  const refs = new Set<string>()
  for (const { pid, offset } of result.persistentIds) {
    if (isUnknown(pid) || (Array.isArray(pid) && pid.some(isUnknown))) {
      ctx.report('PT-011', `Persistent id ${describe(pid)} cannot be resolved statically`, {
        member: pklMember,
        offset,
        severity: 'medium',
        evidence: describe(pid).slice(0, 120)
      })
      continue
    }
    const parsed = parseStoragePid(pid)
    if ('problem' in parsed) {
      ctx.report('PT-011', `Malformed storage reference: ${parsed.problem}; torch.load (weights_only) rejects it`, {
        member: pklMember,
        offset,
        evidence: describe(pid).slice(0, 120)
      })
      continue
    }
    const ref = parsed.ref
    const rec = archive.find(`${prefix}/data/${ref.key}`)
    if (!rec) {
      ctx.report('PT-016', `Storage "${ref.key}" is referenced but ${prefix}/data/${ref.key} does not exist`, {
        member: pklMember,
        offset,
        severity: 'medium',
        evidence: ref.key.slice(0, 80)
      })
    } else if (ref.elementSize === undefined) {
      ctx.report(
        'PT-011',
        `Unknown storage type ${ref.storage}: its element size, and so the bytes it reads, is unknown`,
        {
          member: pklMember,
          offset,
          severity: 'medium',
          evidence: ref.storage
        }
      )
    } else {
      const want = ref.numel * BigInt(ref.elementSize)
      if (want !== BigInt(rec.uncompressedSize))
        ctx.report(
          'PT-012',
          `Storage "${ref.key}" declares ${ref.numel} × ${ref.elementSize} = ${want} bytes but its record holds ${rec.uncompressedSize} (out-of-bounds access in torch ≤ 2.9.1, CVE-2026-24747)`,
          { member: pklMember, offset, evidence: `${ref.key}:${want}!=${rec.uncompressedSize}` }
        )
    }
    refs.add(ref.key)
  }
  reportIncompleteNames(ctx, result, pklMember)
  await declareReferencedTensors(archive, ctx, prefix, 'data', result, new Set())
  if (result.complete) reportUnreferencedRecords(archive, ctx, `${prefix}/data/`, refs)
}

function reportCompressed(archive: Archive, ctx: AnalysisContext): void {
  const compressed = archive.entries.filter((e) => e.method !== 0 && !e.isDirectory)
  if (compressed.length)
    ctx.report(
      'PT-018',
      `${compressed.length} member(s) are compressed (${compressed
        .slice(0, 3)
        .map((e) => e.name)
        .join(', ')}${compressed.length > 3 ? ', …' : ''}); torch.save always stores records uncompressed`,
      { evidence: `compressed:${compressed.length}` }
    )
}

async function reportMar(archive: Archive, ctx: AnalysisContext): Promise<void> {
  const manifest = archive.find(MAR_MANIFEST)!
  const code = archive.entries.filter((e) => /\.py$/i.test(e.name))
  let handler = ''
  const b =
    manifest.uncompressedSize <= 1 << 20
      ? await archive
          .open(manifest, ctx)
          .then((s) => s.read(0, 1 << 20))
          .catch(() => undefined)
      : undefined
  try {
    const m = JSON.parse(b ? b.toString('utf8') : '{}') as { model?: { handler?: unknown } }
    if (typeof m.model?.handler === 'string') handler = m.model.handler
  } catch {
    // an unreadable manifest is still a .mar; the handler list below stands
  }
  const list = code.map((e) => e.name)
  ctx.report(
    'PT-041',
    code.length
      ? `TorchServe model archive with Python code (${list.slice(0, 5).join(', ')}${list.length > 5 ? ', …' : ''}); TorchServe imports and runs the handler${handler ? ` "${handler.slice(0, 80)}"` : ''}`
      : `TorchServe model archive${handler ? ` (handler "${handler.slice(0, 80)}")` : ''}; TorchServe runs its handler on the serialized model`,
    { severity: code.length ? 'critical' : 'medium', evidence: handler.slice(0, 120) || list[0] || MAR_MANIFEST }
  )
}

function reportPackage(archive: Archive, ctx: AnalysisContext): void {
  const code = archive.entries.filter((e) => /\.py$/i.test(e.name)).map((e) => e.name)
  ctx.report(
    'PT-040',
    `torch.package archive${code.length ? ` with ${code.length} Python module(s) (${code.slice(0, 5).join(', ')}${code.length > 5 ? ', …' : ''})` : ''}; PackageImporter executes the packaged code when the model is loaded`,
    { severity: code.length ? 'critical' : 'high', evidence: code[0] ?? '.data/extern_modules' }
  )
}

export const profile: ArchiveProfile = {
  id: 'pytorch-zip',
  match: (a) =>
    a.entries.some((e) => DATA_PKL.test(e.name) || PACKAGE_MARK.test(e.name)) || a.find(MAR_MANIFEST) !== undefined,
  async analyze(archive, ctx) {
    const done = new Set<number>()
    if (archive.find(MAR_MANIFEST)) await reportMar(archive, ctx)
    if (archive.entries.some((e) => PACKAGE_MARK.test(e.name))) reportPackage(archive, ctx)
    const dataPkls = archive.entries.filter((e) => DATA_PKL.test(e.name))
    if (dataPkls.length) {
      const prefix = checkPrefixes(archive, ctx, dataPkls)!
      let main: { entry: ArchiveEntry; result: PickleResult } | undefined
      for (const e of dataPkls) {
        done.add(e.index)
        const result = await analyzeDataPkl(archive, e, ctx)
        if (!main && result && prefixOf(e.name) === prefix) main = { entry: e, result }
      }
      await checkRecords(archive, ctx, prefix)
      if (main) {
        await checkStorages(archive, ctx, prefix, main.entry, main.result)
        reportWholeModule(ctx, main.result, memberPathOf(archive, ctx, main.entry))
      }
      reportCompressed(archive, ctx)
    }
    // PT-017: everything else is recognised by content, whatever its name (a pickle named data.txt is a pickle).
    for (const e of archive.entries) {
      if (done.has(e.index)) continue
      ctx.checkDeadline()
      const outcome = await analyzeEntry(archive, e, ctx)
      const code = outcome.formats.filter((f) => CODE_FORMATS.has(f))
      if (code.length && dataPkls.length)
        ctx.report(
          'PT-017',
          `Member "${e.name.slice(0, 100)}" is a ${code.join(' + ')} besides data.pkl; torch.load ignores it, other loaders may not`,
          {
            member: memberPathOf(archive, ctx, e),
            evidence: code.join('+')
          }
        )
    }
  }
}
