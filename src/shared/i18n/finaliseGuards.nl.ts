/** Dutch words of the checks before finalising (src/shared/domain/invoicing/finaliseGuards.ts); `{name}` is a parameter. */
export const finaliseGuardsNl = {
  problems: {
    'plan-voorbeeldprijs': 'Abonnementsvorm {plan} staat nog op de voorbeeldprijs.',
    'plan-zonder-prijs': 'Abonnementsvorm {plan} heeft geen prijs.',
    'plan-onbekend': 'Abonnementsvorm {plan} staat niet meer in de lijst van abonnementsvormen.',
    'operator-ontbreekt': 'Uw {field} ontbreekt.',
    'operator-voorbeeld': 'Uw {field} is nog de voorbeeldwaarde.',
    'concept-verouderd': 'De conceptfactuur van {partner} is gemaakt vóór de laatste wijziging van prijs of gegevens.',
  },
  fields: {
    name: 'naam',
    street: 'straat en huisnummer',
    postcode: 'postcode',
    city: 'plaats',
    kvkNumber: 'KvK-nummer',
    vatNumber: 'btw-identificatienummer',
    iban: 'IBAN',
  },
  /** Where each problem is fixed. */
  where: {
    plans: 'Aan te passen bij Abonnementsvormen.',
    operator: 'Aan te passen bij Instellingen → Gegevens organisatie.',
    concepts: 'Maak de concepten opnieuw.',
  },
}
