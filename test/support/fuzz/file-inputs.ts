import fc from 'fast-check';
import { FuzzInput, FuzzTarget, JSON_TYPE } from './fuzz-input';

/** A route taking a file: bytes of no known type, nothing, a forged name, JSON, the wrong content type. */
export function fileInputs(target: FuzzTarget, types: string[], headers: Record<string, string>): fc.WeightedArbitrary<FuzzInput>[] {
  const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
  const csv = types.includes('text/csv');
  const send = (kind: string, type: string, payload: string | Buffer, extra: Record<string, string> = {}): FuzzInput => ({
    kind,
    url: target.url,
    headers: { ...headers, 'content-type': type, ...extra },
    payload,
  });
  const out: fc.WeightedArbitrary<FuzzInput>[] = [
    {
      weight: 30,
      arbitrary: fc
        .tuple(fc.constantFrom(...types), fc.uint8Array({ minLength: 1, maxLength: 4096 }))
        .map(([type, bytes]) => send(csv ? 'CSV of random bytes' : 'bytes of no known type', type, Buffer.from(bytes))),
    },
    { weight: 5, arbitrary: fc.constantFrom(...types).map((type) => send('empty file', type, Buffer.alloc(0))) },
    {
      weight: 10,
      arbitrary: fc.jsonValue({ maxDepth: 2 }).map((value) => send('JSON instead of a file', JSON_TYPE, JSON.stringify({ file: value }))),
    },
    {
      weight: 10,
      arbitrary: fc
        .constantFrom(
          'text/html',
          'text/plain',
          'application/xml',
          'multipart/form-data; boundary=fuzz',
          'image/svg+xml',
          'application/zip',
        )
        .map((type) => send(`content type ${type}`, type, csv ? 'Nom;Prénom;E-mail\n' : pdf)),
    },
  ];
  if (csv)
    out.push(
      {
        weight: 25,
        arbitrary: fc
          .array(
            fc.tuple(
              fc.string({ unit: 'binary', maxLength: 30 }),
              fc.string({ unit: 'binary', maxLength: 30 }),
              fc.constantFrom('pas-une-adresse', '', '@x', 'a@', '\u202e@example.fr'),
            ),
            { minLength: 1, maxLength: 20 },
          )
          .map((rows) =>
            send('CSV lines with a bad e-mail', 'text/csv', `Nom;Prénom;E-mail\n${rows.map((r) => r.join(';')).join('\n')}\n`),
          ),
      },
      {
        weight: 10,
        arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 2000 }).map((s) => send('CSV of random text', 'text/csv', s)),
      },
    );
  else
    out.push({
      weight: 25,
      arbitrary: fc
        .constantFrom(
          '../x.pdf',
          'a%2Fb.pdf',
          '..%5Cx.pdf',
          'x.pdf.exe',
          'x%00.pdf',
          'cv-%E2%80%AEfdp.exe',
          'x%0D%0A.pdf',
          'scan.png',
          'x.docm',
          'x.html',
          'a%E2%80%8Bb.exe',
        )
        .map((name) => send(`file name ${name}`, 'application/pdf', pdf, { 'x-file-name': name })),
    });
  return out;
}
