// Signature carving in byte streams extracted from tensor bits: executables, archives, pickles, scripts, text.

export interface Carved {
  kind: string
  offset: number
  /** Whether the content is code, an executable or an archive (high) rather than inert text (medium). */
  dangerous: boolean
  preview: string
}

const SIGNATURES: { kind: string; bytes: Buffer; dangerous: boolean }[] = [
  { kind: 'ELF executable', bytes: Buffer.from('\x7fELF', 'latin1'), dangerous: true },
  { kind: 'zip archive', bytes: Buffer.from('PK\x03\x04', 'latin1'), dangerous: true },
  { kind: '7z archive', bytes: Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), dangerous: true },
  { kind: 'Mach-O executable', bytes: Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), dangerous: true },
  { kind: 'script (shebang)', bytes: Buffer.from('#!/bin/', 'latin1'), dangerous: true },
  { kind: 'script (shebang)', bytes: Buffer.from('#!/usr/', 'latin1'), dangerous: true },
  { kind: 'PHP script', bytes: Buffer.from('<?php', 'latin1'), dangerous: true }
]

const CODE_WORDS =
  /\b(import |exec\(|eval\(|system\(|subprocess|socket|__import__|powershell|bash -c|\/bin\/sh|curl |wget |def |lambda |os\.)/

function isPrintable(b: number): boolean {
  return (b >= 0x20 && b < 0x7f) || b === 0x0a || b === 0x0d || b === 0x09
}

/** Finds the first few signatures and long printable runs in `buf`. */
export function carve(buf: Buffer, minText = 48): Carved[] {
  const out: Carved[] = []
  for (const s of SIGNATURES) {
    const at = buf.indexOf(s.bytes)
    if (at >= 0) out.push({ kind: s.kind, offset: at, dangerous: s.dangerous, preview: preview(buf, at) })
  }
  // PE: "MZ" with "PE\0\0" at the e_lfanew offset.
  for (let at = buf.indexOf('MZ'); at >= 0 && at + 0x40 <= buf.length; at = buf.indexOf('MZ', at + 1)) {
    const lfanew = buf.readUInt32LE(at + 0x3c)
    if (
      lfanew < 0x1000 &&
      at + lfanew + 4 <= buf.length &&
      buf.toString('latin1', at + lfanew, at + lfanew + 4) === 'PE\0\0'
    ) {
      out.push({ kind: 'PE executable', offset: at, dangerous: true, preview: preview(buf, at) })
      break
    }
  }
  // Pickle: PROTO 2..5, then GLOBAL with a lowercase module name, or a FRAME with a sane length.
  for (let at = buf.indexOf(0x80); at >= 0 && at + 12 < buf.length; at = buf.indexOf(0x80, at + 1)) {
    const proto = buf[at + 1]!
    const next = buf[at + 2]!
    const global = next === 0x63 && /^[a-z_]{3}/.test(buf.toString('latin1', at + 3, at + 6))
    const frame = next === 0x95 && buf.readUInt32LE(at + 7) === 0 && buf.readUInt32LE(at + 3) > 0
    if (proto >= 2 && proto <= 5 && (global || frame)) {
      out.push({ kind: 'pickle stream', offset: at, dangerous: true, preview: preview(buf, at) })
      break
    }
  }
  // Base64 runs: decode and carve what they hold (a payload is often staged encoded).
  for (const m of buf.toString('latin1').matchAll(/[A-Za-z0-9+/]{64,}={0,2}/g)) {
    if (charEntropy(m[0]) < 4.5) continue // a constant run (an upcast tensor's zeros) is not base64
    const decoded = Buffer.from(m[0], 'base64')
    const inner = carve(decoded, minText).find((c) => c.dangerous)
    out.push({
      kind: inner ? `base64-encoded ${inner.kind}` : 'base64 text',
      offset: m.index,
      dangerous: inner !== undefined,
      preview: m[0].slice(0, 40)
    })
    break
  }
  // Long printable runs: text payloads; code-like text is dangerous. UTF-16LE text (ASCII every other byte, a
  // zero between) is invisible to the plain search, and a low byte that is zero every other value also slips past
  // the low-bit statistics: both alignments are looked at, up to the first hit.
  if (!textRuns(buf, minText, out, 'latin1', 0, false) && out.length <= 8)
    for (const align of [0, 1]) if (textRuns(buf, minText, out, 'utf16le', align, true)) break
  return out
}

/**
 * Runs of at least `minText` printable characters (one byte each, or UTF-16LE from byte `start`) that read like
 * prose or code, pushed to `out`. True when it stopped early: after the first hit (`once`) or past 8 hits in all.
 */
function textRuns(
  buf: Buffer,
  minText: number,
  out: Carved[],
  enc: 'latin1' | 'utf16le',
  start: number,
  once: boolean
): boolean {
  const step = enc === 'latin1' ? 1 : 2
  let runStart = -1
  for (let i = start; i < buf.length + step; i += step) {
    const p = i + step - 1 < buf.length && (step === 1 || buf[i + 1] === 0) && isPrintable(buf[i]!)
    if (p && runStart < 0) runStart = i
    if (!p && runStart >= 0) {
      if ((i - runStart) / step >= minText) {
        const text = buf.toString(enc, runStart, i)
        if (/[a-z]{3,}/i.test(text) && / /.test(text)) {
          const code = CODE_WORDS.test(text)
          const what = code ? 'code-like text' : 'text'
          out.push({
            kind: step === 1 ? what : `UTF-16 ${what}`,
            offset: runStart,
            dangerous: code,
            preview: text.slice(0, 60)
          })
          if (once || out.length > 8) return true
        }
      }
      runStart = -1
    }
  }
  return false
}

function charEntropy(s: string): number {
  const counts = new Map<string, number>()
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1)
  let h = 0
  for (const n of counts.values()) h -= (n / s.length) * Math.log2(n / s.length)
  return h
}

function preview(buf: Buffer, at: number): string {
  return buf
    .subarray(at, at + 24)
    .toString('latin1')
    .replace(/[^\x20-\x7e]/g, '.')
}
