// Generates the benchmark inputs: PyTorch-layout zip checkpoints (zip64, stored, 64-byte aligned records like
// torch.save writes) and pickles of many small tuples. Pure Node, deterministic sizes, random tensor bytes.
import { open, mkdir, writeFile } from 'node:fs/promises'
import { randomFillSync } from 'node:crypto'
import zlib from 'node:zlib'
import { join } from 'node:path'

const crc32 = typeof zlib.crc32 === 'function' ? zlib.crc32 : () => 0

// ---- pickle helpers -------------------------------------------------------------------------------------------
function unicode(s) {
  const b = Buffer.from(s, 'utf8')
  const h = Buffer.alloc(5)
  h[0] = 0x58 // BINUNICODE
  h.writeUInt32LE(b.length, 1)
  return Buffer.concat([h, b])
}
const op = (...bytes) => Buffer.from(bytes)
const global = (m, n) => Buffer.from(`c${m}\n${n}\n`, 'latin1')
function binint(n) {
  const b = Buffer.alloc(5)
  b[0] = 0x4a
  b.writeInt32LE(n, 1)
  return b
}

/** data.pkl of a state_dict {name: FloatTensor(numel)} in torch.save's protocol-2 shape. */
export function torchDataPkl(tensors) {
  const parts = [op(0x80, 0x02), global('collections', 'OrderedDict'), op(0x29, 0x52), op(0x28)]
  tensors.forEach(({ name, numel }, key) => {
    parts.push(unicode(name), global('torch._utils', '_rebuild_tensor_v2'), op(0x28, 0x28))
    parts.push(unicode('storage'), global('torch', 'FloatStorage'), unicode(String(key)), unicode('cpu'))
    parts.push(binint(numel), op(0x74, 0x51)) // TUPLE, BINPERSID
    parts.push(binint(0), binint(numel), op(0x85), binint(1), op(0x85), op(0x89)) // offset, (size,), (stride,), False
    parts.push(global('collections', 'OrderedDict'), op(0x29, 0x52), op(0x74, 0x52)) // hooks; TUPLE; REDUCE
  })
  parts.push(op(0x75, 0x2e)) // SETITEMS, STOP
  return Buffer.concat(parts)
}

// ---- zip64 writer -------------------------------------------------------------------------------------------
class ZipWriter {
  constructor(fh) {
    this.fh = fh
    this.pos = 0
    this.central = []
  }
  async write(buf) {
    await this.fh.write(buf, 0, buf.length, this.pos)
    this.pos += buf.length
  }
  /** Adds a stored member whose bytes come from `fill(writeChunk)`; sparse=true leaves the data as a hole. */
  async add(name, size, fill, { sparse = false } = {}) {
    const nameBuf = Buffer.from(name, 'utf8')
    const offset = this.pos
    const zip64 = Buffer.alloc(20)
    zip64.writeUInt16LE(0x0001, 0)
    zip64.writeUInt16LE(16, 2)
    zip64.writeBigUInt64LE(BigInt(size), 4)
    zip64.writeBigUInt64LE(BigInt(size), 12)
    // Pad like torch ("FB" extra field) so data starts on a 64-byte boundary.
    const base = offset + 30 + nameBuf.length + zip64.length + 4
    const padLen = (64 - (base % 64)) % 64
    const pad = Buffer.alloc(4 + padLen, 0x5a)
    pad.write('FB', 0, 'latin1')
    pad.writeUInt16LE(padLen, 2)
    const extra = Buffer.concat([zip64, pad])
    const lh = Buffer.alloc(30)
    lh.writeUInt32LE(0x04034b50, 0)
    lh.writeUInt16LE(45, 4)
    lh.writeUInt32LE(0xffffffff, 18)
    lh.writeUInt32LE(0xffffffff, 22)
    lh.writeUInt16LE(nameBuf.length, 26)
    lh.writeUInt16LE(extra.length, 28)
    await this.write(Buffer.concat([lh, nameBuf, extra]))
    let crc = 0
    if (sparse) this.pos += size
    else
      await fill(async (chunk) => {
        crc = crc32(chunk, crc)
        await this.write(chunk)
      })
    // Patch the CRC into the local header.
    const c = Buffer.alloc(4)
    c.writeUInt32LE(crc >>> 0)
    await this.fh.write(c, 0, 4, offset + 14)
    this.central.push({ nameBuf, size, offset, crc })
  }
  async finish() {
    const cdStart = this.pos
    for (const e of this.central) {
      const z = Buffer.alloc(28)
      z.writeUInt16LE(0x0001, 0)
      z.writeUInt16LE(24, 2)
      z.writeBigUInt64LE(BigInt(e.size), 4)
      z.writeBigUInt64LE(BigInt(e.size), 12)
      z.writeBigUInt64LE(BigInt(e.offset), 20)
      const h = Buffer.alloc(46)
      h.writeUInt32LE(0x02014b50, 0)
      h.writeUInt16LE(45, 4)
      h.writeUInt16LE(45, 6)
      h.writeUInt32LE(e.crc >>> 0, 16)
      h.writeUInt32LE(0xffffffff, 20)
      h.writeUInt32LE(0xffffffff, 24)
      h.writeUInt16LE(e.nameBuf.length, 28)
      h.writeUInt16LE(z.length, 30)
      h.writeUInt32LE(0xffffffff, 42)
      await this.write(Buffer.concat([h, e.nameBuf, z]))
    }
    const cdSize = this.pos - cdStart
    const z64 = Buffer.alloc(56)
    z64.writeUInt32LE(0x06064b50, 0)
    z64.writeBigUInt64LE(44n, 4)
    z64.writeUInt16LE(45, 12)
    z64.writeUInt16LE(45, 14)
    z64.writeBigUInt64LE(BigInt(this.central.length), 24)
    z64.writeBigUInt64LE(BigInt(this.central.length), 32)
    z64.writeBigUInt64LE(BigInt(cdSize), 40)
    z64.writeBigUInt64LE(BigInt(cdStart), 48)
    const z64At = this.pos
    const loc = Buffer.alloc(20)
    loc.writeUInt32LE(0x07064b50, 0)
    loc.writeBigUInt64LE(BigInt(z64At), 8)
    loc.writeUInt32LE(1, 16)
    const eocd = Buffer.alloc(22)
    eocd.writeUInt32LE(0x06054b50, 0)
    eocd.writeUInt16LE(0xffff, 8)
    eocd.writeUInt16LE(0xffff, 10)
    eocd.writeUInt32LE(0xffffffff, 12)
    eocd.writeUInt32LE(0xffffffff, 16)
    await this.write(Buffer.concat([z64, loc, eocd]))
    await this.fh.truncate(this.pos)
  }
}

/** A torch.save-layout checkpoint of `tensorBytes` float32 data split into tensors of `perTensor` bytes. */
/**
 * Fills the first n bytes (a multiple of 4) with float32 weights like trained ones: random sign, magnitudes in
 * [2^-5, 2^-1), all 23 mantissa bits random (so the weight statistics see no structure).
 */
function randomWeights(buf, n) {
  randomFillSync(buf, 0, n)
  const u = new Uint32Array(buf.buffer, buf.byteOffset, n >> 2)
  for (let i = 0; i < u.length; i++) {
    const r = u[i]
    u[i] = (r & 0x807fffff) | ((0x7a + ((r >>> 23) & 3)) << 23)
  }
}

export async function makeCheckpoint(path, tensorBytes, { perTensor = 64 * 1024 ** 2, sparse = false } = {}) {
  const tensors = []
  for (let left = tensorBytes, i = 0; left > 0; i++) {
    const bytes = Math.min(perTensor, left)
    tensors.push({ name: `layer${i}.weight`, numel: bytes / 4 })
    left -= bytes
  }
  const fh = await open(path, 'w')
  const z = new ZipWriter(fh)
  const pkl = torchDataPkl(tensors)
  await z.add('archive/data.pkl', pkl.length, async (w) => w(pkl))
  await z.add('archive/byteorder', 6, async (w) => w(Buffer.from('little')))
  const chunk = Buffer.alloc(8 * 1024 ** 2)
  for (let i = 0; i < tensors.length; i++) {
    const size = tensors[i].numel * 4
    await z.add(
      `archive/data/${i}`,
      size,
      async (w) => {
        for (let done = 0; done < size;) {
          const n = Math.min(chunk.length, size - done)
          randomWeights(chunk, n)
          await w(chunk.subarray(0, n))
          done += n
        }
      },
      { sparse }
    )
  }
  await z.add('archive/version', 2, async (w) => w(Buffer.from('3\n')))
  await z.finish()
  await fh.close()
}

/** A protocol-2 pickle of a list of (int, float, str) tuples, about `bytes` long, written in batches. */
export async function makeTuplePickle(path, bytes) {
  const fh = await open(path, 'w')
  let pos = 0
  const put = async (b) => {
    await fh.write(b, 0, b.length, pos)
    pos += b.length
  }
  await put(Buffer.from([0x80, 0x02, 0x5d])) // PROTO 2, EMPTY_LIST
  const perTuple = 20
  const batch = 1000
  const block = Buffer.alloc(2 + perTuple * batch)
  let tuples = 0
  while (pos + block.length + 1 < bytes) {
    let o = 0
    block[o++] = 0x28 // MARK
    for (let i = 0; i < batch; i++, tuples++) {
      block[o++] = 0x4a // BININT
      block.writeInt32LE(tuples | 0, o)
      o += 4
      block[o++] = 0x47 // BINFLOAT
      block.writeDoubleBE(tuples / 7, o)
      o += 8
      block[o++] = 0x8c // SHORT_BINUNICODE
      block[o++] = 3
      block.write(String(tuples % 1000).padStart(3, '0'), o, 'latin1')
      o += 3
      block[o++] = 0x87 // TUPLE3
    }
    block[o++] = 0x65 // APPENDS
    await put(block.subarray(0, o))
  }
  await put(Buffer.from([0x2e])) // STOP
  await fh.close()
  return tuples
}

export async function makeSmallPickles(dir, count) {
  await mkdir(dir, { recursive: true })
  for (let i = 0; i < count; i++) {
    const tensors = Array.from({ length: 40 }, (_, k) => ({ name: `m${i}.p${k}`, numel: 16 + k }))
    await writeFile(join(dir, `model-${String(i).padStart(4, '0')}.pkl`), torchDataPkl(tensors))
  }
}
