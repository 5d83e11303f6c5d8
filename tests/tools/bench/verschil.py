"""Compares two JSON-lines outputs of `wijzer` line by line and counts each kind of difference:
`+ path` a field or a list item (by its code, regel or onderdeel) only in the second, `- path`
only in the first, `~ path` a changed value. Usage: python3 verschil.py oud.jsonl nieuw.jsonl"""
import json, sys, re
from collections import Counter

def sleutel(x):
    if isinstance(x, dict):
        for k in ('code', 'regel', 'onderdeel'):
            if k in x:
                return f'{k}={x[k]}'
    return None

def verschil(a, b, pad, uit):
    if a == b:
        return
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a: uit.append(f'+ {pad}.{k}')
            elif k not in b: uit.append(f'- {pad}.{k}')
            else: verschil(a[k], b[k], f'{pad}.{k}', uit)
        return
    if isinstance(a, list) and isinstance(b, list):
        ka, kb = [sleutel(x) for x in a], [sleutel(x) for x in b]
        if all(ka) and all(kb) and (len(set(ka)) == len(ka)) and (len(set(kb)) == len(kb)):
            for k in kb:
                if k not in ka: uit.append(f'+ {pad}[{k}]')
            for k in ka:
                if k not in kb: uit.append(f'- {pad}[{k}]')
            for k in ka:
                if k in kb: verschil(a[ka.index(k)], b[kb.index(k)], f'{pad}[{k}]', uit)
            return
        if len(a) != len(b):
            # lists with repeated keys (e.g. uitleg 'norm' twice): compare as multisets of keys
            ca, cb = Counter(ka), Counter(kb)
            for k in (cb - ca): uit.append(f'+ {pad}[{k}]')
            for k in (ca - cb): uit.append(f'- {pad}[{k}]')
            if ca == cb: uit.append(f'~ {pad} (length {len(a)} -> {len(b)})')
            return
        for i, (x, y) in enumerate(zip(a, b)):
            verschil(x, y, f'{pad}[{sleutel(x) or ""}]', uit)
        return
    uit.append(f'~ {pad}')

oud, nieuw = sys.argv[1], sys.argv[2]
soorten, regels, n = Counter(), 0, 0
voorbeeld = {}
for i, (x, y) in enumerate(zip(open(oud), open(nieuw))):
    n += 1
    if x == y: continue
    regels += 1
    uit = []
    verschil(json.loads(x), json.loads(y), '', uit)
    for s in set(uit):
        soorten[s] += 1
        voorbeeld.setdefault(s, i + 1)
print(f'{n} lines, {regels} differ')
for s, c in soorten.most_common():
    print(f'{c:7d}  {s}   (first: line {voorbeeld[s]})')
