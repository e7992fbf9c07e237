/**
 * Validates manifest.xml offline against the add-in manifest schemas kept in
 * ../shared/manifest-schemas (the online validator needs a network we do not
 * have), and checks what the schemas cannot: every resid resolves, short
 * strings fit, URLs are https on the add-in's own origin, one long-lived
 * shared runtime, zh-CN default with an en-US override for every string.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { validateXML } from "xmllint-wasm";

const ROOT = join(__dirname, "../..");
const SCHEMAS = join(ROOT, "../shared/manifest-schemas");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");

async function validate(xml: string) {
  const files = readdirSync(SCHEMAS)
    .filter((f) => f.endsWith(".xsd"))
    .map((f) => ({ fileName: f, contents: readFileSync(join(SCHEMAS, f), "utf8") }));
  const main = files.find((f) => f.fileName === "OfficeAppManifestV1_1.xsd");
  if (!main) throw new Error("OfficeAppManifestV1_1.xsd missing from the schemas folder");
  return validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [main],
    preload: files.filter((f) => f !== main),
  });
}

const haveSchemas = existsSync(join(SCHEMAS, "OfficeAppManifestV1_1.xsd"));
if (!haveSchemas) {
  // CI always has ../shared; a checkout without it says so instead of passing silently.
  console.warn(`manifest schemas not found at ${SCHEMAS}: schema validation skipped`);
}
const withSchemas = haveSchemas ? describe : describe.skip;

withSchemas("manifest.xml against the XSD", () => {
  it("validates", async () => {
    const result = await validate(manifest);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  }, 30000);

  it("the validator does reject a bad manifest", async () => {
    const result = await validate(
      manifest.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Bogus</Permissions>"),
    );
    expect(result.valid).toBe(false);
  }, 30000);
});

describe("manifest.xml content", () => {
  const ids = (tag: string) => [...manifest.matchAll(new RegExp(`<${tag} id="([^"]+)"`, "g"))].map((m) => m[1]);
  const defined = new Set([...ids("bt:Image"), ...ids("bt:Url"), ...ids("bt:String")]);

  it("resolves every resid", () => {
    const used = [...manifest.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(5);
    for (const r of used) expect(defined.has(r as string)).toBe(true);
  });

  it("asks for ReadWriteDocument and nothing more", () => {
    expect([...manifest.matchAll(/<Permissions>([^<]+)<\/Permissions>/g)].map((m) => m[1])).toEqual([
      "ReadWriteDocument",
    ]);
  });

  it("uses https URLs on the add-in's own origin only", () => {
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1] as string);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(new URL(u).origin).toBe("https://localhost:3000");
    expect([...manifest.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1])).toEqual([
      "https://localhost:3000",
    ]);
  });

  it("has one long-lived shared runtime hosting the task pane and the functions", () => {
    expect(manifest.match(/<Runtime [^>]*lifetime="long"/g)).toHaveLength(1);
    expect(manifest).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(manifest).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
  });

  it("puts the button in a 贷后助手 group on the Home tab and keeps the DH namespace", () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/<bt:String id="Group.Label" DefaultValue="贷后助手">/);
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="DH"\/>/);
  });

  it("is zh-CN by default with an en-US override for every user-visible string", () => {
    expect(manifest).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
    const strings = [...manifest.matchAll(/<bt:String id="([^"]+)" DefaultValue="([^"]*)"(\/?)>/g)];
    for (const [, id, , selfClosing] of strings) {
      if (id === "Functions.Namespace") continue; // the namespace stays DH in every locale
      expect(selfClosing).toBe("");
      const block = manifest.slice(manifest.indexOf(`<bt:String id="${id}"`));
      expect(block.slice(0, block.indexOf("</bt:String>"))).toMatch(/<bt:Override Locale="en-US" Value="[^"]+"\/>/);
    }
    for (const tag of ["DisplayName", "Description"]) {
      expect(manifest).toMatch(new RegExp(`<${tag} DefaultValue="[^"]+">\\s*<Override Locale="en-US" Value="[^"]+"/>`));
    }
  });

  it("keeps short strings within 125 characters", () => {
    const short = manifest.slice(manifest.indexOf("<bt:ShortStrings>"), manifest.indexOf("</bt:ShortStrings>"));
    for (const m of short.matchAll(/Value="([^"]*)"/g)) expect((m[1] as string).length).toBeLessThanOrEqual(125);
  });

  it("points Chinese Excel at the Chinese function names and English Excel at the English ones", () => {
    expect(manifest).toMatch(
      /<bt:Url id="Functions.Metadata.Url" DefaultValue="https:\/\/localhost:3000\/functions.zh-CN.json">/,
    );
    expect(manifest).toMatch(/<bt:Override Locale="en-US" Value="https:\/\/localhost:3000\/functions.json"\/>/);
  });
});
