import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  hdf5Broken,
  inspectHdf5InProcess
} from "./chunks/chunk-ROZI34ZX.js";
import "./chunks/chunk-XWZ4OELH.js";
import {
  LimitExceeded,
  ParseError
} from "./chunks/chunk-35QUICAQ.js";
import {
  errorMessage
} from "./chunks/chunk-AKY6SPXF.js";
import "./chunks/chunk-3EOKJZZ5.js";

// src/analyzers/keras/hdf5-worker.ts
import { parentPort } from "node:worker_threads";
parentPort?.on("message", (req) => {
  inspectHdf5InProcess(req).then(
    (inspection) => parentPort.postMessage({ ok: true, inspection }),
    (e) => {
      const broken = hdf5Broken();
      const reply = e instanceof LimitExceeded ? { ok: false, kind: "limit", message: e.message, limit: String(e.limit) } : { ok: false, kind: "parse", message: e instanceof ParseError ? e.message : errorMessage(e), broken };
      parentPort.postMessage(reply);
    }
  );
});
