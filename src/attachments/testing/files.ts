/** Files for the attachments' tests: a phone photo with its GPS position, a PDF, impostors. */
import sharp from "sharp";

/** A 40×20 JPEG as a phone writes it: turned by EXIF (orientation 6, so it shows 20×40), with a GPS position and a camera make. */
export function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 20, channels: 3, background: "red" } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: "SamenPhone" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "52/1 22/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "4/1 53/1 0/1" },
    })
    .toBuffer();
}

/** Whether EXIF data holds a GPS directory (its pointer, tag 0x8825, in either byte order). */
export function hasGpsDirectory(exif: Buffer | undefined): boolean {
  return !!exif && (exif.includes(Buffer.from([0x25, 0x88])) || exif.includes(Buffer.from([0x88, 0x25])));
}

export const pdf = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

/** A PDF of `size` bytes (the check takes what follows %%EOF), for the limits on sizes. */
export const pdfOfSize = (size: number) => Buffer.concat([pdf, Buffer.alloc(size - pdf.length)]);

/** The start of a Windows program, as a renamed .exe brings it. */
export const windowsProgram = Buffer.concat([
  Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff", "latin1"),
  Buffer.alloc(200),
]);

export const svgWithScript = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(document.cookie)</script></svg>',
);

/** A JPEG's signature and nothing that decodes. */
export const brokenJpeg = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  Buffer.from("JFIF\0"),
  Buffer.alloc(64, 7),
]);
