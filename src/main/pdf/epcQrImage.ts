import QRCode from 'qrcode'

/**
 * The EPC069-12 payload (src/shared/payment/epcQr.ts) as a PNG QR code with error correction M, as the
 * standard demands; byte mode, so the UTF-8 text (character set 1) is carried as is.
 */
export function epcQrPng(payload: string): Promise<Buffer> {
  return QRCode.toBuffer([{ data: Buffer.from(payload, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: 'M', type: 'png', margin: 4, scale: 6 })
}
