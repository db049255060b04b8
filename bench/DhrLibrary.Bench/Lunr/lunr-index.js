// Builds lunr.js's own index over our search documents and writes JSON.stringify of it.
//   node lunr-index.js LUNR_MODULE_DIR DOCUMENTS.json OUT.json
// DOCUMENTS.json: { "ref": "ref", "fields": [[name, boost], ...], "documents": [{...}, ...] }
// Prints one JSON line: documents, build and stringify milliseconds, bytes written.
"use strict";
const fs = require("fs");
const [lunrDir, documentsPath, outPath] = process.argv.slice(2);
const lunr = require(lunrDir);
const input = JSON.parse(fs.readFileSync(documentsPath, "utf8"));
const started = process.hrtime.bigint();
const index = lunr(function () {
  this.ref(input.ref);
  for (const [name, boost] of input.fields) {
    this.field(name, { boost: boost });
  }
  for (const doc of input.documents) {
    this.add(doc);
  }
});
const built = process.hrtime.bigint();
const json = JSON.stringify(index);
const done = process.hrtime.bigint();
fs.writeFileSync(outPath, json);
console.log(JSON.stringify({
  documents: input.documents.length,
  buildMs: Number(built - started) / 1e6,
  stringifyMs: Number(done - built) / 1e6,
  bytes: Buffer.byteLength(json),
  peakRssMiB: process.resourceUsage().maxRSS / 1024,
}));
