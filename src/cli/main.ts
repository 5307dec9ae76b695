// STUB until the command line lands.
import { analyze } from '../core';
import { readFileSync } from 'node:fs';

const [, , command, file] = process.argv;
if (command === 'analyze' && file) {
  console.log(JSON.stringify(analyze(readFileSync(file, 'utf8'))));
}
