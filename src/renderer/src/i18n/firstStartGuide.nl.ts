/** The first-start guide's words (a section of the UI messages, kept apart so the guide reads as one piece). */
export const firstStartGuideNl = {
  nav: 'Inrichten',
  title: 'Inrichten',
  intro: 'Zo richt u de administratie in. Een stap is afgevinkt zodra de gegevens er zijn; u kiest zelf de volgorde en kunt altijd later verder.',
  progress: '{done} van {total} stappen klaar',
  progressLabel: 'Voortgang van het inrichten',
  later: 'Later verder',
  allDone: 'Alles ingericht',
  allDoneText: 'Alle stappen zijn klaar; de gids opent niet meer vanzelf.',
  done: 'Klaar',
  todo: 'Nog te doen',
  steps: {
    operator: {
      title: 'Gegevens van uw organisatie',
      text: 'Naam, adres, KvK-nummer, btw-id en IBAN staan op elke factuur. U vult ze in bij Instellingen, onder Gegevens organisatie.',
      action: 'Naar Instellingen',
      missing: 'Ontbreekt: {fields}',
      example: 'Nog het voorbeeld: {fields}',
    },
    clerks: {
      title: 'Medewerkers',
      text: 'Wie met de applicatie werkt, kiest bij het starten zijn naam en de audittrail noemt die medewerker. Voeg er minstens één toe bij Instellingen, onder Medewerkers.',
      action: 'Naar Instellingen',
      count: 'Actieve medewerkers: {count}',
    },
    plans: {
      title: 'Abonnementsvormen',
      text: 'De meegeleverde abonnementsvormen hebben voorbeeldprijzen. Zet bij elke actieve vorm uw eigen maandprijs; zolang er een voorbeeldprijs staat, kan een factuur niet definitief worden.',
      action: 'Naar Abonnementsvormen',
      example: 'Nog een voorbeeldprijs: {plans}',
      none: 'Er is nog geen actieve abonnementsvorm.',
      count: 'Actieve abonnementsvormen: {count}',
    },
    partners: {
      title: 'Partners',
      text: 'Voeg minstens één aangesloten partner toe, of importeer uw partners uit een bestand.',
      add: 'Partner toevoegen',
      import: 'Partners importeren',
      count: 'Partners: {count}',
    },
    clients: {
      title: 'Cliënten',
      text: 'Importeer uw bestaande administratie (partners, cliënten en hun abonnementen) uit een bestand, of laad de demogegevens om de applicatie eerst te verkennen.',
      import: 'Bestaande administratie importeren',
      demo: 'Demogegevens laden',
      count: 'Cliënten: {count}',
    },
  },
  demoConfirm: {
    header: 'Demogegevens laden',
    message:
      'De demogegevens vervangen alles wat nu in de administratie staat, ook de gegevens van uw organisatie, de medewerkers en de abonnementsvormen. Doorgaan?',
    accept: 'Demogegevens laden',
  },
  example: {
    title: 'Wat nu nog voorbeeldgegevens zijn',
    none: 'Niets meer: alle gegevens zijn van uw eigen organisatie.',
    whatToDo: 'Wat te doen:',
    plans: {
      title: 'Voorbeeldprijzen',
      text: 'Deze abonnementsvormen hebben nog hun voorbeeldprijs: {plans}.',
      todo: 'Zet de echte maandprijs bij Abonnementsvormen; tot dan kunnen facturen niet definitief worden.',
      go: 'Naar Abonnementsvormen',
    },
    operator: {
      title: 'Voorbeeldgegevens van de organisatie',
      text: 'Nog het voorbeeld: {fields}.',
      todo: 'Vul uw eigen gegevens in bij Instellingen; ze staan op elke factuur.',
      go: 'Naar Instellingen',
    },
    demo: {
      title: 'Demogegevens geladen',
      text: 'De partners, cliënten en het verbruik zijn verzonnen, om de applicatie te verkennen.',
      todo: 'Gaat u met echte gegevens werken, zet dan een back-up van uw eigen administratie terug bij Back-up; die vervangt de demogegevens.',
      go: 'Naar Back-up',
    },
    documents: {
      title: 'VOORBEELD op documenten',
      text: 'Elke factuur en elk ander document uit de demogegevens draagt het woord VOORBEELD en is niet bedoeld voor een partner.',
      todo: 'Echte facturen maakt u met uw eigen gegevens; zonder demogegevens verdwijnt VOORBEELD vanzelf.',
      go: 'Naar Facturatie',
    },
  },
  returnBar: {
    text: 'U kwam hier vanuit de inrichtingsgids.',
    back: 'Terug naar de gids',
  },
  card: {
    text: 'De administratie is nog niet helemaal ingericht: {progress}.',
    continue: 'Verder met inrichten',
    allDone: 'Alles ingericht: alle stappen van de inrichtingsgids zijn klaar.',
  },
}
