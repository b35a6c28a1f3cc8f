import type { ArchiveProfile } from '../zip/archive.js'

// Placeholder: npz archives are recognised by the zip analyzer once this profile lands.
export const profile: ArchiveProfile = {
  id: 'npz',
  match: () => false,
  async analyze(_archive, ctx) {
    ctx.notAnalysed('the npz analyzer is not implemented yet')
  }
}
