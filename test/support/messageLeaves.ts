/** A message tree as vue-i18n takes it: sections of sections, with strings at the leaves. */
export interface MessageTree {
  readonly [key: string]: string | MessageTree
}

/** Every leaf of a message tree as [dotted key path, text], in the tree's order. */
export function messageLeaves(tree: MessageTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = prefix === '' ? key : `${prefix}.${key}`
    return typeof value === 'string' ? [[path, value]] : messageLeaves(value, path)
  })
}
