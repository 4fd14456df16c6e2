import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSafeLink, isWebAddress } from './safeUrl.ts';

test('http(s), mailto and addresses on this site are links', () => {
  for (const url of [
    'https://www.gov.cn/zhengce/',
    'HTTP://x.cn',
    'mailto:gk@x.gov.cn',
    '/agencies/',
    '../2022/',
    '2022/?q=a:b',
    '#part-2',
    '?q=1',
    '',
  ])
    assert.equal(isSafeLink(url), true, url);
});

test('every other scheme, however spelled, and other sites without a scheme are not', () => {
  for (const url of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:alert(1)',
    '\x01javascript:alert(1)',
    'java%09script:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,x',
    'file:///etc/passwd',
    'blob:https://x.cn/1',
    'https:',
    '//evil.example/',
    '/\\evil.example/',
    '\\\\evil.example/',
  ])
    assert.equal(isSafeLink(url), false, JSON.stringify(url));
});

test('only absolute http(s) addresses are web addresses', () => {
  assert.equal(isWebAddress('https://x.cn/a.png'), true);
  assert.equal(isWebAddress('http://x.cn'), true);
  assert.equal(isWebAddress('/a.png'), false);
  assert.equal(isWebAddress('mailto:a@x.cn'), false);
  assert.equal(isWebAddress('https:///a'), false);
  assert.equal(isWebAddress('javascript://x.cn/%0aalert(1)'), false);
});
