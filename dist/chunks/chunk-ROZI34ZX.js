import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  distWorker
} from "./chunk-XWZ4OELH.js";
import {
  LimitExceeded,
  ParseError
} from "./chunk-35QUICAQ.js";
import {
  errorMessage
} from "./chunk-AKY6SPXF.js";

// src/analyzers/keras/hdf5.ts
import { openSync } from "node:fs";
import { devNull } from "node:os";
import { Worker } from "node:worker_threads";

// src/analyzers/keras/hdf5-datasets.ts
var FLOAT = 1;
function prefixSelection(shape, want) {
  const count = shape.map(() => 1);
  let inner = 1;
  for (let j = shape.length - 1; j >= 0; j--) {
    if (inner * shape[j] > want) {
      count[j] = Math.max(1, Math.floor(want / inner));
      return count;
    }
    count[j] = shape[j];
    inner *= shape[j];
  }
  return count;
}
function readPrefix(h5, fid, d, req, budget) {
  const M = h5.Module;
  const want = Math.floor(Math.min(req.prefixBytes, budget) / d.size);
  const count = prefixSelection(d.shape, want);
  const bytes = count.reduce((a, b) => a * b, 1) * d.size;
  const ptr = M._malloc(bytes);
  if (!ptr) throw new Error(`could not allocate ${bytes} bytes`);
  try {
    const status = M.get_dataset_data(
      fid,
      d.path,
      count.map(BigInt),
      count.map(() => 0n),
      count.map(() => 1n),
      BigInt(ptr)
    );
    if (status < 0) throw new Error("the library could not read the data (unsupported filter?)");
    return M.HEAPU8.slice(ptr, ptr + bytes);
  } finally {
    M._free(ptr);
  }
}
function listDatasets(h5, fid, names, req) {
  const M = h5.Module;
  const datasets = [];
  const addresses = /* @__PURE__ */ new Set();
  let budget = req.prefixBudget;
  let over = 0;
  let seen = 0;
  for (const n of names) {
    const path = `/${n}`;
    if (M.get_type(fid, path) !== M.H5G_DATASET) continue;
    if (++seen > req.maxDatasets) {
      over++;
      continue;
    }
    let meta;
    try {
      meta = M.get_dataset_metadata(fid, path);
    } catch (e) {
      if (e instanceof Error && e.constructor.name === "RuntimeError") throw e;
      const note = `the HDF5 library cannot open it: ${e instanceof Error ? e.message : String(e)}`;
      datasets.push({ path, typeClass: -1, size: 0, littleEndian: true, shape: [], chunked: false, filters: [], note });
      continue;
    }
    if (meta.type !== FLOAT || meta.vlen || !meta.shape || meta.total_size === 0) continue;
    const d = {
      path,
      typeClass: meta.type,
      size: meta.size,
      littleEndian: meta.littleEndian,
      shape: meta.shape,
      chunked: meta.chunks !== null,
      filters: []
    };
    const ref = Buffer.from(M.create_object_reference(fid, path));
    if (ref.length >= 8) {
      const addr = ref.readBigUInt64LE(0);
      if (addr <= BigInt(Number.MAX_SAFE_INTEGER)) {
        if (addresses.has(Number(addr))) continue;
        addresses.add(Number(addr));
        d.address = Number(addr);
      }
    }
    if (d.chunked && d.size !== 2 && d.size !== 4 && d.size !== 8) continue;
    if (d.chunked) {
      d.filters = M.get_dataset_filters(fid, path).map((f) => f.name || `filter ${f.id}`);
      const chunkBytes = (meta.chunks ?? []).reduce((a, b) => a * b, 1) * d.size;
      if (chunkBytes > req.maxChunkBytes) d.note = `chunks of ${chunkBytes} bytes (over ${req.maxChunkBytes})`;
      else if (budget < d.size) d.note = "the per-file weights budget was spent";
      else {
        try {
          d.prefix = readPrefix(h5, fid, d, req, budget);
          budget -= d.prefix.length;
        } catch (e) {
          if (e instanceof Error && e.constructor.name === "RuntimeError") throw e;
          d.note = e instanceof Error ? e.message : String(e);
        }
      }
    }
    datasets.push(d);
  }
  return { datasets, over };
}

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
  maxObjects,
  datasets: datasetRequest
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
    const { datasets, over } = datasetRequest ? listDatasets(h5, fid, names, datasetRequest) : { datasets: [], over: 0 };
    return { rootAttributes, attrs, externalLinks, objects: names.length, datasets, datasetsOver: over };
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
        const datasets = m.inspection.datasets.map((d) => d.prefix ? { ...d, prefix: Buffer.from(d.prefix) } : d);
        resolve({ ...m.inspection, attrs, datasets });
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
  hdf5Broken,
  inspectHdf5InProcess,
  inspectHdf5
};
