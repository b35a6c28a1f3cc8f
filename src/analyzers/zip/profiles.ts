// Zip-based model formats, most specific first. The zip analyzer uses the first profile that matches.
import type { ArchiveProfile } from './archive.js'
import { profile as torchscript } from '../torchscript/archive.js'
import { profile as pytorch } from '../pytorch/zip.js'
import { profile as keras } from '../keras/archive.js'
import { profile as npz } from '../numpy/npz.js'

export const PROFILES: ArchiveProfile[] = [torchscript, pytorch, keras, npz]
