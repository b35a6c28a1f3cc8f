import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  distWorker,
  errorMessage
} from "./chunk-4CUCPX2S.js";

// src/engine/limits.ts
var DEFAULT_LIMITS = {
  maxDepth: 8,
  maxEntries: 1e5,
  maxDecompressedBytes: 16 * 1024 ** 3,
  maxRatio: 200,
  ratioFloorBytes: 256 * 1024 ** 2,
  maxOpcodes: 5e8,
  maxStack: 1e6,
  maxMemo: 1e6,
  maxFileMillis: 10 * 60 * 1e3,
  maxHeaderBytes: 100 * 1024 ** 2,
  maxNesting: 256,
  weightBytes: 64 * 1024 ** 2,
  maxElements: 2e6,
  maxFindings: 1e3
};
var LimitExceeded = class extends Error {
  constructor(limit, message, offset) {
    super(message);
    this.limit = limit;
    this.offset = offset;
    this.name = "LimitExceeded";
  }
  limit;
  offset;
};
var ParseError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
    this.name = "ParseError";
  }
  offset;
};

// src/analyzers/keras/hdf5.ts
import { openSync } from "node:fs";
import { devNull } from "node:os";
import { Worker } from "node:worker_threads";
var loading;
var broken;
function silenceDiagnostics(m) {
  try {
    const streams = m.Module.FS.streams;
    const stderr = streams?.[2];
    if (stderr && typeof stderr.nfd === "number") stderr.nfd = openSync(devNull, "w");
  } catch {
  }
}
function hdf5Broken() {
  return broken !== void 0;
}
async function library() {
  if (broken) throw new ParseError(`the HDF5 library is unavailable after an earlier failure (${broken})`);
  loading ??= import("./hdf5_hl-XPKBDKAX.js").then(async (m) => {
    await m.ready;
    silenceDiagnostics(m);
    return m;
  });
  try {
    return await loading;
  } catch (e) {
    broken = `could not be loaded: ${errorMessage(e)}`;
    throw new ParseError(`the HDF5 library ${broken}`);
  }
}
var STRING = 3;
var INTEGER = 0;
function readAttr(h5, fid, name, maxBytes) {
  const M = h5.Module;
  const meta = M.get_attribute_metadata(fid, "/", name);
  const count = meta.total_size;
  if (meta.type === STRING) {
    if (!meta.vlen && meta.size * count > maxBytes)
      return { kind: "other", description: `a string of ${meta.size * count} bytes (over the limit)` };
    const v = new h5.Attribute(fid, "/", name).value;
    if (typeof v === "string") return { kind: "string", value: v };
    if (Array.isArray(v)) return { kind: "other", description: `an array of ${v.length} strings` };
    return { kind: "other", description: "an unreadable string" };
  }
  if (meta.type === INTEGER && meta.size === 1 && (meta.shape?.length ?? 0) <= 1) {
    if (count > maxBytes) return { kind: "other", description: `${count} bytes (over the limit)` };
    const v = new h5.Attribute(fid, "/", name).value;
    if (v instanceof Uint8Array || v instanceof Int8Array)
      return { kind: "bytes", value: Buffer.from(v.buffer, v.byteOffset, v.byteLength) };
  }
  return { kind: "other", description: `an HDF5 value of type class ${meta.type}` };
}
async function inspectHdf5InProcess({
  path,
  wanted,
  maxAttrBytes,
  maxObjects
}) {
  const h5 = await library();
  let file;
  try {
    file = new h5.File(path, "r");
    const fid = file.file_id;
    if (fid < 0n) {
      file = void 0;
      throw new ParseError("the HDF5 library cannot open the file (truncated or corrupted superblock)");
    }
    const M = h5.Module;
    const rootAttributes = M.get_attribute_names(fid, "/");
    const attrs = /* @__PURE__ */ new Map();
    for (const name of wanted) if (rootAttributes.includes(name)) attrs.set(name, readAttr(h5, fid, name, maxAttrBytes));
    const names = M.get_names(fid, "/", true);
    if (names.length > maxObjects)
      throw new LimitExceeded("maxElements", `${names.length} HDF5 objects exceed limits.maxElements (${maxObjects})`);
    const externalLinks = [];
    for (const n of names) {
      if (M.get_type(fid, `/${n}`) !== M.H5G_UDLINK) continue;
      let file2 = "?";
      let target = "?";
      try {
        const l = M.get_external_link(fid, `/${n}`);
        file2 = l.filename;
        target = l.obj_path;
      } catch {
      }
      externalLinks.push({ path: `/${n}`, file: file2, target });
    }
    return { rootAttributes, attrs, externalLinks, objects: names.length };
  } catch (e) {
    if (e instanceof Error && e.constructor.name === "RuntimeError") broken = e.message;
    if (e instanceof ParseError || e instanceof LimitExceeded) throw e;
    throw new ParseError(`HDF5 library error: ${errorMessage(e)}`);
  } finally {
    try {
      file?.close();
    } catch {
    }
  }
}
var worker;
var queue = Promise.resolve();
var LIBRARY_MILLIS = 3e4;
function ask(url, req, deadline) {
  const w = worker ??= new Worker(url);
  w.unref();
  return new Promise((resolve, reject) => {
    const stop = (err) => {
      clearTimeout(timer);
      w.off("message", onMessage);
      w.off("error", onError);
      w.off("exit", onExit);
      if (worker === w) worker = void 0;
      void w.terminate();
      reject(err);
    };
    const onMessage = (m) => {
      if (m.ok) {
        clearTimeout(timer);
        w.off("message", onMessage);
        w.off("error", onError);
        w.off("exit", onExit);
        const attrs = /* @__PURE__ */ new Map();
        for (const [k, v] of m.inspection.attrs)
          attrs.set(k, v.kind === "bytes" ? { kind: "bytes", value: Buffer.from(v.value) } : v);
        resolve({ ...m.inspection, attrs });
        return;
      }
      const err = m.kind === "limit" ? new LimitExceeded(m.limit ?? "maxElements", m.message) : new ParseError(m.message);
      if (m.broken)
        stop(err);
      else {
        clearTimeout(timer);
        w.off("message", onMessage);
        w.off("error", onError);
        w.off("exit", onExit);
        reject(err);
      }
    };
    const onError = (e) => stop(new ParseError(`the HDF5 worker failed: ${errorMessage(e)}`));
    const onExit = (code) => stop(new ParseError(`the HDF5 worker exited (${code})`));
    const wait = Math.max(0, Math.min(deadline - Date.now(), LIBRARY_MILLIS));
    const timer = setTimeout(
      () => stop(new LimitExceeded("maxFileMillis", `the HDF5 library did not finish within ${wait} ms`)),
      wait
    );
    w.on("message", onMessage);
    w.once("error", onError);
    w.once("exit", onExit);
    w.postMessage(req);
  });
}
function inspectHdf5(req, deadline) {
  const url = distWorker("hdf5-worker");
  if (!url) return inspectHdf5InProcess(req);
  const run = queue.then(
    () => ask(url, req, deadline),
    () => ask(url, req, deadline)
  );
  queue = run.catch(() => void 0);
  return run;
}

export {
  DEFAULT_LIMITS,
  LimitExceeded,
  ParseError,
  hdf5Broken,
  inspectHdf5InProcess,
  inspectHdf5
};
