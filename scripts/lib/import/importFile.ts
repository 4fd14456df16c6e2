/**
 * Importing one file of any kind: a PDF's text layer is read first (asynchronously), then every kind
 * goes through the same core (importReport).
 */
import { type Imported, type ImportInput, importReport } from './importReport.ts';
import { pdfDocument } from './pdf/document.ts';
import { isPdf } from './source.ts';

export async function importFile(input: ImportInput): Promise<Imported> {
  if (input.doc || !isPdf(input.bytes)) return importReport(input);
  return importReport({ ...input, doc: await pdfDocument(input.bytes) });
}
