#!/usr/bin/env node
"use strict";
// The command-line tool is compiled to lib/ by `npm install` (the prepare script) or `npm run build:cli`.
let main;
try {
  ({ main } = require("../lib/cli/main.js"));
} catch (error) {
  if (
    error &&
    error.code === "MODULE_NOT_FOUND" &&
    /lib[\\/]cli[\\/]main/.test(String(error.message))
  ) {
    process.stderr.write(
      "maison-drills: not built yet; run `npm install` or `npm run build:cli` in the package folder\n"
    );
    process.exit(2);
  }
  throw error;
}
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(
      `maison-drills: ${error && error.message ? error.message : String(error)}\n`
    );
    process.exit(2);
  }
);
