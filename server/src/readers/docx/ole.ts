// OLE2 compound files (the container of .doc, .wps and of a password-protected .docx): only what tells them apart.
// A protected .docx is an OLE file whose directory holds an `EncryptedPackage` stream (MS-OFFCRYPTO); any other
// OLE file given as a Word document is a binary .doc or .wps.
import { u16, u32 } from './zip';

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
/** Directory entries are 128 bytes: a UTF-16LE name of up to 32 code units, its length in bytes at 0x40. */
const ENTRY = 128;

export function isOleFile(b: Uint8Array): boolean {
  return b.length >= 512 && SIGNATURE.every((v, i) => b[i] === v);
}

/** Where sector n starts (sector 0 follows the header, which takes one sector of the file's size). */
const sectorStart = (n: number, size: number) => (n + 1) * size;

/**
 * The sector numbers of the file allocation table: the first 109 stand in the header, the rest in a chain of
 * DIFAT sectors. Bounded by the file's size, so a looping chain ends.
 */
function fatSectors(b: Uint8Array, size: number): number[] {
  const sectors: number[] = [];
  const count = u32(b, 0x2c);
  for (let i = 0; i < 109 && sectors.length < count; i++) sectors.push(u32(b, 0x4c + 4 * i));
  let next = u32(b, 0x44);
  const limit = b.length / size;
  for (let steps = 0; next !== END_OF_CHAIN && sectors.length < count && steps < limit; steps++) {
    const at = sectorStart(next, size);
    if (at + size > b.length) break;
    for (let i = 0; i < size / 4 - 1 && sectors.length < count; i++) sectors.push(u32(b, at + 4 * i));
    next = u32(b, at + size - 4);
  }
  return sectors;
}

/** The next sector of a chain, read from the allocation table; END_OF_CHAIN when it cannot be read. */
function nextSector(b: Uint8Array, fat: number[], size: number, n: number): number {
  const perSector = size / 4;
  const fatSector = fat[Math.floor(n / perSector)];
  if (fatSector === undefined) return END_OF_CHAIN;
  const at = sectorStart(fatSector, size) + 4 * (n % perSector);
  return at + 4 <= b.length ? u32(b, at) : END_OF_CHAIN;
}

/** The names in the file's directory (every storage and stream), following the directory's sector chain. */
export function oleDirectoryNames(b: Uint8Array): string[] {
  const shift = u16(b, 0x1e);
  if (shift !== 9 && shift !== 12) return [];
  const size = 1 << shift;
  const fat = fatSectors(b, size);
  const names: string[] = [];
  const limit = b.length / size;
  let sector = u32(b, 0x30);
  for (let steps = 0; sector !== END_OF_CHAIN && steps < limit; steps++) {
    const at = sectorStart(sector, size);
    if (at + size > b.length) break;
    for (let e = at; e < at + size; e += ENTRY) {
      const length = Math.min(u16(b, e + 0x40), 64);
      let name = '';
      for (let i = 0; i + 2 < length; i += 2) name += String.fromCharCode(u16(b, e + i));
      if (name) names.push(name);
    }
    sector = nextSector(b, fat, size, sector);
  }
  return names;
}

/** Whether an OLE file is a password-protected Office Open XML document. */
export function isEncryptedPackage(b: Uint8Array): boolean {
  return isOleFile(b) && oleDirectoryNames(b).includes('EncryptedPackage');
}
