// The JSON Schema for web teams (www/gemeente.schema.json) agrees with the core's validator:
// the demo configurations pass both, and every bad configuration of tests/gemeente/fout.json,
// which the core refuses at its path (tests/demo_gemeenten.rs), the schema refuses too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';

const lees = (pad) => JSON.parse(readFileSync(new URL(`../../${pad}`, import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true });
const geldig = ajv.compile(lees('www/gemeente.schema.json'));

test('the demo configurations are valid under the schema', () => {
  for (const naam of ['haarlem', 'amsterdam', 'utrecht']) {
    assert.ok(geldig(lees(`www/gemeente-${naam}.json`)), `${naam}: ${JSON.stringify(geldig.errors)}`);
  }
});

test('every configuration the validator refuses, the schema refuses', () => {
  const gevallen = lees('tests/gemeente/fout.json');
  assert.ok(gevallen.length >= 10);
  for (const { pad, config } of gevallen) {
    assert.equal(geldig(config), false, `${pad} passes the schema`);
  }
});
