import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinBase, parseReportId, paths } from './urls.ts';

test('addresses sit under the base, whether or not it ends in a slash', () => {
  assert.equal(joinBase('/', paths.report('640302-sifaju', 2023)), '/agencies/640302-sifaju/2023/');
  assert.equal(joinBase('/touming', paths.year(2023)), '/touming/years/2023/');
  assert.equal(joinBase('/touming/', paths.home()), '/touming/');
});

test('a report id splits into agency and year, and anything else is refused', () => {
  assert.deepEqual(parseReportId('640302-sifaju/2023'), { agencyId: '640302-sifaju', year: 2023 });
  assert.throws(() => parseReportId('640302-sifaju'), /not of the form/);
});
