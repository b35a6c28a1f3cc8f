import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  distWorker
} from "./chunk-XWZ4OELH.js";

// src/engine/pool.ts
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
var IN_FLIGHT = 2;
function defaultJobs() {
  return Math.max(1, availableParallelism());
}
var warm = [];
function prewarmWorkers(jobs, workerUrl = distWorker("worker")) {
  if (!workerUrl) return [];
  const started = [];
  for (let k = warm.length; k < Math.min(jobs, defaultJobs()) - 1; k++) {
    const slot = { w: new Worker(workerUrl), url: workerUrl.href, exited: false };
    slot.w.unref();
    slot.w.once("exit", () => slot.exited = true);
    slot.w.on("error", () => {
    });
    warm.push(slot);
    started.push(slot.w);
  }
  return started;
}
function takeWorker(workerUrl) {
  for (let slot = warm.shift(); slot; slot = warm.shift()) {
    if (slot.exited) continue;
    if (slot.url !== workerUrl.href) {
      void slot.w.terminate();
      continue;
    }
    slot.w.ref();
    return slot.w;
  }
  return new Worker(workerUrl);
}
function releaseWarm() {
  for (const slot of warm.splice(0)) void slot.w.terminate();
}
async function mapTargets(targets, opts, jobs, scanOne, workerUrl, failed) {
  const results = new Array(targets.length);
  if (jobs <= 1 || targets.length <= 1 || !workerUrl) {
    releaseWarm();
    for (let i = 0; i < targets.length; i++) results[i] = await scanOne(targets[i], opts);
    return results;
  }
  let next = 0;
  const here = (async () => {
    while (next < targets.length) {
      const id = next++;
      results[id] = await scanOne(targets[id], opts);
      await new Promise((r) => setImmediate(r));
    }
  })();
  const runWorker = () => new Promise((resolve) => {
    const w = takeWorker(workerUrl);
    const held = /* @__PURE__ */ new Set();
    let done = false;
    const feed = () => {
      if (next >= targets.length) {
        if (held.size === 0 && !done) {
          done = true;
          void w.terminate().then(() => resolve());
        }
        return;
      }
      const id = next++;
      held.add(id);
      w.postMessage({
        id,
        target: targets[id],
        opts: { failOn: opts.failOn, config: opts.config }
      });
    };
    const die = (why) => {
      if (done) return;
      done = true;
      for (const id of held) results[id] = failed(targets[id], why);
      held.clear();
      void w.terminate();
      resolve(next < targets.length ? runWorker() : void 0);
    };
    w.on("message", (m) => {
      held.delete(m.id);
      results[m.id] = "error" in m ? failed(targets[m.id], m.error) : m.report ?? void 0;
      feed();
    });
    w.on("error", (e) => die(`the analysis worker failed: ${e.message}`));
    w.on("exit", (code) => die(`the analysis worker exited (${code})`));
    for (let k = 0; k < IN_FLIGHT; k++) feed();
  });
  const size = Math.min(jobs - 1, targets.length - 1);
  const running = Array.from({ length: size }, runWorker);
  releaseWarm();
  await Promise.all([here, ...running]);
  return results;
}

export {
  defaultJobs,
  prewarmWorkers,
  mapTargets
};
