import { z } from 'zod'
import { defineChannels } from '../channel'
import { absolutePathSchema } from '../paths'

export const chooseFolderInputSchema = z
  .object({
    /** Dialog title, e.g. "Kies de map voor back-ups". */
    title: z.string().trim().min(1).max(120).optional(),
    /** Where the dialog starts, e.g. the folder from the settings. */
    defaultPath: absolutePathSchema.optional(),
  })
  .optional()

/** `null` when the user cancelled the dialog. */
export const chosenFolderSchema = z.object({ path: absolutePathSchema }).nullable()

export const folderChannels = defineChannels('folder', {
  /** Lets the user pick a folder (e.g. for backups in the settings). */
  'folder:choose': { input: chooseFolderInputSchema, output: chosenFolderSchema },
  /** Shows a folder in Explorer/Finder; main refuses anything that is not an existing folder. */
  'folder:open': { input: z.object({ path: absolutePathSchema }), output: z.null() },
})
