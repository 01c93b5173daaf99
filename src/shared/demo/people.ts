import type { CalendarDate } from '../calendar/calendarDate'
import { fromDayNumber } from '../calendar/dateMath'
import type { Random } from './random'
import { CITIES, FIRST_NAMES, LAST_NAMES, STREETS } from './names'

/** ASCII letters and digits only, for e-mail addresses and domains: "Öztürk" → "ozturk". */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
}

export interface PersonName {
  readonly firstName: string
  readonly lastName: string
}

export function personName(rng: Random): PersonName {
  return { firstName: rng.pick(FIRST_NAMES), lastName: rng.pick(LAST_NAMES) }
}

export function mobileNumber(rng: Random): string {
  return `06 ${String(rng.int(10000000, 99999999))}`
}

export function landlineNumber(rng: Random): string {
  return `0${rng.int(10, 79)} ${rng.int(100, 999)} ${String(rng.int(0, 9999)).padStart(4, '0')}`
}

export function emailOf(name: PersonName, domain: string): string {
  return `${slug(name.firstName).slice(0, 1)}.${slug(name.lastName)}@${domain}`
}

const POSTCODE_LETTERS = 'ABCDEGHJKLMNPRTVWXZ'

export function address(rng: Random): { street: string; postcode: string; city: string } {
  const [city, base] = rng.pick(CITIES)
  const letters = `${rng.pick([...POSTCODE_LETTERS])}${rng.pick([...POSTCODE_LETTERS])}`
  return { street: `${rng.pick(STREETS)} ${rng.int(1, 250)}`, postcode: `${base + rng.int(0, 80)} ${letters}`, city }
}

/**
 * A BSN that passes the 11-proef (spec B1): eight random digits and the check digit that makes
 * 9·d1 + … + 2·d8 − d9 ≡ 0 (mod 11); prefixes whose check digit would be 10 are drawn again.
 */
export function validBsn(rng: Random): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, () => rng.int(0, 9))
    if (digits[0] === 0 && digits[1] === 0) continue // keeps clear of 000000000 and very small numbers
    const sum = digits.reduce((acc, d, i) => acc + d * (9 - i), 0)
    const check = sum % 11
    if (check === 10) continue
    return `${digits.join('')}${check}`
  }
}

/** A birth date for an adult aged 18–95 on `todayNumber`, more often older. */
export function birthDate(rng: Random, todayNumber: number): CalendarDate {
  const age = rng.weighted<readonly [number, number]>([
    [[18, 40], 25],
    [[40, 65], 35],
    [[65, 95], 40],
  ])
  const years = rng.int(age[0], age[1] - 1)
  return fromDayNumber(todayNumber - years * 365 - Math.floor(years / 4) - rng.int(0, 364))
}
