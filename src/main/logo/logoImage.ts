import { AppError } from '../appError'

/** The operator's logo as the documents use it: the file's bytes, checked, with what they hold. */
export interface LogoImage {
  readonly format: 'png' | 'jpeg'
  readonly width: number
  readonly height: number
  readonly bytes: Buffer
}

/** A logo is printed a few centimetres wide: 1 MB is plenty, and keeps every PDF small. */
export const LOGO_MAX_BYTES = 1024 * 1024
/** Beyond this a file is a photo or damaged, not a logo. */
export const LOGO_MAX_SIDE = 10000

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/**
 * Checks a chosen logo file by its bytes, not its name: PNG or JPEG by the magic bytes, at most 1 MB, with
 * dimensions that can be read from its header. `file` names it in the error (the name only).
 */
export function inspectLogo(bytes: Buffer, file: string): LogoImage {
  if (bytes.length > LOGO_MAX_BYTES) throw new AppError('logo-too-large', { file, maxKb: LOGO_MAX_BYTES / 1024 })
  const format = bytes.subarray(0, 8).equals(PNG_SIGNATURE) ? 'png' : bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff ? 'jpeg' : null
  if (format === null) throw new AppError('logo-not-image', { file })
  const size = format === 'png' ? pngSize(bytes) : jpegSize(bytes)
  if (size === null || size.width < 1 || size.height < 1 || size.width > LOGO_MAX_SIDE || size.height > LOGO_MAX_SIDE)
    throw new AppError('logo-dimensions', { file })
  return { format, ...size, bytes }
}

/** The IHDR chunk comes first in every PNG: width and height at bytes 16 and 20. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') return null
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** Walks the JPEG segments to the frame header (SOF0–SOF15 except DHT, JPG and DAC), which holds the size. */
function jpegSize(bytes: Buffer): { width: number; height: number } | null {
  let offset = 2
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null
    const marker = bytes[offset + 1] ?? 0
    // Fill bytes before a marker.
    if (marker === 0xff) {
      offset++
      continue
    }
    const length = bytes.readUInt16BE(offset + 2)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) }
    }
    // Start of scan without a frame before it: not a well-formed image.
    if (marker === 0xda || length < 2) return null
    offset += 2 + length
  }
  return null
}
