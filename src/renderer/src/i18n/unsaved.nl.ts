/** The words of "Wijzigingen opslaan?" and of the draft offer (composables/useUnsavedGuard.ts). */
export const unsavedNl = {
  title: 'Wijzigingen opslaan?',
  text: 'U heeft wijzigingen die nog niet zijn opgeslagen. Wilt u ze opslaan voordat u verdergaat?',
  save: 'Opslaan',
  discard: 'Niet opslaan',
  stay: 'Blijven',
  draftOffer: 'Er is een niet-opgeslagen concept van {time}.',
  restore: 'Herstellen',
  throwAway: 'Weggooien',
}
