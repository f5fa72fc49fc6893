/**
 * A QR code for a link, as an SVG path to draw in the page (no canvas, no image: it scales sharply, prints,
 * and follows the theme's colours). Loaded only when a share dialog opens.
 */
import { correction, generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';

export interface QrCode {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** The dark modules, for `<path d>` in a `0 0 size size` view box. */
  path: string;
}

/**
 * The QR code of `text`, or `undefined` when it does not fit in one (about 2 900 characters at the lowest
 * error correction, the largest code phones can read from a screen). Higher correction is used when it fits.
 */
export function qrCode(text: string): QrCode | undefined {
  try {
    const code = generate(text, { minCorrectionLevel: correction.L });
    return { size: code.size, path: toSvgPath(code) };
  } catch {
    return undefined;
  }
}
