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

export {
  UserError,
  errorMessage
};
