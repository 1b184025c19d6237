// The best check of firestore.rules available offline (the Firestore emulator, which compiles
// them, cannot start on machines without Java 21 and its jar download): brackets balance, strings
// close, every function called is declared (or is the rules language's own), no function is named
// like a type (`number` was, beside `is number`), every `is` names a type, and every function
// declared is used. Run by `npm test` (lint suite); the compile itself runs on the public CI.
//   node firestore-tests/check-syntax.mjs [file]
import { readFileSync } from 'node:fs';

const TYPES = [
  'bool',
  'bytes',
  'constraint',
  'duration',
  'float',
  'int',
  'latlng',
  'list',
  'map',
  'map_diff',
  'number',
  'path',
  'set',
  'string',
  'timestamp',
];
// Functions and methods of the rules language that the rules may call.
const BUILTINS = new Set([
  ...['get', 'getAfter', 'exists', 'existsAfter', 'debug', 'string', 'int', 'float', 'bool', 'path'],
  ...[
    'size',
    'matches',
    'trim',
    'lower',
    'upper',
    'split',
    'replace',
    'keys',
    'values',
    'hasAll',
    'hasAny',
    'hasOnly',
  ],
  ...[
    'diff',
    'affectedKeys',
    'addedKeys',
    'removedKeys',
    'changedKeys',
    'unchangedKeys',
    'concat',
    'join',
    'toSet',
    'removeAll',
  ],
  ...[
    'date',
    'value',
    'time',
    'toMillis',
    'seconds',
    'nanos',
    'year',
    'month',
    'day',
    'hours',
    'minutes',
    'abs',
    'ceil',
    'floor',
    'round',
    'sqrt',
    'isNaN',
    'isInfinite',
  ],
  ...['difference', 'intersection', 'union', 'in', 'range', 'data'],
]);

export function checkRules(source) {
  const problems = [];
  // Strings and comments out of the way, lines kept for the messages.
  let code = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i++;
      code += '\n';
    } else if (c === "'" || c === '"') {
      const start = i;
      for (i++; i < source.length && source[i] !== c; i++) if (source[i] === '\\') i++;
      if (i >= source.length) problems.push(`a string opened on line ${lineOf(source, start)} never closes`);
      code += "''";
    } else code += c;
  }
  const stack = [];
  const pairs = { ')': '(', ']': '[', '}': '{' };
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if ('([{'.includes(c)) stack.push([c, i]);
    else if (c in pairs) {
      const open = stack.pop();
      if (!open || open[0] !== pairs[c])
        problems.push(`line ${lineOf(code, i)}: "${c}" closes nothing it opened`);
    }
  }
  for (const [c, i] of stack) problems.push(`line ${lineOf(code, i)}: "${c}" is never closed`);

  const declared = new Map([...code.matchAll(/\bfunction\s+(\w+)\s*\(/g)].map((m) => [m[1], m.index]));
  for (const [name, at] of declared) {
    if (TYPES.includes(name))
      problems.push(`line ${lineOf(code, at)}: a function named "${name}", like the type`);
    const uses = [...code.matchAll(new RegExp(`\\b${name}\\s*\\(`, 'g'))].length;
    if (uses < 2) problems.push(`line ${lineOf(code, at)}: function "${name}" is never used`);
  }
  for (const m of code.matchAll(/(?<![.\w])(\w+)\s*\(/g)) {
    const name = m[1];
    if (['function', 'if', 'match', 'allow', 'return'].includes(name) || declared.has(name)) continue;
    if (!BUILTINS.has(name))
      problems.push(`line ${lineOf(code, m.index)}: "${name}(" is neither declared nor the rules language's`);
  }
  for (const m of code.matchAll(/\.(\w+)\s*\(/g)) {
    if (!BUILTINS.has(m[1]))
      problems.push(`line ${lineOf(code, m.index)}: method ".${m[1]}(" is not the rules language's`);
  }
  for (const m of code.matchAll(/\bis\s+(\w+)/g)) {
    if (!TYPES.includes(m[1])) problems.push(`line ${lineOf(code, m.index)}: "is ${m[1]}" names no type`);
  }
  if (!/^\s*rules_version\s*=\s*''\s*;/.test(code))
    problems.push('the file does not start with rules_version');
  return problems;
}

function lineOf(text, index) {
  return text.slice(0, index).split('\n').length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? 'firestore.rules';
  const problems = checkRules(readFileSync(file, 'utf8'));
  for (const problem of problems) console.error(`${file}: ${problem}`);
  console.log(
    `${file}: ${problems.length === 0 ? 'the offline checks pass' : `${problems.length} problems`}`,
  );
  process.exit(problems.length === 0 ? 0 : 1);
}
