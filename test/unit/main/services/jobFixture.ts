import { emptyBackupData, type BackupData } from '@shared/backup/schema'
import { PLANS, SETTINGS, client, d, partner, period, usage } from '../../shared/domain/fixtures'

/**
 * A small database for the monthly job: partner p1 with a client activated mid-period (the spec's example,
 * € 100,00 from 10-11-2026 = € 51,61) and one that changed plan on 01-11-2026; p2 with one client all
 * period; p3 without clients, so nothing to bill.
 */
export function jobData(): BackupData {
  return {
    ...emptyBackupData(SETTINGS),
    partners: [partner({ id: 'p1', name: 'Zorggroep Noord' }), partner({ id: 'p2', name: 'Thuiszorg Zuid' }), partner({ id: 'p3', name: 'Stichting Leeg' })],
    plans: PLANS,
    clients: [
      client({ id: 'c1', partnerId: 'p1', clientNumber: '101', activationDate: d('2026-11-10') }),
      client({ id: 'c2', partnerId: 'p1', clientNumber: '102' }),
      client({ id: 'c3', partnerId: 'p2', clientNumber: '201' }),
    ],
    subscriptionPeriods: [
      period('c1', 'plus', '2026-11-10', null, 'sp1'),
      period('c2', 'basis', '2026-01-12', '2026-11-01', 'sp2'),
      period('c2', 'plus', '2026-11-01', null, 'sp3'),
      period('c3', 'waakvlam', '2026-01-12', null, 'sp4'),
    ],
    usage: [usage('c1', '2026-11', 40, 5), usage('c3', '2026-11', 10, 2, 3, 'p2'), usage('c3', '2026-10', 12, 0, 2, 'p2')],
  }
}
