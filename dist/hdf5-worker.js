import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  LimitExceeded,
  ParseError,
  hdf5Broken,
  inspectHdf5InProcess
} from "./chunks/chunk-VR4XIETG.js";
import {
  errorMessage
} from "./chunks/chunk-4CUCPX2S.js";
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
