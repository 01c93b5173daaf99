/**
 * One progress line of the monthly run: `Partner 12 van 60: Zorggroep Noord`, and after the partners the
 * overviews across partners (`Overzicht 1 van 2: alle partners`).
 */
export function progressLine(done: number, total: number, partners: number, name: string): string {
  return done <= partners ? `Partner ${done} van ${partners}: ${name}` : `Overzicht ${done - partners} van ${total - partners}: ${name}`
}
