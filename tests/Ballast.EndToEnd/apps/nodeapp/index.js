'use strict';

// Prints how long each service has been up, in words, from the uptimes in milliseconds
// found in services.json next to this file.
const ms = require('ms');
const services = require('./services.json');

for (const [name, uptime] of Object.entries(services)) {
  console.log(`${name.padEnd(10)} up ${ms(uptime, { long: true })}`);
}

const longest = Object.entries(services).reduce((a, b) => (b[1] > a[1] ? b : a));
console.log(`longest:   ${longest[0]} (${ms(longest[1])})`);
