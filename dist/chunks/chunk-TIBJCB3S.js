import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-NCETE7Z2.js";

// src/discovery/walk.ts
import { lstat, readdir, readlink, realpath } from "node:fs/promises";
import { join, relative, resolve, sep, isAbsolute, dirname } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
function toDisplay(p) {
  return p.split(sep).join("/");
}
async function linkInfo(fsPath, root) {
  const target = await readlink(fsPath);
  let insideRoot = false;
  try {
    const real = await realpath(fsPath);
    const rootReal = await realpath(root);
    const rel = relative(rootReal, real);
    insideRoot = rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
  } catch {
    insideRoot = false;
  }
  return { target, insideRoot };
}
async function collectTargets(paths) {
  const out = [];
  for (const given of paths) {
    let st;
    try {
      st = await lstat(given);
    } catch {
      throw new UserError(`${given}: no such file or directory`);
    }
    if (st.isSymbolicLink()) {
      out.push({
        fsPath: given,
        display: toDisplay(given),
        explicit: true,
        link: await linkInfo(given, dirname(resolve(given)))
      });
    } else if (st.isDirectory()) {
      await walk(given, given, out);
    } else if (st.isFile()) {
      out.push({ fsPath: given, display: toDisplay(given), explicit: true });
    } else {
      throw new UserError(`${given}: not a regular file or directory`);
    }
  }
  return out;
}
async function walk(dir, root, out) {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isSymbolicLink()) {
      out.push({ fsPath: p, display: toDisplay(p), explicit: false, link: await linkInfo(p, root) });
    } else if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) await walk(p, root, out);
    } else if (e.isFile()) {
      out.push({ fsPath: p, display: toDisplay(p), explicit: false });
    }
  }
}

export {
  collectTargets
};
