/** Dutch names and places for demo data. Invented combinations; any likeness to real people is chance. */

export const FIRST_NAMES = [
  'Jan', 'Piet', 'Kees', 'Henk', 'Gerrit', 'Willem', 'Johannes', 'Cornelis', 'Hendrik', 'Theo', 'Bram', 'Daan', 'Sem', 'Lucas', 'Milan',
  'Thijs', 'Jesse', 'Ruben', 'Niels', 'Bas', 'Mohamed', 'Ahmed', 'Youssef', 'Mehmet', 'Emre', 'Kevin', 'Dennis', 'Stefan', 'Martijn', 'Sander',
  'Maria', 'Anna', 'Johanna', 'Cornelia', 'Wilhelmina', 'Elisabeth', 'Anja', 'Ingrid', 'Marja', 'Petra', 'Sanne', 'Lotte', 'Emma', 'Julia', 'Sophie',
  'Fleur', 'Iris', 'Noor', 'Eva', 'Lisa', 'Fatima', 'Aisha', 'Samira', 'Yasmina', 'Esra', 'Chantal', 'Priscilla', 'Mirjam', 'Els', 'Truus',
  'Gerda', 'Joke', 'Riet', 'Ria', 'Annelies', 'Femke', 'Marloes', 'Ilse', 'Roos', 'Hanneke', 'Émile', 'Zoë', 'Chloë', 'Noë', 'René',
] as const

export const LAST_NAMES = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder',
  'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf',
  'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Heuvel', 'van der Veen', 'van den Broek',
  'de Bruijn', 'de Bruin', 'van der Heijden', 'Schouten', 'van Beek', 'Willems', 'van Vliet', 'van de Ven', 'Hoekstra', 'Maas',
  'Verhoeven', 'Koster', 'van Dam', 'van der Wal', 'Prins', 'Blom', 'Huisman', 'Peeters', 'de Koning', 'van Wijk', 'Postma',
  'Kuipers', 'Veenstra', 'Kramer', 'van den Brink', 'Scholten', "van 't Hof", 'El Amrani', 'Yilmaz', 'Kaya', 'Öztürk', 'Bouzid',
  'Tahiri', 'Nguyen', 'Pinas', 'Wijnaldum', 'Goossens', 'Claassen', 'Lambregts', 'ter Horst', 'ten Brink', 'op den Kamp',
] as const

/** City with a plausible postcode range (4 digits). */
export const CITIES: readonly (readonly [string, number])[] = [
  ['Amsterdam', 1011], ['Rotterdam', 3011], ['Den Haag', 2511], ['Utrecht', 3511], ['Eindhoven', 5611], ['Groningen', 9711],
  ['Tilburg', 5011], ['Almere', 1311], ['Breda', 4811], ['Nijmegen', 6511], ['Apeldoorn', 7311], ['Arnhem', 6811], ['Haarlem', 2011],
  ['Enschede', 7511], ['Amersfoort', 3811], ['Zaanstad', 1501], ['Zwolle', 8011], ['Leiden', 2311], ['Maastricht', 6211],
  ['Dordrecht', 3311], ['Ede', 6711], ['Leeuwarden', 8911], ['Alkmaar', 1811], ['Emmen', 7811], ['Deventer', 7411], ['Delft', 2611],
  ['Venlo', 5911], ['Helmond', 5701], ['Oss', 5341], ['Assen', 9401], ['Hoorn', 1621], ['Gouda', 2801], ['Middelburg', 4331],
  ['Roermond', 6041], ['Heerenveen', 8441], ['Doetinchem', 7001], ['Harderwijk', 3841], ['Sneek', 8601], ['Veenendaal', 3901],
]

export const STREETS = [
  'Hoofdstraat', 'Kerkstraat', 'Dorpsstraat', 'Stationsweg', 'Molenweg', 'Schoolstraat', 'Julianastraat', 'Wilhelminastraat', 'Beatrixlaan',
  'Parallelweg', 'Nieuwstraat', 'Marktplein', 'Kastanjelaan', 'Lindelaan', 'Eikenlaan', 'Industrieweg', 'Zorgpad', 'Havenkade', 'Prinsengracht',
  'Oranjestraat', 'Zuidsingel', 'Noordersingel', 'Burgemeester de Withstraat', 'Van Goghlaan', 'Rembrandtplein',
] as const

export const PARTNER_KINDS = ['Zorggroep', 'Stichting', 'Woonzorg', 'Thuiszorg', 'Begeleid Wonen', 'Zorgcentrum', 'GGZ', 'Zorgcoöperatie', 'Wijkzorg', 'Ambulante Zorg'] as const

export const PARTNER_NAMES = [
  'De Linde', 'Noorderlicht', 'Het Baken', 'Rivierenland', 'De Zonnebloem', 'Kennemerland', 'De Wending', 'Het Anker', 'Horizon', 'De Brug',
  'Veluwezoom', 'De Kempen', 'Het Kompas', 'Zuiderzee', 'De Meander', 'Waterland', 'De Vaart', 'Het Gooi', 'De Eik', 'Midden-Brabant',
  'De Hoge Veluwe', 'Twente', 'De Lichtboei', 'Amstelland', 'Het Dal', 'De Schakel', 'Duin en Bollen', 'Drechtsteden', 'De Lindenhof', 'Oost-Achterhoek',
] as const

export const CONTACT_ROLES = ['teamleider', 'zorgcoördinator', 'administratie', 'manager zorg', 'contractmanager'] as const

export const CHANGE_REASONS_UP = [
  'Cliënt belt vaker dan het abonnement toelaat',
  'Meer nachtelijke contacten sinds verhuizing',
  'Begeleider vraagt om een ruimer abonnement na evaluatie',
  'Gebruik structureel boven de bundel in het afgelopen kwartaal',
] as const

export const CHANGE_REASONS_DOWN = [
  'Cliënt gebruikt het abonnement nauwelijks',
  'Minder contact nodig na stabilisatie',
  'Gebruik structureel onder de bundel van een kleiner abonnement',
] as const

export const NOTES = [
  'Voorkeur voor contact per beeldbellen.',
  'Slechthorend: rustig en duidelijk spreken.',
  'Bij geen gehoor na 22.00 uur begeleider bellen.',
  'Cliënt heeft een vaste belafspraak op dinsdag.',
  'Sleutelkastje aanwezig, code bij begeleider.',
] as const
