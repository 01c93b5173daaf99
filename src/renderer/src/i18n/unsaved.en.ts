import type { unsavedNl } from './unsaved.nl'

export const unsavedEn: typeof unsavedNl = {
  title: 'Save changes?',
  text: 'You have changes that have not been saved yet. Do you want to save them before you continue?',
  save: 'Save',
  discard: "Don't save",
  stay: 'Stay',
  draftOffer: 'There is an unsaved draft from {time}.',
  restore: 'Restore',
  throwAway: 'Discard',
}
