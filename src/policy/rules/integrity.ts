import type { Rule } from '../rule.js'

// Integrity: checksum manifests (INT-00x), Git LFS pointers (INT-01x), OpenSSF model signatures (INT-02x).
// Trust (keys, CA roots, identities, trusted roots) only ever comes from CLI flags, Action inputs or the
// configuration as it is on the base branch, never from the tree being scanned.
export const rules: Rule[] = [
  {
    id: 'INT-001',
    title: 'Checksum mismatch: the file differs from its checksum manifest',
    severity: 'critical',
    why: 'A SHA256SUMS file or .sha256 sidecar records the digest the file had when it was published. A different digest means the bytes were changed, corrupted or swapped after the manifest was written.',
    fix: 'Restore the published file, or, if the change is intended, regenerate the manifest from a trusted copy and review why the model changed.'
  },
  {
    id: 'INT-002',
    title: 'A file listed in a checksum manifest is missing',
    severity: 'high',
    why: 'The manifest promises a file that is not there (renamed, deleted, or never checked out), so the set of files a loader sees is not the set that was published.',
    fix: 'Restore the file, or remove its line from the manifest if the removal is intended.'
  },
  {
    id: 'INT-003',
    title: 'Model file not covered by the checksum manifest of its folder',
    severity: 'medium',
    why: 'The folder has a checksum manifest but this model file is not in it: it was added after the manifest was written, so nothing vouches for its bytes.',
    fix: 'Add the file to the manifest (from a trusted copy) or remove the file.'
  },
  {
    id: 'INT-004',
    title: 'Unsafe path in a checksum or signature manifest',
    severity: 'high',
    why: 'An absolute path or a `..` segment makes a manifest refer to files outside its own folder (runner files, other models). Such entries are rejected and never read.',
    fix: 'Regenerate the manifest from inside the model folder so that every name is a plain relative path.'
  },
  {
    id: 'INT-005',
    title: 'Malformed checksum manifest line',
    severity: 'medium',
    why: 'A line that is neither GNU (`<hex>  <name>`) nor BSD (`SHA256 (<name>) = <hex>`) syntax verifies nothing; sha256sum --strict rejects it too.',
    fix: 'Regenerate the manifest with `sha256sum` (or `sha256sum --tag`).'
  },
  {
    id: 'INT-006',
    title: 'Not analysed: a checksum manifest could not be read',
    severity: 'high',
    why: 'The manifest is unreadable or larger than ModelGate reads into memory, so none of its entries were verified.',
    fix: 'Make the manifest readable and keep it to plain sha256sum output.'
  },
  {
    id: 'INT-010',
    title: 'Not analysed: Git LFS pointer without its content',
    severity: 'high',
    why: 'The file in the checkout is a Git LFS pointer (a few lines of text); the model itself is in LFS storage and was not present, so the model was not analysed. Loaders on machines with LFS will get the real bytes.',
    fix: 'Check out LFS content before scanning: `actions/checkout` with `lfs: true`, or `git lfs pull --include=<paths>`.'
  },
  {
    id: 'INT-011',
    title: 'Git LFS object does not match its pointer',
    severity: 'critical',
    why: 'The local LFS object has a different SHA-256 or size than the pointer promises: the stored model was replaced or corrupted.',
    fix: 'Delete the local object (`.git/lfs/objects/…`) and fetch it again; if it still differs, do not use the model.'
  },
  {
    id: 'INT-012',
    title: 'Git LFS pointer resolved to its local object',
    severity: 'info',
    why: 'The pointer was matched to the LFS object in the local store (SHA-256 and size verified) and the object was analysed as the model.',
    fix: 'Nothing to do.'
  },
  {
    id: 'INT-013',
    title: 'Malformed or unsupported Git LFS pointer',
    severity: 'medium',
    why: 'The file starts like an LFS pointer but is not one Git LFS accepts (bad oid, size, extra keys, pointer extensions). Git LFS treats an invalid pointer as an ordinary file, so what a user gets is unclear.',
    fix: 'Re-add the file with `git lfs track` / `git add` so that a valid pointer is committed.'
  },
  {
    id: 'INT-020',
    title: 'Signed model changed: file differs from the signed manifest',
    severity: 'critical',
    why: 'The model signature (model.sig) records the digest of every file; this file now hashes differently, so it was altered after signing — exactly what signing exists to catch.',
    fix: 'Restore the signed file. If the change is intended, have the owner of the trusted signing key re-sign the model.'
  },
  {
    id: 'INT-021',
    title: 'Unsigned model while a signature is required',
    severity: 'high',
    why: 'Signatures are required (--require-signature / integrity.require-signature) and no verified signature covers this file.',
    fix: 'Sign the model with a trusted key, certificate or Sigstore identity (`model_signing sign …`), or exclude the file.'
  },
  {
    id: 'INT-022',
    title: 'Not analysed: signature format not supported',
    severity: 'high',
    why: 'A signature file is present but its format, media type, predicate, serialization or hash is not one ModelGate verifies (or it is a legacy encoding not enabled). It is not treated as a pass.',
    fix: 'Re-sign with a current OpenSSF model_signing release (Sigstore bundle v0.3, predicate signature/v1.0, sha256 or blake2b), or enable legacy signatures if you trust them.'
  },
  {
    id: 'INT-023',
    title: 'Model signature does not verify',
    severity: 'critical',
    why: 'The signature was checked against the trusted key, certificate or Sigstore root and it is wrong, or the signed manifest is inconsistent: the bundle or its manifest was altered after signing.',
    fix: 'Do not use the model. Restore the signed model and signature from the publisher.'
  },
  {
    id: 'INT-024',
    title: 'File added to a signed model',
    severity: 'high',
    why: 'The file lies in a signed model folder but is not in the signed manifest (nor in its ignore paths), so nothing vouches for it — a classic way to slip a payload next to signed weights.',
    fix: 'Remove the file, have the model re-signed with it, or list it in integrity.ignore-paths if it is not part of the model.'
  },
  {
    id: 'INT-025',
    title: 'File missing from a signed model',
    severity: 'high',
    why: 'The signed manifest lists a file that is not present, so the model on disk is not the model that was signed.',
    fix: 'Restore the missing file, or have the model re-signed without it.'
  },
  {
    id: 'INT-026',
    title: 'Signature not verified: no trusted key, CA or identity configured',
    severity: 'medium',
    why: 'A model signature is present but no trust material for its kind (key, certificate, Sigstore) was given. Keys inside the scanned tree are never used, so the signature proves nothing yet.',
    fix: 'Pass --trusted-key / --trusted-ca / --trusted-root with --identity and --issuer, or set them under integrity: in the base-branch .modelgate.yml.'
  },
  {
    id: 'INT-027',
    title: 'Legacy model signature format accepted',
    severity: 'low',
    why: 'The signature uses the pre-1.0 model_signing layout (Digests/v0.1 and its buggy PAE encoding), accepted only because legacy signatures were enabled.',
    fix: 'Re-sign the model with a current model_signing release.'
  },
  {
    id: 'INT-028',
    title: 'Model signed by an untrusted signer',
    severity: 'high',
    why: 'The signature was made by a key, certificate or identity that is not among the trusted ones (another key, a certificate that does not chain to a trusted CA, is expired or not for signing, or a Sigstore identity/issuer that does not match). Anyone can sign; only trusted signers count.',
    fix: 'Have the model signed by a trusted signer, or, if this signer is legitimate, add its key/CA/identity to the trusted configuration on the base branch.'
  }
]
