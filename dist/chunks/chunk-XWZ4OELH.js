import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// src/engine/dist-worker.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
function distWorker(name) {
  try {
    const url = new URL(import.meta.url.includes("/chunks/") ? `../${name}.js` : `./${name}.js`, import.meta.url);
    return url.protocol === "file:" && url.pathname.endsWith(`/dist/${name}.js`) && existsSync(fileURLToPath(url)) ? url : void 0;
  } catch {
    return void 0;
  }
}

export {
  distWorker
};
