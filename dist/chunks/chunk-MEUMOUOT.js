import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  distWorker
} from "./chunk-XWZ4OELH.js";
import {
  FileSource,
  READ_NOFOLLOW,
  readInto
} from "./chunk-AHRFBKKA.js";

// src/engine/hash.ts
import { createHash } from "node:crypto";
import { Worker } from "node:worker_threads";
import { closeSync, openSync, readSync } from "node:fs";
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
  const url = hashWorker(src.size);
  return url ? hashOnThread(url, src.path) : sha256Here(src);
}
function sha256File(path, size = 0) {
  const url = hashWorker(size);
  return url ? hashOnThread(url, path) : sha256FileHere(path);
}
function hashWorker(size) {
  return size >= HASH_THREAD_MIN ? distWorker("hash-worker") : void 0;
}
function hashOnThread(url, path) {
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
  sha256FileSync,
  sha256Source,
  sha256File
};
