import { fillParams } from '@shared/problems/dutchText'
import type { UiLanguage } from '@shared/i18n/language'
import { menuEn } from './menu.en'
import { menuNl } from './menu.nl'

/**
 * The main process's own words, by key, with the names of their parameters: the application menu, the
 * About box, the start-up error box and the default titles and filters of its file dialogs. Main has no
 * vue-i18n; it picks the words of the UI language the window told it (channel `app:set-language`).
 */
export const MENU_WORDS = {
  file: [],
  edit: [],
  view: [],
  window: [],
  help: [],
  manual: [],
  about: ['app'],
  services: [],
  hide: ['app'],
  hideOthers: [],
  unhide: [],
  quit: ['app'],
  closeWindow: [],
  makeBackup: [],
  restoreBackup: [],
  exit: [],
  undo: [],
  redo: [],
  cut: [],
  copy: [],
  paste: [],
  selectAll: [],
  reload: [],
  forceReload: [],
  devTools: [],
  resetZoom: [],
  zoomIn: [],
  zoomOut: [],
  fullScreen: [],
  minimize: [],
  zoom: [],
  close: [],
  aboutDetail: ['version', 'electron', 'chrome'],
  startFailed: ['error'],
  chooseFolder: [],
  chooseReportFolder: [],
  saveBackup: [],
  openBackup: [],
  chooseBackupFolder: [],
  backupFiles: [],
  chooseLogo: [],
  imageFiles: [],
  chooseFile: [],
  tableFiles: [],
  saveInspection: [],
  workbookFiles: [],
  allFiles: [],
  saveTemplate: [],
  saveAuditExport: [],
  excelFiles: [],
  auditExportFile: ['stamp'],
  saveClientExport: [],
  savePartnerExport: [],
  clientExportFile: ['stamp'],
  partnerExportFile: ['stamp'],
} as const satisfies Record<string, readonly string[]>

export type MenuWord = keyof typeof MENU_WORDS

/** One of main's own texts in the UI language. */
export function menuText(language: UiLanguage, word: MenuWord, params: Readonly<Record<string, string | number>> = {}): string {
  return fillParams((language === 'en' ? menuEn : menuNl)[word], params)
}
