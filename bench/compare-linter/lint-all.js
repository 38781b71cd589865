// Lints every Dockerfile of one folder with dockerfile-utils in this one process and prints
// one JSON line: files, problems, and milliseconds spent linting (startup excluded).
'use strict';
const fs = require('fs');
const path = require('path');
const { validate } = require('dockerfile-utils');

async function main(folder) {
  const files = fs.readdirSync(folder)
    .filter((name) => name === 'Dockerfile' || name.endsWith('.Dockerfile'))
    .sort()
    .map((name) => path.join(folder, name));
  const start = process.hrtime.bigint();
  let problems = 0;
  for (const file of files) {
    const diagnostics = await validate(fs.readFileSync(file, 'utf8'));
    problems += diagnostics.length;
  }
  const milliseconds = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(JSON.stringify({ files: files.length, problems, milliseconds }));
}

main(process.argv[2]).catch((error) => {
  console.error(error);
  process.exit(2);
});
