// Offline manifest validation: xmllint (WebAssembly build) against the add-in
// manifest schemas in ../shared/manifest-schemas. `office-addin-manifest
// validate` would post the manifest to a Microsoft web service instead.
const { readdirSync, readFileSync, existsSync } = require("fs");
const { join } = require("path");
const { validateXML } = require("xmllint-wasm");

const dir = join(__dirname, "../../shared/manifest-schemas");
if (!existsSync(dir)) {
  console.error(`没有找到清单架构目录 ${dir}（manifest schemas not found）`);
  process.exit(2);
}
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".xsd"))
  .map((f) => ({ fileName: f, contents: readFileSync(join(dir, f), "utf8") }));
const main = files.find((f) => f.fileName === "OfficeAppManifestV1_1.xsd");
validateXML({
  xml: [{ fileName: "manifest.xml", contents: readFileSync(join(__dirname, "../manifest.xml"), "utf8") }],
  schema: [main],
  preload: files.filter((f) => f !== main),
}).then((r) => {
  if (r.valid) console.log("manifest.xml 通过校验 (valid)");
  else r.errors.forEach((e) => console.error(e.rawMessage || e.message));
  process.exit(r.valid ? 0 : 1);
});
