import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// src/engine/source.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
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
var WHOLE_FILE_MAX = 256 * 1024;
var FileSource = class _FileSource {
  constructor(fh, size, path, whole, stamp) {
    this.fh = fh;
    this.size = size;
    this.path = path;
    this.whole = whole;
    this.stamp = stamp;
  }
  fh;
  size;
  path;
  whole;
  stamp;
  prefetchable = true;
  static async open(path) {
    const fd = openSync(path, READ_NOFOLLOW | (constants.O_NONBLOCK ?? 0));
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) throw new Error(`${path} is not a regular file`);
      if (st.size <= WHOLE_FILE_MAX) {
        const whole = Buffer.allocUnsafe(st.size);
        let got = 0;
        while (got < whole.length) {
          const n = readSync(fd, whole, got, whole.length - got, got);
          if (n === 0) break;
          got += n;
        }
        return new _FileSource(void 0, st.size, path, whole.subarray(0, got));
      }
    } finally {
      closeSync(fd);
    }
    const fh = await open(path, READ_NOFOLLOW);
    try {
      const st = await fh.stat();
      return new _FileSource(fh, st.size, path, void 0, fileStamp(st));
    } catch (e) {
      await fh.close();
      throw e;
    }
  }
  async read(offset, length) {
    const o = Math.max(0, Math.min(offset, this.size));
    const len = Math.max(0, Math.min(length, this.size - o));
    if (this.whole) return this.wholeSlice(o, len);
    const buf = Buffer.allocUnsafe(len);
    const got = await this.readInto(buf, o);
    return got === len ? buf : buf.subarray(0, got);
  }
  async readInto(target, offset) {
    const o = Math.max(0, Math.min(offset, this.size));
    const len = Math.max(0, Math.min(target.length, this.size - o));
    if (this.whole) {
      const part = this.wholeSlice(o, len);
      target.set(part);
      return part.length;
    }
    let got = 0;
    while (got < len) {
      const { bytesRead } = await this.fh.read(target, got, len - got, o + got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return got;
  }
  async close() {
    await this.fh?.close();
  }
  /** `len` bytes at `o` of a file read whole (shorter when the file shrank after it was sized). */
  wholeSlice(o, len) {
    const w = this.whole;
    return w.subarray(Math.min(o, w.length), Math.min(o + len, w.length));
  }
};
async function readAll(src) {
  return Buffer.from(await src.read(0, src.size));
}
function fileStamp(st) {
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
}

export {
  READ_NOFOLLOW,
  readInto,
  BufferSource,
  SliceSource,
  FileSource,
  readAll,
  fileStamp
};
