import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CborReader, CborWriter } from './cbor.ts';

test('integers of every width, text and nested arrays read back as written', () => {
  const ints = [
    0,
    1,
    23,
    24,
    255,
    256,
    65_535,
    65_536,
    2 ** 32 - 1,
    2 ** 32,
    -1,
    -24,
    -25,
    -256,
    -257,
    -70_000,
  ];
  const w = new CborWriter().array(3).array(ints.length);
  for (const n of ints) w.int(n);
  w.text('行政复议（一）予以公开');
  w.array(2).array(0).text('');
  const r = new CborReader(w.bytes());
  assert.equal(r.array(), 3);
  assert.deepEqual(r.ints(), ints);
  assert.equal(r.text(), '行政复议（一）予以公开');
  assert.equal(r.array(), 2);
  assert.equal(r.array(), 0);
  assert.equal(r.text(), '');
  assert.ok(r.done);
});

test('the shortest head is written, as RFC 8949 prefers and Pagefind writes', () => {
  assert.deepEqual([...new CborWriter().uint(23).bytes()], [23]);
  assert.deepEqual([...new CborWriter().uint(24).bytes()], [24, 24]);
  assert.deepEqual([...new CborWriter().uint(500).bytes()], [25, 1, 244]);
  assert.deepEqual([...new CborWriter().int(-25).bytes()], [0x38, 24]);
  assert.deepEqual([...new CborWriter().array(3).bytes()], [0x83]);
});

test('skip moves past a whole item, and raw copies it unchanged', () => {
  const item = new CborWriter().array(2).text('法律援助').array(3).int(-25).uint(863).uint(70_000).bytes();
  const w = new CborWriter().array(2).raw(item).uint(7);
  const r = new CborReader(w.bytes());
  r.array();
  const start = r.pos;
  r.skip();
  assert.deepEqual(r.bytes.slice(start, r.pos), item);
  assert.equal(r.uint(), 7);
});

test('what the reader does not support, or a cut-off file, is refused with the byte it stopped at', () => {
  assert.throws(
    () => new CborReader(Uint8Array.of(0xa1, 0x01, 0x02)).skip(),
    /unsupported major type 5 at byte 0/,
  );
  assert.throws(() => new CborReader(Uint8Array.of(0x9f, 0xff)).array(), /unsupported length encoding 31/);
  assert.throws(() => new CborReader(Uint8Array.of(0x65, 0x61)).text(), /runs past the end/);
  assert.throws(() => new CborReader(Uint8Array.of(0x19, 0x01)).uint(), /unexpected end/);
  assert.throws(
    () => new CborReader(Uint8Array.of(0x61, 0x61)).uint(),
    /expected major type 0 at byte 0, found 3/,
  );
  assert.throws(() => new CborWriter().uint(-1), /cannot encode -1/);
});

test('skipInts moves past an array of integers of every width, and rawRange copies a run of bytes unchanged', () => {
  const ints = [0, 23, 24, -25, 256, -70_000, 2 ** 32, -(2 ** 40)];
  const w = new CborWriter().array(ints.length);
  for (const n of ints) w.int(n);
  const list = w.uint(9).bytes();
  const r = new CborReader(list);
  assert.equal(r.skipInts(), ints.length);
  const end = r.pos;
  assert.equal(r.uint(), 9);
  const long = new CborWriter().array(40);
  for (let i = 0; i < 40; i++) long.uint(i * 1000);
  const longBytes = long.bytes();
  for (const [bytes, start, stop] of [
    [list, 1, end],
    [longBytes, 0, longBytes.length],
  ] as const)
    assert.deepEqual(new CborWriter().rawRange(bytes, start, stop).bytes(), bytes.slice(start, stop));
  assert.throws(
    () => new CborReader(Uint8Array.of(0x82, 0x01, 0x61)).skipInts(),
    /expected major type int at byte 2, found 3/,
  );
  assert.throws(() => new CborReader(Uint8Array.of(0x81, 0x19, 0x01)).skipInts(), /unexpected end at byte 1/);
  assert.throws(() => new CborReader(Uint8Array.of(0x82, 0x01)).skipInts(), /unexpected end at byte 2/);
});
