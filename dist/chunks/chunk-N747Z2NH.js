import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// src/errors.ts
var UserError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UserError";
  }
};
function errorMessage(e) {
  return e instanceof Error ? e.message : String(e);
}

// src/analyzers/keras/hdf5.ts
import { existsSync, openSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { devNull } from "node:os";
import { Worker } from "node:worker_threads";

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
  weightBytes: 64 * 1024 ** 2
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
function workerUrl() {
  const ext = /\.(m?js)$/.exec(import.meta.url)?.[1];
  if (!ext) return void 0;
  const url = new URL(`${import.meta.url.includes("/chunks/") ? "../" : "./"}hdf5-worker.${ext}`, import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : void 0;
}
var LIBRARY_MILLIS = 3e4;
function inspectHdf5(path, wanted, maxAttrBytes, timeoutMs) {
  const url = workerUrl();
  if (!url) return inspectHdf5InProcess(path, wanted, maxAttrBytes);
  return new Promise((resolve, reject) => {
    const w = new Worker(url, { workerData: { path, wanted: [...wanted], maxAttrBytes }, stderr: true, stdout: true });
    let settled = false;
    const done = (f) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void w.terminate();
      f();
    };
    const limit = Math.max(1, Math.min(timeoutMs, LIBRARY_MILLIS));
    const timer = setTimeout(
      () => done(() => reject(new LimitExceeded("maxFileMillis", `the HDF5 library did not finish within ${limit} ms`))),
      limit
    );
    w.once(
      "message",
      (m) => done(() => {
        if (!m.ok) return reject(new ParseError(m.error));
        const attrs = /* @__PURE__ */ new Map();
        for (const [k, v] of m.value.attrs)
          attrs.set(k, v.kind === "bytes" ? { kind: "bytes", value: Buffer.from(v.value) } : v);
        resolve({ ...m.value, attrs });
      })
    );
    w.once("error", (e) => done(() => reject(new ParseError(`the HDF5 library failed: ${errorMessage(e)}`))));
    w.once("exit", (code) => done(() => reject(new ParseError(`the HDF5 library stopped (exit code ${code})`))));
  });
}
async function inspectHdf5InProcess(path, wanted, maxAttrBytes) {
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
    if (e instanceof ParseError) throw e;
    throw new ParseError(`HDF5 library error: ${errorMessage(e)}`);
  } finally {
    try {
      file?.close();
    } catch {
    }
  }
}

export {
  UserError,
  errorMessage,
  DEFAULT_LIMITS,
  LimitExceeded,
  ParseError,
  inspectHdf5,
  inspectHdf5InProcess
};
