// The loader's `toepassen` (www/inburgering-wijzer.js) on its own, in Node with a stand-in DOM:
// it only ever executes operations, and it refuses an event-handler attribute whatever the
// module sends (issue 13). The function is taken from the loader's source as it ships.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

function laadToepassen(document) {
  const bron = readFileSync(new URL('../../www/inburgering-wijzer.js', import.meta.url), 'utf8');
  const begin = bron.indexOf('function toepassen(');
  assert.ok(begin >= 0, 'the loader has toepassen');
  let diepte = 0;
  let einde = bron.indexOf('{', begin);
  for (; einde < bron.length; einde++) {
    if (bron[einde] === '{') diepte++;
    if (bron[einde] === '}' && --diepte === 0) break;
  }
  return new Function('document', 'window', `${bron.slice(begin, einde + 1)}; return toepassen;`)(document, {});
}

test('toepassen sets attributes but never an on… attribute', () => {
  const gemaakt = [];
  const document = {
    createElement(tag) {
      const el = { tag, attrs: {}, kinderen: [], setAttribute(a, b) { this.attrs[a] = b; }, append(k) { this.kinderen.push(k); } };
      gemaakt.push(el);
      return el;
    },
  };
  const root = { activeElement: null, getElementById: () => null, kinderen: [], append(k) { this.kinderen.push(k); } };
  const toepassen = laadToepassen(document);
  const op = (...velden) => velden.join('\x1f');
  toepassen(root, [
    op('e', '1', 'button'),
    op('a', '1', 'class', 'knop'),
    op('a', '1', 'onclick', 'alert(1)'),
    op('a', '1', 'ONMOUSEOVER', 'alert(2)'),
    op('a', '1', 'onfocus', ''),
    op('a', '1', 'data-actie', 'wis'),
    op('k', '', '1'),
  ].join('\x1e'));
  assert.equal(gemaakt.length, 1);
  assert.deepEqual(gemaakt[0].attrs, { class: 'knop', 'data-actie': 'wis' });
  assert.equal(root.kinderen[0], gemaakt[0], 'the other operations still run');
});
