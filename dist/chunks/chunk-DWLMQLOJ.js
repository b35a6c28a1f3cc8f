import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  distWorker
} from "./chunk-4CUCPX2S.js";

// src/engine/hash.ts
import { createHash } from "node:crypto";
import { Worker } from "node:worker_threads";
import { closeSync, openSync, readSync } from "node:fs";

// src/engine/source.ts
import { constants } from "node:fs";
import { open } from "node:fs/promises";
var READ_NOFOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);
async function readInto(src, target, offset) {
  if (src.readInto) return src.readInto(target, offset);
  const got = await src.read(offset, target.length);
  target.set(got);
  return got.length;
}
var BufferSource = class {
  constructor(buf) {
    this.buf = buf;
  }
  buf;
  get size() {
    return this.buf.length;
  }
  async read(offset, length) {
    return this.readSync(offset, length);
  }
  readSync(offset, length) {
    const start = Math.max(0, Math.min(offset, this.buf.length));
    const end = Math.max(start, Math.min(start + Math.max(0, length), this.buf.length));
    return Buffer.from(this.buf.buffer, this.buf.byteOffset + start, end - start);
  }
};
var SliceSource = class {
  constructor(parent, start, length) {
    this.parent = parent;
    this.start = start;
    this.size = Math.max(0, Math.min(length, parent.size - start));
    this.prefetchable = parent.prefetchable === true;
  }
  parent;
  start;
  size;
  prefetchable;
  read(offset, length) {
    const o = Math.max(0, Math.min(offset, this.size));
    const len = Math.max(0, Math.min(length, this.size - o));
    return this.parent.read(this.start + o, len);
  }
  readInto(target, offset) {
    const o = Math.max(0, Math.min(offset, this.size));
    const len = Math.max(0, Math.min(target.length, this.size - o));
    return readInto(this.parent, target.subarray(0, len), this.start + o);
  }
};
var FileSource = class _FileSource {
  constructor(fh, size, path) {
    this.fh = fh;
    this.size = size;
    this.path = path;
  }
  fh;
  size;
  path;
  prefetchable = true;
  static async open(path) {
    const fh = await open(path, READ_NOFOLLOW);
    const st = await fh.stat();
    return new _FileSource(fh, st.size, path);
  }
  async read(offset, length) {
    const o = Math.max(0, Math.min(offset, this.size));
    const len = Math.max(0, Math.min(length, this.size - o));
    const buf = Buffer.allocUnsafe(len);
    const got = await this.readInto(buf, o);
    return got === len ? buf : buf.subarray(0, got);
  }
  async readInto(target, offset) {
    const o = Math.max(0, Math.min(offset, this.size));
    const len = Math.max(0, Math.min(target.length, this.size - o));
    let got = 0;
    while (got < len) {
      const { bytesRead } = await this.fh.read(target, got, len - got, o + got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return got;
  }
  close() {
    return this.fh.close();
  }
};
async function readAll(src) {
  return Buffer.from(await src.read(0, src.size));
}

// src/engine/hash.ts
var HASH_THREAD_MIN = 32 * 1024 * 1024;
var CHUNK = 4 * 1024 * 1024;
var SYNC_CHUNK = 128 * 1024;
function sha256FileSync(path) {
  const fd = openSync(path, READ_NOFOLLOW);
  try {
    const h = createHash("sha256");
    const buf = Buffer.allocUnsafe(SYNC_CHUNK);
    for (let pos = 0; ; ) {
      const n = readSync(fd, buf, 0, SYNC_CHUNK, pos);
      if (n === 0) break;
      h.update(n === SYNC_CHUNK ? buf : buf.subarray(0, n));
      pos += n;
    }
    return h.digest("hex");
  } finally {
    closeSync(fd);
  }
}
async function sha256FileHere(path) {
  const src = await FileSource.open(path);
  try {
    return await sha256Here(src);
  } finally {
    await src.close();
  }
}
async function sha256Here(src) {
  const h = createHash("sha256");
  const len = Math.min(CHUNK, Math.max(1, src.size));
  const bufs = [Buffer.allocUnsafe(len), Buffer.allocUnsafe(len)];
  let pos = 0;
  let k = 0;
  let pending = readInto(src, bufs[0], pos);
  for (; ; ) {
    const got = await pending;
    if (got === 0) break;
    pos += got;
    const filled = bufs[k];
    k ^= 1;
    pending = readInto(src, bufs[k], pos);
    h.update(filled.subarray(0, got));
  }
  return h.digest("hex");
}
function sha256Source(src) {
  return src.size >= HASH_THREAD_MIN && distWorker("hash-worker") ? sha256File(src.path, src.size) : sha256Here(src);
}
function sha256File(path, size = 0) {
  const url = size >= HASH_THREAD_MIN ? distWorker("hash-worker") : void 0;
  if (!url) return sha256FileHere(path);
  return new Promise((resolve, reject) => {
    const w = new Worker(url, { workerData: { path } });
    let done = false;
    w.once("message", (m) => {
      done = true;
      if (m.hex) resolve(m.hex);
      else reject(new Error(m.error ?? "hash worker failed"));
    });
    w.once("error", (e) => {
      done = true;
      reject(e);
    });
    w.once("exit", (code) => {
      if (!done) reject(new Error(`hash worker exited (${code}) without a result`));
    });
  });
}

export {
  readInto,
  BufferSource,
  SliceSource,
  FileSource,
  readAll,
  sha256FileSync,
  sha256Source,
  sha256File
};
