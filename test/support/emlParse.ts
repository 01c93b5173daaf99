import { execFileSync } from 'node:child_process'

export interface ParsedEml {
  readonly headers: Record<string, string>
  readonly text: string
  readonly attachments: readonly { readonly fileName: string; readonly contentType: string; readonly base64: string }[]
}

/**
 * Parses an `.eml` file with Python's standard `email` package, an independent MIME reader (python3 is in
 * CI for openpyxl already): decoded headers, the text part, and each attachment's name, type and bytes.
 */
const SCRIPT = `
import sys, json, base64, email
from email import policy
msg = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)
out = {'headers': {k: str(v) for k, v in msg.items()}, 'text': '', 'attachments': []}
for part in msg.walk():
    if part.is_multipart():
        continue
    if part.get_content_disposition() == 'attachment':
        out['attachments'].append({'fileName': part.get_filename(), 'contentType': part.get_content_type(), 'base64': base64.b64encode(part.get_payload(decode=True)).decode()})
    elif part.get_content_type() == 'text/plain':
        out['text'] = part.get_content()
print(json.dumps(out))
`

export function parseEml(path: string): ParsedEml {
  return JSON.parse(execFileSync('python3', ['-c', SCRIPT, path], { encoding: 'utf8' })) as ParsedEml
}
