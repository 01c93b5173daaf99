import { describe, expect, it } from 'vitest'
import { CLIENT_STEPS, isClientStep, stepForRow, type SignalRow } from '@shared/domain/signals'

const row = (fields: Record<string, unknown>) => fields as unknown as SignalRow

describe('the step that resolves a signal-list row', () => {
  it.each([
    ['aanmeldingen-verwerken', 'activeren'],
    ['intakeformulier-ontbreekt', 'intake'],
    ['dossier-openstellen', 'intake'],
    ['intakegesprek-plannen', 'intakegesprek'],
    ['wijzigingen-verwerken', 'wijziging-verwerken'],
    ['afmeldingen-verwerken', 'afmelding-verwerken'],
    ['structurele-afwijkingen', 'wijziging-aanvragen'],
    ['geen-contact', null],
  ])('%s → %s', (list, step) => {
    expect(stepForRow(row({ list }))).toBe(step)
  })

  it('a change awaiting approval opens the approval of the party it waits for', () => {
    expect(stepForRow(row({ list: 'wijzigingen-akkoord-afwachten', awaiting: ['partner', 'operator'] }))).toBe('akkoord-partner')
    expect(stepForRow(row({ list: 'wijzigingen-akkoord-afwachten', awaiting: ['operator'] }))).toBe('akkoord-operator')
  })

  it('reads only known steps from an address', () => {
    for (const step of CLIENT_STEPS) expect(isClientStep(step)).toBe(true)
    expect(isClientStep('iets-anders')).toBe(false)
    expect(isClientStep(['intake'])).toBe(false)
  })
})
