/** A QR code as inline SVG. The library loads at the first code drawn, not at every start. */
export async function qrCodeSvg(text: string): Promise<string> {
  const { default: QRCode } = await import("qrcode");
  return QRCode.toString(text, { type: "svg", margin: 2 });
}
