/** Characters escaped in XML text and attributes, and the control characters XML 1.0 cannot carry. */
// eslint-disable-next-line no-control-regex
const XML_SPECIAL = /[<>&'"\u007F\u0000-\u0008\u000B\u000C\u000E-\u001F]/

/** XML text or attribute value: quotes as entities too, invalid control characters dropped (safeText drops them first). */
export function xmlText(text: string): string {
  if (!XML_SPECIAL.test(text)) return text
  let out = ''
  for (const ch of text) {
    switch (ch) {
      case '"':
        out += '&quot;'
        break
      case '&':
        out += '&amp;'
        break
      case "'":
        out += '&apos;'
        break
      case '<':
        out += '&lt;'
        break
      case '>':
        out += '&gt;'
        break
      default: {
        const code = ch.charCodeAt(0)
        if (code === 0x7f || (code <= 31 && code !== 9 && code !== 10 && code !== 13)) break
        out += ch
      }
    }
  }
  return out
}

/** `name="value"` pairs for the defined values, in the given order. */
export function attributes(pairs: Readonly<Record<string, string | number | undefined>>): string {
  let out = ''
  for (const [name, value] of Object.entries(pairs)) if (value !== undefined) out += ` ${name}="${xmlText(String(value))}"`
  return out
}
