// The symbolic pickle machine: executes a pickle the way CPython's unpickler does (stack, metastack, memo,
// protocol, compat maps), except that imports and calls are recorded and judged instead of performed.
// Bytes come from a StreamReader window indexed directly; the loop only awaits to refill, so millions of
// opcodes run without per-opcode promises. Large byte strings are skipped, never copied.
import type { ByteSource } from '../../engine/source.js'
import { SliceSource } from '../../engine/source.js'
import { StreamReader } from '../../engine/stream.js'
import type { AnalysisContext } from '../../engine/context.js'
import { LimitExceeded } from '../../engine/limits.js'
import type { Severity } from '../../engine/types.js'
import type { PickleProfile, PickleResult } from './types.js'
import { OPS, WEIGHTS_ONLY_OPS, opName } from './opcodes.js'
import { Memo } from './memo.js'
import { CutSource } from './cut-source.js'
import { resolveImport, type ResolvedImport } from './imports.js'
import { parsePyInt, isPyFloat, escapeDecode, rawUnicodeEscapeDecode, utf8, latin1 } from './text.js'
import { suspiciousString, stringEvidence } from './strings.js'
import { looksLikePickle } from './sniff.js'
import {
  BIG_INT,
  BUFFER,
  BytesVal,
  CallVal,
  ContainerVal,
  EMPTY_TUPLE,
  FLOAT,
  F_DUP,
  F_MEMO,
  GlobalVal,
  K_BYTES,
  K_CALL,
  K_DICT,
  K_FROZENSET,
  K_LIST,
  K_SET,
  K_STRREF,
  KEEP_ITEMS,
  OpaqueVal,
  PersVal,
  StrRef,
  TupleVal,
  UNKNOWN,
  kindOf,
  render,
  toLiteral,
  type StrEncoding,
  type Value
} from './values.js'
import { nestedCall, sniffBytes } from './nested.js'
import { joblibArray } from './joblib.js'
import { addTarget, build, call, discard, foldStr, plainInstance } from './semantics.js'
import { scanRest } from './rest-scan.js'
import { skimAppends } from './skim.js'
import { mayHoldSecret, reportSecrets } from '../secrets/index.js'
import type { TensorNames } from './tensor-names.js'

/** Python str arguments up to this many bytes are decoded eagerly; longer ones stay references. */
const STR_INLINE = 4096
/** Lines (GLOBAL, INST, protocol 0 values) kept in memory up to this length; longer ones are skipped. */
const LINE_CAP = 64 * 1024
/** After this many decoded string bytes, further strings stay references (bounded memory). */
const DECODE_BUDGET = 256 * 1024 * 1024
const DEADLINE_EVERY = 100_000
const CHECK_EVERY = 4096
const MAX_FORKS = 4
const MAX_STRING_FINDINGS = 20
/** Findings with the same rule/severity/evidence (and result.imports entries per name) kept per analysis. */
const REPEATS = 8
/** Findings of one rule kept per analysis. */
const PER_RULE = 200

/** State shared by the main run, FRAME-divergence forks and nested joblib pickles of one analysis. */
export interface Shared {
  result: PickleResult
  once: Set<string>
  forks: { machine: PickleMachine; start: number }[]
  forkCount: number
  decoded: number
  stringFindings: number
  ext: Map<number, [string, string]>
  arrays: number
  repeats: Map<string, number>
  importCounts: Map<string, number>
  /** torch profile: where rebuilt tensors land (tensor-names.ts); fed by the primary run only. */
  names?: TensorNames
}

type ExecStatus = 'stop' | 'eof' | 'error' | 'abort'

function isStr(v: Value | undefined): v is string {
  return typeof v === 'string'
}

export class PickleMachine {
  readonly stack: Value[] = []
  readonly marks: number[] = []
  memo: Memo
  proto = 0
  private protoOps = 0
  private pickleStart = 0
  private r: StreamReader
  /** End of the C unpickler's current input buffer (a FRAME), 0 when none: reads straddling it diverge. */
  private frameEnd = 0
  private opsLeft = DEADLINE_EVERY
  private opcodes = 0
  private gets = 0
  private puts = 0
  private dups = 0
  private readonly seen = new Uint8Array(256)
  readonly torch: boolean
  readonly ts: boolean
  /** Whether this run's first STOP value is the analysis' firstValue. */
  private primary = true
  /** The last string decoded from a counted opcode and where its bytes are (compact memo storage). */
  private lastStr: string | undefined
  private lastStrAt = 0
  private lastStrLen = 0
  private lastStrEnc: StrEncoding = 'utf8'
  /** Bulk-data fast path (skim.ts): given up on after repeated failures without a success. */
  private skimOk = true
  private skimWins = 0
  private skimFails = 0

  constructor(
    readonly src: ByteSource,
    readonly ctx: AnalysisContext,
    readonly profile: PickleProfile,
    readonly shared: Shared,
    /** Maps offsets of `src` to offsets of the member (forks read a view with a range cut out). */
    readonly mapOff: (o: number) => number = (o) => o
  ) {
    this.memo = new Memo(ctx.limits.maxMemo)
    this.r = new StreamReader(src, 0)
    this.torch = profile === 'torch-weights'
    this.ts = profile === 'torchscript'
  }

  get result(): PickleResult {
    return this.shared.result
  }

  /** Where container writes are recorded for tensor names: the primary run of a torch pickle only. */
  private get names(): TensorNames | undefined {
    return this.primary ? this.shared.names : undefined
  }

  // ---------------------------------------------------------------- reporting

  /**
   * Records a finding. The same rule, severity and evidence is reported at most REPEATS times per analysis: a
   * crafted stream repeating one opcode a million times must not produce a million findings.
   */
  report(rule: string, message: string, at: number, severity?: Severity, evidence?: string): void {
    const key = `${rule}\0${severity ?? ''}\0${evidence ?? message}`
    const n = this.shared.repeats.get(key) ?? 0
    const perRule = this.shared.repeats.get(rule) ?? 0
    if (n >= REPEATS || perRule >= PER_RULE) return
    this.shared.repeats.set(key, n + 1)
    this.shared.repeats.set(rule, perRule + 1)
    this.ctx.report(rule, message, { offset: this.mapOff(at), severity, evidence })
  }

  /** Reports a rule once per analysis and key. */
  once(key: string, rule: string, message: string, at: number, severity?: Severity, evidence?: string): void {
    if (this.shared.once.has(key)) return
    this.shared.once.add(key)
    this.report(rule, message, at, severity, evidence)
  }

  // ---------------------------------------------------------------- the run

  /**
   * Runs every pickle from `start` (one when `single`). `resume`: continue the current state (a fork).
   * `primary`: this run's outcome is the analysis result (forks and nested joblib pickles are not).
   */
  async run(
    start: number,
    single: boolean,
    resume = false,
    primary = true
  ): Promise<{ status: ExecStatus; end: number }> {
    let pos = start
    const res = this.result
    this.primary = primary
    for (let first = true; ; first = false) {
      if (!(resume && first)) this.resetPickle(pos)
      const out = await this.exec(pos)
      const end = out.end
      if (primary) res.end = this.mapOff(end)
      if (out.status !== 'stop') {
        if (primary) res.complete = false
        return out
      }
      if (primary) {
        res.pickles++
        res.complete = true
      }
      if (single || end >= this.src.size) return out
      const head = Buffer.from(await this.src.read(end, 64 * 1024))
      if (looksLikePickle(head, end + head.length >= this.src.size)) {
        this.report(
          'PKL-030',
          `Another pickle starts after STOP at offset ${this.mapOff(end)}; it is analysed too`,
          end
        )
        pos = end
        continue
      }
      const rest = this.src.size - end
      this.report(
        'PKL-030',
        `${rest} bytes follow the pickle's STOP (ignored by pickle.load)`,
        end,
        undefined,
        `${rest} bytes`
      )
      if (head.length >= 4 && !(head[0] === 0x50 && head[1] === 0x4b))
        await this.ctx.analyzeMember(`trailing@${this.mapOff(end)}`, new SliceSource(this.src, end, rest))
      return out
    }
  }

  private resetPickle(pos: number): void {
    this.stack.length = 0
    this.marks.length = 0
    this.fence = 0
    this.memo = new Memo(this.ctx.limits.maxMemo)
    this.proto = 0
    this.protoOps = 0
    this.pickleStart = pos
    this.frameEnd = 0
    this.gets = this.puts = this.dups = 0
  }

  /** A copy of the machine state for a FRAME-divergence fork reading `src`. */
  fork(src: ByteSource, mapOff: (o: number) => number): PickleMachine {
    const m = new PickleMachine(src, this.ctx, this.profile, this.shared, mapOff)
    m.stack.push(...this.stack)
    m.marks.push(...this.marks)
    m.fence = this.fence
    m.memo = this.memo.clone()
    m.proto = this.proto
    m.protoOps = this.protoOps
    m.pickleStart = this.pickleStart
    m.seen.set(this.seen)
    return m
  }

  /** A fresh machine for a nested pickle inline in the same stream (joblib object arrays). */
  nested(): PickleMachine {
    return new PickleMachine(this.src, this.ctx, this.profile, this.shared, this.mapOff)
  }

  // ---------------------------------------------------------------- byte access

  private window(): { b: Buffer; base: number; lim: number } {
    const b = this.r.window
    const base = this.r.windowStart
    return { b, base, lim: base + b.length }
  }

  private async fill(pos: number, n: number): Promise<void> {
    this.r.seek(pos)
    await this.r.ensure(n)
  }

  /**
   * Finds the line starting at `pos`: returns [start, end) of its text (end = the '\n'), `long` when it is
   * longer than LINE_CAP (not kept), or null when the stream ends without a newline.
   */
  private async line(pos: number): Promise<{ end: number; long: boolean } | null> {
    let want = 256
    for (;;) {
      let { b, base, lim } = this.window()
      if (pos < base || pos > lim) {
        await this.fill(pos, Math.min(want, this.src.size - pos))
        ;({ b, base, lim } = this.window())
      }
      const i = b.indexOf(0x0a, pos - base)
      if (i >= 0) return { end: base + i, long: false }
      if (lim >= this.src.size) return null
      if (lim - pos >= LINE_CAP) return this.longLine(pos)
      want = Math.min(LINE_CAP + 1, (lim - pos) * 2 + 4096)
      await this.fill(pos, want)
    }
  }

  private async longLine(pos: number): Promise<{ end: number; long: boolean } | null> {
    let at = pos
    while (at < this.src.size) {
      this.ctx.checkDeadline(this.mapOff(at))
      const chunk = await this.src.read(at, 1 << 20)
      if (chunk.length === 0) break
      const i = chunk.indexOf(0x0a)
      if (i >= 0) return { end: at + i, long: true }
      at += chunk.length
    }
    return null
  }

  private async bytesAt(pos: number, n: number): Promise<Buffer> {
    const { b, base, lim } = this.window()
    if (pos >= base && pos + n <= lim) return b.subarray(pos - base, pos - base + n)
    return Buffer.from(await this.src.read(pos, n))
  }

  /** Text of a str reference (for STACK_GLOBAL operands, payload decoding). Bounded by maxHeaderBytes. */
  async strText(s: StrRef): Promise<string | undefined> {
    if (s.length > this.ctx.limits.maxHeaderBytes) return undefined
    const raw = Buffer.from(await this.src.read(s.offset, s.length))
    return decodeStr(raw, s.encoding) ?? undefined
  }

  // ---------------------------------------------------------------- stack helpers

  /** Stack length at the innermost MARK (0 without one): values below it belong to the metastack. */
  private fence = 0

  private markBase(): number {
    return this.fence
  }

  private pushMark(): void {
    this.marks.push(this.stack.length)
    this.fence = this.stack.length
  }

  private dropMark(): number {
    const m = this.marks.pop()!
    this.fence = this.marks.length ? this.marks[this.marks.length - 1]! : 0
    return m
  }

  private underflow(at: number, op: number): void {
    this.report(
      'PKL-052',
      `${opName(op)} pops from an empty stack (the unpickler raises here)`,
      at,
      undefined,
      opName(op)
    )
  }

  private pop(at: number, op: number): Value {
    if (this.stack.length > this.markBase()) return this.stack.pop()!
    this.underflow(at, op)
    return UNKNOWN
  }

  private top(at: number, op: number): Value {
    if (this.stack.length > this.markBase()) return this.stack[this.stack.length - 1]!
    this.underflow(at, op)
    this.stack.push(UNKNOWN)
    return UNKNOWN
  }

  private popMark(at: number, op: number): Value[] {
    if (!this.marks.length) {
      this.report('PKL-052', `${opName(op)} without a MARK (the unpickler raises here)`, at, undefined, opName(op))
      return []
    }
    const m = this.dropMark()
    return this.stack.splice(m)
  }

  // ---------------------------------------------------------------- the opcode loop

  /** Bytes values that look like serialised content, analysed once the pickle is done (unless a loader took them). */
  private blobs: [BytesVal, number][] = []

  private async exec(start: number): Promise<{ status: ExecStatus; end: number }> {
    const out = await this.steps(start)
    await this.flushBlobs()
    return out
  }

  private async flushBlobs(): Promise<void> {
    const blobs = this.blobs
    this.blobs = []
    for (const [v, at] of blobs) await sniffNested(this, v, at)
  }

  private async steps(start: number): Promise<{ status: ExecStatus; end: number }> {
    const size = this.src.size
    const stack = this.stack
    const maxStack = this.ctx.limits.maxStack
    const maxOps = this.ctx.limits.maxOpcodes
    let pos = start
    await this.fill(pos, 64)
    let { b, base, lim } = this.window()
    let at = pos
    let op = 0
    const fail = (msg: string, evidence?: string, rest = pos): { status: ExecStatus; end: number } => {
      this.malformed(at, msg, evidence, rest)
      return { status: 'error', end: at }
    }
    // The data ends inside an argument: nothing is left unread, so no GEN-003.
    const truncated = (what: string) => fail(`${what} is cut off by the end of the data`, opName(op), -1)
    const seen = this.seen
    // Limits and the deadline are checked every CHECK_EVERY opcodes (exactly at maxOpcodes).
    let ops = 0
    let budget = 0
    try {
      for (;;) {
        if (budget === 0) {
          const total = this.opcodes + ops
          if (total >= maxOps)
            throw new LimitExceeded('maxOpcodes', `more than ${maxOps} pickle opcodes`, this.mapOff(pos))
          const depth = stack.length + this.marks.length
          if (depth > maxStack)
            throw new LimitExceeded('maxStack', `pickle stack deeper than ${maxStack}`, this.mapOff(pos))
          this.opsLeft -= CHECK_EVERY
          if (this.opsLeft <= 0) {
            this.opsLeft = DEADLINE_EVERY
            this.ctx.checkDeadline(this.mapOff(pos))
          }
          // one opcode grows the stack by at most one, so the stack limit cannot be passed unseen either
          budget = Math.min(CHECK_EVERY, maxOps - total, Math.max(1, maxStack - depth))
        }
        budget--
        if (pos + 16 > lim) {
          if (lim < size) {
            await this.fill(pos, 64)
            ;({ b, base, lim } = this.window())
          }
          if (pos >= size) {
            this.malformed(pos, 'the pickle ends without STOP', undefined, pos)
            return { status: 'eof', end: pos }
          }
        }
        at = pos
        op = b[pos - base]!
        pos++
        ops++
        if (seen[op] === 0) this.firstUse(op, at)

        switch (op) {
          // ------------------------------------------------ structure
          case 0x28: {
            // MARK
            this.pushMark()
            // a batch appended to a list that keeps no more items: skim it when it is plain data
            const t = stack.length > 0 ? stack[stack.length - 1]! : null
            if (this.skimOk && kindOf(t) === K_LIST && (t as ContainerVal).items.length >= KEEP_ITEMS) {
              const r = skimAppends(
                b,
                base,
                pos,
                lim,
                this.frameEnd,
                { ops: maxOps - (this.opcodes + ops) + 1, depth: maxStack - stack.length - this.marks.length, size },
                this.memo,
                seen
              )
              if (r) {
                this.dropMark()
                ;(t as ContainerVal).n += r.items
                pos = r.end
                ops += r.ops - 1
                // the next opcode runs the checkpoint (limits, deadline) when the batch used up the interval
                budget = Math.max(0, budget - (r.ops - 1))
                this.frameEnd = r.frameEnd
                this.puts += r.puts
                this.skimWins++
              } else if (this.memo.compact && ++this.skimFails > 64 && this.skimWins === 0) this.skimOk = false
            }
            break
          }
          case 0x2e: {
            // STOP
            const v = this.pop(at, op)
            this.finishPickle(v, at)
            return { status: 'stop', end: pos }
          }
          case 0x30: // POP
            if (stack.length > this.markBase()) discard(this, stack.pop()!, at)
            else if (this.marks.length) this.dropMark()
            else this.underflow(at, op)
            break
          case 0x31: // POP_MARK
            for (const v of this.popMark(at, op)) discard(this, v, at)
            break
          case 0x32: {
            // DUP
            const v = this.top(at, op)
            if (kindOf(v) === K_CALL) (v as CallVal).flags |= F_DUP
            stack.push(v)
            if (++this.dups === 101) this.report('PKL-040', 'More than 100 DUP opcodes (no pickler emits DUP)', at)
            break
          }
          // ------------------------------------------------ numbers
          case 0x4a: // BININT
            if (pos + 4 > lim) return truncated('BININT argument')
            if (pos < this.frameEnd && pos + 4 > this.frameEnd) this.straddle(at, pos, 4)
            {
              const i = pos - base
              stack.push(b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24))
            }
            pos += 4
            break
          case 0x4b: // BININT1
            if (pos + 1 > lim) return truncated('BININT1 argument')
            stack.push(b[pos - base]!)
            pos += 1
            break
          case 0x4d: // BININT2
            if (pos + 2 > lim) return truncated('BININT2 argument')
            if (pos < this.frameEnd && pos + 2 > this.frameEnd) this.straddle(at, pos, 2)
            stack.push(b[pos - base]! | (b[pos - base + 1]! << 8))
            pos += 2
            break
          case 0x47: // BINFLOAT
            if (pos + 8 > lim) return truncated('BINFLOAT argument')
            if (pos < this.frameEnd && pos + 8 > this.frameEnd) this.straddle(at, pos, 8)
            stack.push(FLOAT)
            pos += 8
            break
          case 0x88: // NEWTRUE
            stack.push(true)
            break
          case 0x89: // NEWFALSE
            stack.push(false)
            break
          case 0x4e: // NONE
            stack.push(null)
            break
          case 0x8a: // LONG1
          case 0x8b: {
            // LONG4
            const w = op === 0x8a ? 1 : 4
            if (pos + w > lim) return truncated(`${opName(op)} length`)
            if (pos < this.frameEnd && pos + w > this.frameEnd) this.straddle(at, pos, w)
            const n = w === 1 ? b[pos - base]! : b.readInt32LE(pos - base)
            pos += w
            if (n < 0) return fail('LONG4 has a negative byte count')
            if (n > size - pos) return this.tooLong(at, pos, n, size)
            if (pos < this.frameEnd && pos + n > this.frameEnd) this.straddle(at, pos, n)
            if (n <= 64) {
              if (pos + n > lim) {
                await this.fill(pos, n)
                ;({ b, base, lim } = this.window())
              }
              stack.push(decodeLong(b, pos - base, n))
            } else {
              stack.push(BIG_INT)
              if (n > 4096) this.once(`long@${at}`, 'PKL-040', `LONG4 of ${n} bytes (a number no model needs)`, at)
            }
            pos += n
            break
          }
          // ------------------------------------------------ strings and bytes
          case 0x8c: // SHORT_BINUNICODE
          case 0x58: // BINUNICODE
          case 0x8d: // BINUNICODE8
          case 0x55: // SHORT_BINSTRING
          case 0x54: // BINSTRING
          case 0x43: // SHORT_BINBYTES
          case 0x42: // BINBYTES
          case 0x8e: // BINBYTES8
          case 0x96: {
            // BYTEARRAY8
            const w = op === 0x8c || op === 0x55 || op === 0x43 ? 1 : op === 0x8d || op === 0x8e || op === 0x96 ? 8 : 4
            if (pos + w > lim) return truncated(`${opName(op)} length`)
            if (pos < this.frameEnd && pos + w > this.frameEnd) this.straddle(at, pos, w)
            let n: number
            if (w === 1) n = b[pos - base]!
            else if (w === 4) n = op === 0x54 ? b.readInt32LE(pos - base) : b.readUInt32LE(pos - base)
            else {
              const big = b.readBigUInt64LE(pos - base)
              if (big > BigInt(size - pos - 8)) {
                pos += 8
                return this.tooLong(at, pos, big, size)
              }
              n = Number(big)
            }
            pos += w
            if (n < 0) return fail(`${opName(op)} has a negative byte count`)
            if (n > size - pos) return this.tooLong(at, pos, n, size)
            const isBytes = op === 0x43 || op === 0x42 || op === 0x8e || op === 0x96
            if (isBytes) {
              const v = new BytesVal(pos, n, op === 0x96)
              stack.push(v)
              if (n >= 16) {
                const i = pos - base
                const head = pos + 8 <= lim ? b.subarray(i, i + 8) : await this.bytesAt(pos, 8)
                if (sniffBytes(head)) {
                  this.blobs.push([v, at])
                  if (this.blobs.length >= 256) {
                    await this.flushBlobs()
                    ;({ b, base, lim } = this.window())
                  }
                } else if (n <= STR_INLINE && pos + n <= lim) this.checkString(b.toString('latin1', i, i + n), at)
              }
              pos += n
              break
            }
            if (pos < this.frameEnd && pos + n > this.frameEnd) this.straddle(at, pos, n)
            const enc: StrEncoding = op === 0x55 || op === 0x54 ? 'latin1' : 'utf8'
            if (n > STR_INLINE || this.shared.decoded > DECODE_BUDGET) {
              stack.push(new StrRef(pos, n, enc))
              pos += n
              break
            }
            if (pos + n > lim) {
              await this.fill(pos, n)
              ;({ b, base, lim } = this.window())
            }
            const i = pos - base
            const s = enc === 'utf8' ? utf8(b, i, i + n) : latin1(b, i, i + n)
            this.lastStr = s
            this.lastStrAt = pos
            this.lastStrLen = n
            this.lastStrEnc = enc
            this.shared.decoded += n
            if (n >= 7) this.checkString(s, at)
            stack.push(s)
            pos += n
            break
          }
          case 0x97: // NEXT_BUFFER
            stack.push(BUFFER)
            break
          case 0x98: // READONLY_BUFFER
            this.top(at, op)
            break
          // ------------------------------------------------ containers
          case 0x29: // EMPTY_TUPLE
            stack.push(EMPTY_TUPLE)
            break
          case 0x85: // TUPLE1
            stack.push(new TupleVal([this.pop(at, op)], 1))
            break
          case 0x86: {
            // TUPLE2
            const y = this.pop(at, op)
            const x = this.pop(at, op)
            stack.push(new TupleVal([x, y], 2))
            break
          }
          case 0x87: {
            // TUPLE3
            const z = this.pop(at, op)
            const y = this.pop(at, op)
            const x = this.pop(at, op)
            stack.push(new TupleVal([x, y, z], 3))
            break
          }
          case 0x74: {
            // TUPLE
            const items = this.popMark(at, op)
            stack.push(
              items.length === 0
                ? EMPTY_TUPLE
                : new TupleVal(items.length > KEEP_ITEMS ? items.slice(0, KEEP_ITEMS) : items, items.length)
            )
            break
          }
          case 0x5d: // EMPTY_LIST
            stack.push(new ContainerVal(K_LIST))
            break
          case 0x7d: // EMPTY_DICT
            stack.push(new ContainerVal(K_DICT))
            break
          case 0x8f: // EMPTY_SET
            stack.push(new ContainerVal(K_SET))
            break
          case 0x6c: // LIST
          case 0x91: {
            // FROZENSET
            const items = this.popMark(at, op)
            const c = new ContainerVal(op === 0x6c ? K_LIST : K_FROZENSET)
            for (const v of items) c.add(v)
            stack.push(c)
            break
          }
          case 0x64: {
            // DICT
            const items = this.popMark(at, op)
            if (items.length % 2) this.malformed(at, 'DICT with an odd number of items', undefined, -1)
            const c = new ContainerVal(K_DICT)
            for (let i = 0; i + 1 < items.length; i += 2) c.addPair(items[i]!, items[i + 1]!)
            stack.push(c)
            break
          }
          case 0x61: {
            // APPEND
            const v = this.pop(at, op)
            const target = this.top(at, op)
            const t = addTarget(this, target, K_LIST, at, op)
            if (t && this.names) this.names.add(target, t.n, v)
            t?.add(v)
            break
          }
          case 0x65: // APPENDS
          case 0x90: {
            // ADDITEMS
            const items = this.popMark(at, op)
            const target = this.top(at, op)
            const t = addTarget(this, target, op === 0x65 ? K_LIST : K_SET, at, op)
            if (t && op === 0x65 && this.names) this.names.addItems(target, t.n, items)
            t?.addAll(items)
            break
          }
          case 0x73: {
            // SETITEM
            const v = this.pop(at, op)
            const k = this.pop(at, op)
            const target = this.top(at, op)
            const t = addTarget(this, target, K_DICT, at, op)
            t?.addPair(k, v)
            if (t && this.names) this.names.add(target, k, v)
            break
          }
          case 0x75: {
            // SETITEMS
            const items = this.popMark(at, op)
            if (items.length % 2) this.malformed(at, 'SETITEMS with an odd number of items', undefined, -1)
            const target = this.top(at, op)
            const t = addTarget(this, target, K_DICT, at, op)
            if (t) for (let i = 0; i + 1 < items.length; i += 2) t.addPair(items[i]!, items[i + 1]!)
            const names = t && this.names
            if (names) for (let i = 0; i + 1 < items.length; i += 2) names.add(target, items[i]!, items[i + 1]!)
            break
          }
          // ------------------------------------------------ memo
          case 0x68: // BINGET
          case 0x6a: {
            // LONG_BINGET
            const w = op === 0x68 ? 1 : 4
            if (pos + w > lim) return truncated(`${opName(op)} argument`)
            if (pos < this.frameEnd && pos + w > this.frameEnd) this.straddle(at, pos, w)
            const key = w === 1 ? b[pos - base]! : b.readUInt32LE(pos - base)
            pos += w
            this.memoGet(key, at)
            break
          }
          case 0x71: // BINPUT
          case 0x72: {
            // LONG_BINPUT
            const w = op === 0x71 ? 1 : 4
            if (pos + w > lim) return truncated(`${opName(op)} argument`)
            if (pos < this.frameEnd && pos + w > this.frameEnd) this.straddle(at, pos, w)
            const key = w === 1 ? b[pos - base]! : b.readUInt32LE(pos - base)
            pos += w
            this.memoPut(key, at, op)
            break
          }
          case 0x94: // MEMOIZE
            this.memoPut(this.memo.size, at, op)
            break
          // ------------------------------------------------ imports and calls
          case 0x93: {
            // STACK_GLOBAL
            const name = this.pop(at, op)
            const module = this.pop(at, op)
            stack.push(await this.stackGlobal(module, name, at))
            ;({ b, base, lim } = this.window())
            break
          }
          case 0x52: {
            // REDUCE
            const args = this.pop(at, op)
            const fn = this.pop(at, op)
            stack.push(call(this, 'REDUCE', fn, args, at))
            if (this.pending.length) {
              await this.flushPending(at)
              ;({ b, base, lim } = this.window())
            }
            break
          }
          case 0x81: {
            // NEWOBJ
            const args = this.pop(at, op)
            const cls = this.pop(at, op)
            stack.push(call(this, 'NEWOBJ', cls, args, at))
            if (this.pending.length) {
              await this.flushPending(at)
              ;({ b, base, lim } = this.window())
            }
            break
          }
          case 0x92: {
            // NEWOBJ_EX
            const kw = this.pop(at, op)
            const args = this.pop(at, op)
            const cls = this.pop(at, op)
            stack.push(call(this, 'NEWOBJ_EX', cls, args, at, kw))
            if (this.pending.length) {
              await this.flushPending(at)
              ;({ b, base, lim } = this.window())
            }
            break
          }
          case 0x6f: {
            // OBJ
            const items = this.popMark(at, op)
            if (!items.length) {
              this.underflow(at, op)
              stack.push(UNKNOWN)
              break
            }
            const cls = items[0]!
            const rest = items.slice(1)
            stack.push(call(this, 'OBJ', cls, new TupleVal(rest.slice(0, KEEP_ITEMS), rest.length), at))
            if (this.pending.length) {
              await this.flushPending(at)
              ;({ b, base, lim } = this.window())
            }
            break
          }
          case 0x62: {
            // BUILD
            const state = this.pop(at, op)
            const inst = this.top(at, op)
            const wrapper = build(this, inst, state, at)
            if (wrapper) {
              stack.pop()
              const next = await joblibArray(this, inst as CallVal, wrapper, pos, at, this.frameEnd)
              if (next < 0) {
                await scanRest(this, pos)
                return { status: 'abort', end: pos }
              }
              stack.push(new OpaqueVal('numpy array'))
              pos = next
              await this.fill(pos, 64)
              ;({ b, base, lim } = this.window())
            }
            break
          }
          case 0x82: // EXT1
          case 0x83: // EXT2
          case 0x84: {
            // EXT4
            const w = op === 0x82 ? 1 : op === 0x83 ? 2 : 4
            if (pos + w > lim) return truncated(`${opName(op)} argument`)
            if (pos < this.frameEnd && pos + w > this.frameEnd) this.straddle(at, pos, w)
            const code = w === 1 ? b[pos - base]! : w === 2 ? b.readUInt16LE(pos - base) : b.readInt32LE(pos - base)
            pos += w
            stack.push(this.ext(code, at, op))
            break
          }
          case 0x51: {
            // BINPERSID
            const pid = this.pop(at, op)
            stack.push(this.persid(pid, at))
            break
          }
          case 0x80: {
            // PROTO
            if (pos + 1 > lim) return truncated('PROTO argument')
            this.protocol(b[pos - base]!, at)
            pos += 1
            break
          }
          case 0x95: {
            // FRAME
            if (pos + 8 > lim) return truncated('FRAME length')
            if (pos < this.frameEnd && pos + 8 > this.frameEnd) this.straddle(at, pos, 8)
            const big = b.readBigUInt64LE(pos - base)
            pos += 8
            if (big > BigInt(size - pos)) return this.tooLong(at, pos, big, size)
            const n = Number(big)
            if (pos < this.frameEnd) {
              this.once(
                `frame-in-frame@${at}`,
                'PKL-050',
                'Malformed pickle: FRAME begins before the previous frame ends (the pure-Python unpickler refuses this; the C unpickler continues)',
                at
              )
              if (pos + n > this.frameEnd) this.straddle(at, pos, n)
              else break
            }
            this.frameEnd = pos + n
            break
          }
          // ------------------------------------------------ line-argument opcodes (protocol 0)
          case 0x63: // GLOBAL
          case 0x69: // INST
          case 0x50: // PERSID
          case 0x49: // INT
          case 0x4c: // LONG
          case 0x46: // FLOAT
          case 0x53: // STRING
          case 0x56: // UNICODE
          case 0x67: // GET
          case 0x70: {
            // PUT
            // a line already in the window is found without a trip through the event loop (the usual case)
            const n1 = b.indexOf(0x0a, pos - base)
            const l1 = n1 >= 0 ? { end: base + n1, long: false } : await this.line(pos)
            if (n1 < 0) ({ b, base, lim } = this.window())
            if (!l1) return fail(`${opName(op)} line has no newline before the end of the data`, opName(op), -1)
            this.straddle(at, pos, l1.end + 1 - pos)
            if (op === 0x63 || op === 0x69) {
              const n2 = l1.end + 1 >= base ? b.indexOf(0x0a, l1.end + 1 - base) : -1
              const l2 = n2 >= 0 ? { end: base + n2, long: false } : await this.line(l1.end + 1)
              if (n2 < 0) ({ b, base, lim } = this.window())
              if (!l2)
                return fail(`${opName(op)} second line has no newline before the end of the data`, opName(op), -1)
              this.straddle(at, l1.end + 1, l2.end - l1.end)
              if (l1.long || l2.long) {
                this.report('PKL-003', `${opName(op)} names a module or attribute longer than ${LINE_CAP} bytes`, at)
                pos = l2.end + 1
                ;({ b, base, lim } = this.window())
                if (op === 0x69) this.popMark(at, op)
                stack.push(UNKNOWN)
                break
              }
              const enc = op === 0x63 ? 'utf8' : 'latin1'
              const mod = this.textNow(pos, l1.end, enc) ?? (await this.text(pos, l1.end, enc))
              const nm = this.textNow(l1.end + 1, l2.end, enc) ?? (await this.text(l1.end + 1, l2.end, enc))
              pos = l2.end + 1
              const g = this.importGlobal(mod, nm, at, opName(op))
              if (op === 0x69) {
                const items = this.popMark(at, op)
                stack.push(call(this, 'INST', g, new TupleVal(items.slice(0, KEEP_ITEMS), items.length), at))
                if (this.pending.length) await this.flushPending(at)
              } else stack.push(g)
              ;({ b, base, lim } = this.window())
              break
            }
            const start = pos
            pos = l1.end + 1
            if (l1.long) {
              if (op === 0x53 || op === 0x56)
                stack.push(new StrRef(start, l1.end - start, op === 0x53 ? 'escape' : 'raw-unicode-escape'))
              else if (op === 0x4c || op === 0x49) {
                this.report(
                  'PKL-040',
                  `${opName(op)} with a ${l1.end - start}-byte decimal number (quadratic to parse)`,
                  at
                )
                stack.push(BIG_INT)
              } else return fail(`${opName(op)} argument longer than ${LINE_CAP} bytes`)
              ;({ b, base, lim } = this.window())
              break
            }
            const raw = Buffer.from(await this.bytesAt(start, l1.end - start))
            ;({ b, base, lim } = this.window())
            const r = this.lineOp(op, raw, at)
            if (r === false) return fail(`invalid ${opName(op)} argument`, stringEvidence(raw.toString('latin1'), 60))
            break
          }
          default:
            pos = at
            return fail(`unknown opcode 0x${op.toString(16).padStart(2, '0')}`, `0x${op.toString(16).padStart(2, '0')}`)
        }
      }
    } finally {
      this.opcodes += ops
    }
  }

  /** A line's text when it is in the window (undefined: read it with text()). */
  private textNow(start: number, end: number, enc: 'utf8' | 'latin1'): string | undefined {
    const { b, base, lim } = this.window()
    if (start < base || end > lim) return undefined
    return enc === 'utf8' ? utf8(b, start - base, end - base) : latin1(b, start - base, end - base)
  }

  /** Decodes a line's text; lines are in the window or re-read. */
  private async text(start: number, end: number, enc: 'utf8' | 'latin1'): Promise<string> {
    const raw = await this.bytesAt(start, end - start)
    return enc === 'utf8' ? utf8(raw, 0, raw.length) : raw.toString('latin1')
  }

  /** INT, LONG, FLOAT, STRING, UNICODE, GET, PUT, PERSID with their line. False when the argument is invalid. */
  private lineOp(op: number, raw: Buffer, at: number): boolean {
    const t = raw.toString('latin1')
    switch (op) {
      case 0x49: {
        // INT
        if (t === '00' || t === '01') {
          this.stack.push(t === '01')
          return true
        }
        const v = parsePyInt(t, true)
        if (v === null) return false
        this.stack.push(v)
        if (t.length > 4300) this.report('PKL-040', `INT with ${t.length} digits`, at)
        return true
      }
      case 0x4c: {
        // LONG
        const v = parsePyInt(t.endsWith('L') ? t.slice(0, -1) : t, true)
        if (v === null) return false
        if (t.length > 4300) this.report('PKL-040', `LONG with ${t.length} digits (quadratic to parse)`, at)
        this.stack.push(v)
        return true
      }
      case 0x46: // FLOAT
        if (!isPyFloat(t)) return false
        this.stack.push(FLOAT)
        return true
      case 0x53: {
        // STRING
        if (t.length < 2 || t[0] !== t[t.length - 1] || (t[0] !== "'" && t[0] !== '"')) return false
        const s = escapeDecode(raw.subarray(1, raw.length - 1))
        if (s === null) return false
        this.checkString(s, at)
        this.stack.push(s)
        return true
      }
      case 0x56: {
        // UNICODE
        const s = rawUnicodeEscapeDecode(raw)
        if (s === null) return false
        this.checkString(s, at)
        this.stack.push(s)
        return true
      }
      case 0x67: // GET
      case 0x70: {
        // PUT
        const v = parsePyInt(t, false)
        if (v === null || typeof v === 'bigint' || v < 0) return false
        if (op === 0x67) this.memoGet(v, at)
        else this.memoPut(v, at, op)
        return true
      }
      case 0x50: {
        // PERSID
        this.stack.push(this.persid(t, at))
        return true
      }
    }
    return false
  }

  // ---------------------------------------------------------------- checks on first use of an opcode

  private firstUse(op: number, at: number): void {
    this.seen[op] = 1
    const info = OPS[op]
    if (!info) return
    if (this.torch && !WEIGHTS_ONLY_OPS.has(op))
      this.once(
        `pt002:${op}`,
        'PT-002',
        `data.pkl uses ${info.name}, which torch.load(weights_only=True) rejects`,
        at,
        'medium',
        info.name
      )
    if (this.protoOps > 0 && info.proto > this.proto)
      this.once(
        `pkl032:${op}`,
        'PKL-032',
        `${info.name} is a protocol ${info.proto} opcode in a stream that declares protocol ${this.proto}`,
        at,
        undefined,
        info.name
      )
  }

  private protocol(v: number, at: number): void {
    this.protoOps++
    if (this.protoOps === 1 && this.result.proto === undefined) this.result.proto = v
    if (v > 5)
      this.report(
        'PKL-031',
        `PROTO ${v} is above the highest protocol (5); Python refuses the file`,
        at,
        undefined,
        `PROTO ${v}`
      )
    else if (this.protoOps > 1)
      this.report('PKL-031', `PROTO repeated (now ${v}); writers emit it once`, at, undefined, `PROTO ${v}`)
    else if (at !== this.pickleStart)
      this.report('PKL-031', `PROTO ${v} is not the first opcode`, at, undefined, `PROTO ${v}`)
    if (this.torch && v !== 2 && !this.shared.once.has('pt002:proto')) {
      this.shared.once.add('pt002:proto')
      this.report('PT-002', `data.pkl declares protocol ${v}; torch.save writes protocol 2`, at, 'low', `PROTO ${v}`)
    }
    this.proto = v
  }

  // ---------------------------------------------------------------- errors

  /** A malformed stream: PKL-050 (earlier findings stay). `rest` = offset from which bytes went unread (-1: none). */
  malformed(at: number, message: string, evidence: string | undefined, rest: number): void {
    this.report('PKL-050', `Malformed pickle: ${message}`, at, undefined, evidence)
    if (rest >= 0 && rest < this.src.size)
      this.ctx.report(
        'GEN-003',
        `Not analysed: ${this.src.size - rest} bytes of the pickle stream after offset ${this.mapOff(at)} (${message})`,
        {
          offset: this.mapOff(at)
        }
      )
  }

  private tooLong(at: number, pos: number, n: number | bigint, size: number): { status: ExecStatus; end: number } {
    this.report(
      'PKL-050',
      `Malformed pickle: ${opName(this.peekOp(at))} declares ${n} bytes but only ${Math.max(0, size - pos)} are left`,
      at,
      undefined,
      String(n)
    )
    return { status: 'error', end: at }
  }

  // ---------------------------------------------------------------- FRAME divergence

  /** A read of n bytes at pos (Read semantics): when it crosses the frame end, fork the C-unpickler view. */
  private straddle(at: number, pos: number, n: number): void {
    const fe = this.frameEnd
    if (!(pos < fe && pos + n > fe)) return
    this.frameEnd = 0
    this.report(
      'PKL-050',
      `Malformed pickle: ${opName(this.peekOp(at))} at offset ${this.mapOff(at)} reads across the end of its FRAME (offset ${this.mapOff(fe)}); loaders disagree on what follows (pickle.loads reads on, the C unpickler on a file without peek() drops the frame tail, the pure-Python unpickler fails) and both readings are analysed`,
      at,
      undefined,
      opName(this.peekOp(at))
    )
    if (this.shared.forkCount >= MAX_FORKS) return
    this.shared.forkCount++
    const cut = new CutSource(this.src, pos, fe)
    const parentMap = this.mapOff
    const machine = this.fork(cut, (o) => parentMap(cut.toParent(o)))
    this.shared.forks.push({ machine, start: at })
  }

  private peekOp(at: number): number {
    const { b, base, lim } = this.window()
    return at >= base && at < lim ? b[at - base]! : 0
  }

  // ---------------------------------------------------------------- memo

  private memoGet(key: number, at: number): void {
    this.gets++
    const v = this.memo.get(key)
    if (v === undefined) {
      this.report(
        'PKL-053',
        `Memo GET of key ${key}, which was never stored (the unpickler raises KeyError)`,
        at,
        undefined,
        String(key)
      )
      this.stack.push(UNKNOWN)
      return
    }
    this.stack.push(v)
  }

  private memoPut(key: number, at: number, op: number): void {
    this.puts++
    if (this.stack.length <= this.markBase()) {
      this.underflow(at, op)
      return
    }
    const v = this.stack[this.stack.length - 1]!
    if (kindOf(v) === K_CALL) (v as CallVal).flags |= F_MEMO
    if (!(this.memo.compact && this.putCompact(key, v)) && !this.memo.set(key, v))
      throw new LimitExceeded('maxMemo', `more than ${this.ctx.limits.maxMemo} pickle memo entries`, this.mapOff(at))
  }

  /**
   * Past the memo's keep budget, values that cannot name or reach anything dangerous are stored compactly:
   * strings and bytes by their span, plain containers and objects of uninteresting classes as opaque values.
   * A later GET then sees less detail (fail-safe: unresolvable operands are findings), never less danger.
   */
  private putCompact(key: number, v: Value): boolean {
    if (typeof v === 'string')
      return v === this.lastStr && this.memo.setRef(key, this.lastStrEnc, this.lastStrAt, this.lastStrLen)
    if (typeof v !== 'object' || v === null) return false
    switch (v.k) {
      case K_STRREF: {
        const r = v as StrRef
        return this.memo.setRef(key, r.encoding, r.offset, r.length)
      }
      case K_BYTES: {
        const b = v as BytesVal
        return this.memo.setRef(key, b.mutable ? 'bytearray' : 'bytes', b.offset, b.length)
      }
      case K_LIST:
        return this.memo.setOpaque(key, 'list')
      case K_DICT:
        return this.memo.setOpaque(key, 'dict')
      case K_SET:
      case K_FROZENSET:
        return this.memo.setOpaque(key, 'set')
      case K_CALL:
        return plainInstance(v as CallVal) && this.memo.setOpaque(key, 'object')
    }
    return false
  }

  // ---------------------------------------------------------------- imports

  importGlobal(module: string, name: string, at: number, how: string): GlobalVal {
    return this.recordImport(resolveImport(module, name, this.proto, this.profile, how), at)
  }

  recordImport(imp: ResolvedImport, at: number): GlobalVal {
    // the inventory lists `module.name` imports; a bare module (import_module('os')) is judged but not listed
    if (imp.name !== '') {
      this.ctx.addImport(imp.full)
      const n = this.shared.importCounts.get(imp.full) ?? 0
      if (n < REPEATS) {
        this.shared.importCounts.set(imp.full, n + 1)
        this.result.imports.push({ name: imp.full, offset: this.mapOff(at) })
      }
    }
    for (const f of imp.findings) this.report(f.rule, f.message, at, f.severity, f.evidence)
    return new GlobalVal(imp.full, imp.module, imp.verdict, this.mapOff(at))
  }

  private async stackGlobal(module: Value, name: Value, at: number): Promise<Value> {
    const m = kindOf(module) === K_STRREF ? await this.strText(module as StrRef) : module
    const n = kindOf(name) === K_STRREF ? await this.strText(name as StrRef) : name
    if (isStr(m) && isStr(n)) return this.importGlobal(m, n, at, 'STACK_GLOBAL')
    const why = (v: Value | undefined) =>
      v === undefined ? 'an undecodable string' : isStr(v) ? JSON.stringify(v) : `not a str (${render(v, 80)})`
    // Operands computed by pure string functions (str.join…) can still be evaluated: say what they import.
    const fm = m === undefined ? undefined : foldStr(m)
    const fn = n === undefined ? undefined : foldStr(n)
    const folded = fm !== undefined && fn !== undefined
    this.report(
      'PKL-003',
      `STACK_GLOBAL module ${why(m)}, name ${why(n)}: the import is computed at load time${
        folded ? ` (it evaluates to ${fm}.${fn})` : ''
      }`,
      at,
      undefined,
      `${render(module, 60)} . ${render(name, 60)}`
    )
    return folded ? this.importGlobal(fm, fn, at, 'STACK_GLOBAL (computed operands)') : UNKNOWN
  }

  private ext(code: number, at: number, op: number): Value {
    const known = this.shared.ext.get(code)
    this.report(
      'PKL-004',
      `${opName(op)} ${code} imports through the copyreg extension registry${known ? ` (registered in this pickle as ${known.join('.')})` : ' (unknowable statically)'}`,
      at,
      undefined,
      `${opName(op)} ${code}`
    )
    if (code <= 0) this.malformed(at, `${opName(op)} code ${code} <= 0`, undefined, -1)
    if (known) return this.importGlobal(known[0], known[1], at, opName(op))
    return new GlobalVal(
      `copyreg.extension[${code}]`,
      'copyreg',
      { kind: 'unknown', severity: 'high', root: 'copyreg' },
      this.mapOff(at)
    )
  }

  private persid(pid: Value, at: number): PersVal {
    this.result.persistentIds.push({ offset: this.mapOff(at), pid: toLiteral(pid) })
    return new PersVal(pid, this.mapOff(at))
  }

  /** Calls waiting for async work (nested payload analysis) once the current opcode is done. */
  pending: CallVal[] = []

  async flushPending(at: number): Promise<void> {
    const list = this.pending
    this.pending = []
    for (const c of list) await nestedCall(this, c, at)
  }

  // ---------------------------------------------------------------- strings, STOP

  checkString(s: string, at: number): void {
    if (s.length >= 16 && mayHoldSecret(s)) reportSecrets(this.ctx, s, 'a pickle string', this.mapOff(at))
    if (this.shared.stringFindings >= MAX_STRING_FINDINGS) return
    const what = suspiciousString(s)
    if (!what) return
    this.shared.stringFindings++
    this.report(
      'PKL-060',
      `Suspicious string (${what}): ${JSON.stringify(stringEvidence(s, 80))}`,
      at,
      undefined,
      stringEvidence(s)
    )
  }

  private finishPickle(v: Value, at: number): void {
    const res = this.result
    if (this.primary && res.pickles === 0 && res.firstValue === undefined) {
      res.firstValue = toLiteral(v)
      if (this.shared.names) {
        res.tensorViews = this.shared.names.resolve(v)
        if (this.shared.names.overflow) res.tensorNamesIncomplete = true
      }
    }
    if (this.stack.length > 0 || this.marks.length > 0)
      this.report(
        'PKL-051',
        `STOP leaves ${this.stack.length} value(s) and ${this.marks.length} MARK(s) behind`,
        at,
        undefined,
        `${this.stack.length}+${this.marks.length}`
      )
    for (const x of this.stack) discard(this, x, at)
    const stores = this.puts
    if (this.gets >= 1000 && this.gets > 50 * Math.max(1, stores))
      this.report(
        'PKL-040',
        `${this.gets} memo reads for ${stores} stores (expansion structure)`,
        at,
        undefined,
        `${this.gets}/${stores}`
      )
  }

  /** Opcodes executed by this machine. */
  get executed(): number {
    return this.opcodes
  }
}

/** LONG1/LONG4 little-endian two's complement. */
function decodeLong(b: Buffer, i: number, n: number): number | bigint {
  if (n === 0) return 0
  let v = 0n
  for (let j = n - 1; j >= 0; j--) v = (v << 8n) | BigInt(b[i + j]!)
  if (b[i + n - 1]! & 0x80) v -= 1n << BigInt(8 * n)
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v
}

export function decodeStr(raw: Buffer, enc: StrEncoding): string | null {
  switch (enc) {
    case 'utf8':
      return utf8(raw, 0, raw.length)
    case 'latin1':
      return raw.toString('latin1')
    case 'raw-unicode-escape':
      return rawUnicodeEscapeDecode(raw)
    case 'escape': {
      if (raw.length < 2) return null
      return escapeDecode(raw.subarray(1, raw.length - 1))
    }
  }
}

/** Sniffed bytes value: analyse it as a nested member (PKL-070). */
async function sniffNested(m: PickleMachine, v: BytesVal, at: number): Promise<void> {
  if (v.analysed) return
  v.analysed = true
  const name = `bytes@${m.mapOff(v.offset)}`
  const out = await m.ctx.analyzeMember(name, new SliceSource(m.src, v.offset, v.length))
  if (out.formats.length)
    m.report(
      'PKL-070',
      `A ${v.length}-byte bytes value is ${out.formats.join('/')} content (analysed as ${name})`,
      at,
      undefined,
      out.formats.join('+')
    )
}
