// Writing output to a slow reader: the sink waits for the stream to drain instead of piling up.
import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { Sink, writeRows, type OutputColumn } from '../../src/cli/output.js';

it('waits for a slow stream to drain, and writes everything in order', async () => {
  let written = '';
  let waits = 0;
  const slow = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, done) {
      written += chunk.toString();
      setTimeout(done, 1);
    },
  });
  slow.on('drain', () => (waits += 1));
  const sink = new Sink(slow);
  const columns: OutputColumn[] = [{ key: 'n', label: { id: 'N', en: 'N' }, kind: 'int' }, { key: 'note', label: { id: 'Catatan', en: 'Note' }, kind: 'text' }];
  const rows = Array.from({ length: 20_000 }, (_, n) => ({ n, note: n % 2 === 0 ? 'a, "b"' : undefined }));
  await writeRows(sink, 'csv', 'en', columns, rows);
  await sink.flush();
  expect(waits).toBeGreaterThan(0);
  const lines = written.split('\n');
  expect(lines.slice(0, 4)).toEqual(['n,note', '0,"a, ""b"""', '1,', '2,"a, ""b"""']);
  expect(lines).toHaveLength(20_002);
});

it('writes a number JSON cannot hold as null, and text with a line break on one table line', async () => {
  let written = '';
  const stream = new Writable({ write(chunk: Buffer, _encoding, done) { written += chunk.toString(); done(); } });
  const sink = new Sink(stream);
  const columns: OutputColumn[] = [{ key: 'x', label: { id: 'X', en: 'X' }, kind: 'pct' }, { key: 't', label: { id: 'T', en: 'T' }, kind: 'text' }];
  await writeRows(sink, 'json', 'en', columns, [{ x: Number.POSITIVE_INFINITY, t: 'a\nb' }]);
  await writeRows(sink, 'table', 'en', columns, [{ x: 12.5, t: 'a\r\nb' }]);
  await writeRows(sink, 'md', 'id', columns, [{ x: 12.5, t: 'a|b' }]);
  await sink.flush();
  expect(written).toBe('[\n  {"x":null,"t":"a\\nb"}\n]\n     X  T\n------  ---\n12.50%  a b\n| X | T |\n| ---: | --- |\n| 12,50% | a\\|b |\n');
});
