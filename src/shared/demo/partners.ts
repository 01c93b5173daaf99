import type { Partner } from '../model/partner'
import type { Random } from './random'
import { CONTACT_ROLES, PARTNER_KINDS, PARTNER_NAMES, CITIES } from './names'
import { address, emailOf, landlineNumber, personName, slug } from './people'

/** Keeps partner names and short codes unique across one generated data set. */
export class PartnerNamer {
  private readonly names = new Set<string>()
  private readonly codes = new Set<string>()

  name(rng: Random): string {
    for (let attempt = 0; ; attempt++) {
      const base = `${rng.pick(PARTNER_KINDS)} ${rng.pick(PARTNER_NAMES)}`
      const candidate = attempt < 5 ? base : `${base} ${rng.pick(CITIES)[0]}${attempt > 20 ? ` ${attempt}` : ''}`
      if (!this.names.has(candidate)) {
        this.names.add(candidate)
        return candidate
      }
    }
  }

  shortCode(name: string): string {
    const initials = name
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .split(/[\s-]+/)
      .map((word) =>
        word
          .replace(/[^A-Za-z]/g, '')
          .charAt(0)
          .toUpperCase(),
      )
      .join('')
      .slice(0, 5)
      .padEnd(2, 'X')
    let code = initials
    for (let n = 2; this.codes.has(code); n++) code = `${initials}${n}`
    this.codes.add(code)
    return code
  }
}

/**
 * Demo e-invoice identifiers, derived from the partner's index so they add no random draws (the rest of the
 * demo data stays as it was): every partner a KvK number (8 digits, unique), every tenth also an OIN in the
 * Logius form for organisations registered at the KvK: `00000001` + KvK number + `0000` (20 digits).
 */
export function demoKvkNumber(index: number): string {
  return String(41_000_000 + index * 7_331)
}

export function demoOin(index: number): string {
  return index % 10 === 3 ? `00000001${demoKvkNumber(index)}0000` : ''
}

export function makePartner(rng: Random, index: number, namer: PartnerNamer, active: boolean): Partner {
  const name = namer.name(rng)
  const domain = `${slug(name)}.nl`
  const contactCount = rng.int(1, 3)
  const partner: Omit<Partner, 'kvkNumber' | 'oin' | 'purchaseOrderReference'> = {
    id: rng.uuid(),
    name,
    shortCode: namer.shortCode(name),
    ecdMode: rng.chance(0.3) ? 'eigen' : 'partner',
    invoiceAddress: address(rng),
    invoiceEmail: `facturen@${domain}`,
    debtorReference: `DEB-${String(10001 + index)}`,
    contacts: Array.from({ length: contactCount }, () => {
      const person = personName(rng)
      return { name: `${person.firstName} ${person.lastName}`, role: rng.pick(CONTACT_ROLES), email: emailOf(person, domain), phone: landlineNumber(rng) }
    }),
    notes: rng.chance(0.15) ? 'Facturen graag met inkoopordernummer in de omschrijving.' : '',
    active,
  }
  // The partners that ask for their purchase-order number in the notes get one as "uw kenmerk".
  const purchaseOrderReference = partner.notes === '' ? '' : `IO-${String(4500 + index * 13).padStart(6, '0')}`
  return { ...partner, kvkNumber: demoKvkNumber(index), oin: demoOin(index), purchaseOrderReference }
}
