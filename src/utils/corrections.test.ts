import assert from 'node:assert/strict';
import { test } from 'node:test';
import { correctionsHref, correctionsUrlProblem } from './corrections.ts';

test('a corrections address may be http(s) or mailto, with placeholders; anything else is refused with why', () => {
  assert.equal(correctionsUrlProblem('https://example.gov.cn/feedback?page={url}'), undefined);
  assert.equal(correctionsUrlProblem('mailto:data@example.gov.cn?subject={title}'), undefined);
  assert.match(
    correctionsUrlProblem('javascript:alert(1)') ?? '',
    /javascript: address; only http\(s\) and mailto/,
  );
  assert.match(correctionsUrlProblem('data:text/html,<script>') ?? '', /data: address/);
  assert.match(correctionsUrlProblem('feedback page') ?? '', /not an address/);
});

test('the report’s address, title and id go into the configured address encoded, so they cannot change its meaning', () => {
  const report = {
    url: 'https://touming.example.org/agencies/640302-sifaju/2023/',
    title: '利通区司法局2023年报告&x=1',
    id: '640302-sifaju/2023',
  };
  assert.equal(
    correctionsHref('https://e.gov.cn/f?page={url}&t={title}&r={report}', report),
    'https://e.gov.cn/f?page=https%3A%2F%2Ftouming.example.org%2Fagencies%2F640302-sifaju%2F2023%2F&t=%E5%88%A9%E9%80%9A%E5%8C%BA%E5%8F%B8%E6%B3%95%E5%B1%802023%E5%B9%B4%E6%8A%A5%E5%91%8A%26x%3D1&r=640302-sifaju%2F2023',
  );
});
