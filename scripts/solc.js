#!/usr/bin/env node
// A native-looking solc for forge, backed by solc-js from npm (no binary downloads here).
// forge calls `solc --version` and `solc --standard-json` with the input on stdin.
const solc = require('solc');

const args = process.argv.slice(2);
if (args.includes('--version')) {
  process.stdout.write(`solc, the solidity compiler commandline interface\nVersion: ${solc.version()}\n`);
  process.exit(0);
}
if (!args.includes('--standard-json')) {
  process.stderr.write('scripts/solc.js only supports --version and --standard-json\n');
  process.exit(2);
}
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const input = Buffer.concat(chunks).toString('utf8');
  const imports = (path) => {
    const fs = require('fs');
    try {
      return { contents: fs.readFileSync(path, 'utf8') };
    } catch (e) {
      return { error: `file not found: ${path}` };
    }
  };
  process.stdout.write(solc.compile(input, { import: imports }));
});
