// Replaced at build time is not needed: the bundle embeds package.json's version through this import.
import pkg from '../package.json' with { type: 'json' }

export const VERSION: string = pkg.version
