import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  distWorker
} from "./chunk-XWZ4OELH.js";
import {
  FileSource,
  READ_NOFOLLOW,
  fileStamp,
  readInto
} from "./chunk-YOEQFNW7.js";

// src/engine/hash.ts
import { createHash } from "node:crypto";
import { Worker } from "node:worker_threads";
import { closeSync, lstatSync, openSync, readSync } from "node:fs";
import { resolve } from "node:path";
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
  const early = takePrehash(src);
  if (early) return early;
  const url = hashWorker(src.size);
  return url ? hashOnThread(url, src.path) : sha256Here(src);
}
var prehashes = /* @__PURE__ */ new Map();
function prehashFile(path, url = distWorker("hash-worker")) {
  try {
    const st = lstatSync(path);
    if (!url || !st.isFile() || st.size < HASH_THREAD_MIN) return false;
    const { worker, hex } = startHashThread(url, path);
    worker.unref();
    hex.catch(() => {
    });
    prehashes.set(resolve(path), { stamp: fileStamp(st), worker, hex });
    return true;
  } catch {
    return false;
  }
}
function takePrehash(src) {
  const key = resolve(src.path);
  const early = prehashes.get(key);
  if (!early) return void 0;
  prehashes.delete(key);
  if (early.stamp !== src.stamp) {
    void early.worker.terminate();
    return void 0;
  }
  early.worker.ref();
  return early.hex.catch(() => sha256Source(src));
}
function sha256File(path, size = 0) {
  const url = hashWorker(size);
  return url ? hashOnThread(url, path) : sha256FileHere(path);
}
function hashWorker(size) {
  return size >= HASH_THREAD_MIN ? distWorker("hash-worker") : void 0;
}
function hashOnThread(url, path) {
  return startHashThread(url, path).hex;
}
function startHashThread(url, path) {
  const w = new Worker(url, { workerData: { path } });
  const hex = new Promise((resolve2, reject) => {
    let done = false;
    w.once("message", (m) => {
      done = true;
      if (m.hex) resolve2(m.hex);
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
  return { worker: w, hex };
}

export {
  sha256FileSync,
  sha256Source,
  prehashFile,
  sha256File
};
