/**
 * Test fixture: a minimal PDF written by hand — pages with the given content streams (and resources),
 * a correct cross-reference table — for PDFs no tool here makes, such as a scan without a text layer.
 */

export interface TestPage {
  /** The page's content stream, e.g. `0 0 m 100 100 l S` (a line) or `q 100 0 0 100 0 0 cm /Im1 Do Q`. */
  content: string;
  /** Extra objects the page's resources refer to, by name: e.g. { XObject: { Im1: '<< … >> stream … endstream' } }. */
  resources?: Record<string, Record<string, string>>;
}

export function minimalPdf(pages: readonly TestPage[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // the page tree, filled in below
  const kids: number[] = [];
  for (const page of pages) {
    const resources: string[] = [];
    for (const [kind, named] of Object.entries(page.resources ?? {})) {
      const refs = Object.entries(named).map(([name, body]) => {
        add(body);
        return `/${name} ${objects.length} 0 R`;
      });
      resources.push(`/${kind} << ${refs.join(' ')} >>`);
    }
    add(`<< /Length ${page.content.length} >>\nstream\n${page.content}\nendstream`);
    const content = objects.length;
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${content} 0 R /Resources << ${resources.join(' ')} >> >>`,
    );
    kids.push(objects.length);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) out += `${String(at).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A 2×2 grey image, as a scanner would put a page's picture. */
export const tinyImage =
  '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u0000\u00ff\u00ff\u0000\nendstream';
