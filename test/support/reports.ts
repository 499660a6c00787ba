import { readFileSync } from 'fs';
import * as path from 'path';

/** The real reports in ../shared/reports, read as they are. */
export const REPORTS_DIR = path.resolve(__dirname, '../../../../shared/reports');
export const REPORT_FILES = ['000_686a82e6f5c2a14f.txt', '001_5f52f77d1e58bc3f.txt', '002_0b0fce05247e3def.txt', '003_1ad31af01008103e.txt', '004_46deb1f51ba2e893.txt'];

export function readReport(name: string): string {
  return readFileSync(path.join(REPORTS_DIR, name), 'utf8');
}

/** The three published PDFs, and their pdftotext extractions. */
export const PUBLISHED_DIR = path.resolve(__dirname, '../../../../shared/published');
export const FROM_PDF_DIR = path.resolve(__dirname, '../../../../shared/reports-from-pdf');
export const FROM_PDF_FILES = ['01_hongzequ_2023_pdf_layout.txt', '02_hongzequ_2024_pdf_raw.txt', '03_huaianshi_2024_pdf_layout.txt'];
