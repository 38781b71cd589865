const pg = require("pg").native;
console.log("worker", typeof pg);
