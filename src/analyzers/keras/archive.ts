import type { ArchiveProfile } from '../zip/archive.js'

// Placeholder: Keras archives are recognised by the zip analyzer once this profile lands.
export const profile: ArchiveProfile = {
  id: 'keras',
  match: () => false,
  async analyze(_archive, ctx) {
    ctx.notAnalysed('the Keras analyzer is not implemented yet')
  }
}
