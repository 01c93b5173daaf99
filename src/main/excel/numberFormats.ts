/**
 * Number format codes as stored in the file. Excel and LibreOffice store them in the en-US notation and
 * show them in the reader's locale, so `"€" #,##0.00` appears as `€ 1.234,56` in a Dutch Excel
 * (spec: money as `€ 1.234,56`, dates as `dd-mm-jjjj`, which is `dd-mm-yyyy` in the file).
 */
export const NUMBER_FORMATS = {
  /** Negative amounts as `€ -1.234,56`, the Dutch convention (also used by the app's own formatMoney). */
  money: '"€" #,##0.00;"€" -#,##0.00',
  date: 'dd-mm-yyyy',
  integer: '#,##0',
  /** Minutes may carry a fraction from the telephony export; one decimal like the screens show. */
  minutes: '#,##0.0',
  /** Cells hold a fraction (0.875) and show `87,5%`. */
  percent: '0.0%',
} as const
