import { promises as fs } from "fs";
import os from "os";
import path from "path";
import JSZip from "jszip";
import { sniffWorkbookBytes, XlsxOpenError, type XlsxOpenErrorCode } from "../../../src/adapters/xlsx/open-errors";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsx-workbook";
import { xlsxBytesFromSeed } from "./xlsx-seed";

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A compound file: the signature, padding, and optionally a stream name in UTF-16LE as a CFB directory holds it. */
function fakeCfb(streamName?: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set(CFB_SIGNATURE, 0);
  if (streamName) bytes.set([...Buffer.from(streamName, "utf16le")], 1024);
  return bytes;
}

async function realXlsx(): Promise<Uint8Array> {
  return xlsxBytesFromSeed({ sheets: [{ name: "台账", values: [["借据号"], ["J001"]] }] });
}

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array" });
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "postloan-open-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function openError(source: string | Uint8Array): Promise<XlsxOpenError> {
  try {
    await XlsxWorkbook.open(source, { fileName: "台账.xlsx" });
  } catch (e) {
    if (XlsxOpenError.is(e)) return e;
    throw e;
  }
  throw new Error("opened without an error");
}

async function fileWith(name: string, bytes: Uint8Array | string): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  return file;
}

describe("XlsxWorkbook.open", () => {
  it.each<[string, XlsxOpenErrorCode, () => Promise<Uint8Array | string>]>([
    ["CSV text renamed .xlsx", "csv", async () => "借据号,金额\nJ001,1000\n"],
    ["GBK-encoded CSV", "csv", async () => Uint8Array.from([0xbd, 0xe8, 0xbe, 0xdd, 0xba, 0xc5, 0x2c, 0x31, 0x0a])],
    [
      "tab-separated text with a UTF-16 BOM",
      "csv",
      async () => Uint8Array.from([0xff, 0xfe, ...Buffer.from("a\tb\r\n", "utf16le")]),
    ],
    [
      "an HTML table saved as .xls",
      "not-xlsx",
      async () => "<html><body><table><tr><td>1</td></tr></table></body></html>",
    ],
    [
      "SpreadsheetML 2003 XML",
      "not-xlsx",
      async () => '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>',
    ],
    ["the first 500 bytes of a real xlsx", "truncated", async () => (await realXlsx()).subarray(0, 500)],
    ["an empty file", "truncated", async () => new Uint8Array(0)],
    ["an encrypted workbook (CFB with EncryptionInfo)", "encrypted", async () => fakeCfb("EncryptionInfo")],
    ["a legacy .xls (CFB without EncryptionInfo)", "xls", async () => fakeCfb("Workbook")],
    ["a zip that is not a workbook (e.g. a .docx)", "not-xlsx", () => zipOf({ "word/document.xml": "<w/>" })],
    ["a binary workbook (.xlsb)", "not-xlsx", () => zipOf({ "xl/workbook.bin": "x" })],
    [
      "a PNG image",
      "not-xlsx",
      async () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    ],
  ])("rejects %s with code %p, from a path and from bytes", async (_label, code, make) => {
    const content = await make();
    const file = await fileWith(`bad-${code}-${Math.random().toString(36).slice(2)}.xlsx`, content);
    const fromPath = await openError(file);
    expect(fromPath.code).toBe(code);
    expect(fromPath.message).toContain(file);
    const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
    expect((await openError(bytes)).code).toBe(code);
  });

  it("rejects a damaged zip that keeps its end record as truncated", async () => {
    const bytes = await realXlsx();
    const damaged = Uint8Array.from(bytes);
    // Overwrite the compressed data after the first local header; the central directory at the end stays.
    damaged.fill(0x41, 100, Math.floor(bytes.length / 2));
    expect((await openError(damaged)).code).toBe("truncated");
  });

  it("rejects a missing path as not-found, naming the file", async () => {
    const missing = path.join(dir, "没有这个文件.xlsx");
    const e = await openError(missing);
    expect(e.code).toBe("not-found");
    expect(e.message).toBe(`找不到文件：${missing}`);
    expect(e.hint).toMatch(/路径/);
  });

  it("rejects a folder as unreadable", async () => {
    expect((await openError(dir)).code).toBe("unreadable");
  });

  it("says what to do, in Chinese and in English", async () => {
    const e = await openError(fakeCfb("EncryptionInfo"));
    expect(e.message).toBe("文件已加密（设置了打开密码），无法读取：台账.xlsx");
    expect(e.hint).toBe(
      "请在 Excel 中取消密码保护（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存为 .xlsx 再检查。",
    );
    expect(e.localized("en-US").message).toBe("The file is encrypted (it has a password to open): 台账.xlsx");
    expect(e.localized("en-US").hint).toMatch(/Remove the password/);
  });

  it("opens a real workbook from a path, a Buffer, a Uint8Array and an ArrayBuffer", async () => {
    const bytes = await realXlsx();
    const file = await fileWith("good.xlsx", bytes);
    const buffer = Buffer.from(bytes);
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    for (const source of [file, buffer, bytes, arrayBuffer]) {
      const book = await XlsxWorkbook.open(source);
      expect(await book.readValues("台账", 1, 2, 1)).toEqual([["借据号"], ["J001"]]);
    }
  });
});

describe("sniffWorkbookBytes", () => {
  it("lets a real workbook through to ExcelJS", async () => {
    expect(sniffWorkbookBytes(await realXlsx())).toBeNull();
  });

  it.each([
    ["csv", "a,b\n1,2"],
    ["html", "  <!DOCTYPE html><html>"],
    ["html", "MIME-Version: 1.0\r\nContent-Type: multipart/related"],
  ])("reads text as %p", (problem, text) => {
    expect(sniffWorkbookBytes(new TextEncoder().encode(text))).toBe(problem);
  });
});

describe("XlsxOpenError.is", () => {
  it("tells an open error from any other error", () => {
    expect(XlsxOpenError.is(new XlsxOpenError("xls", "a.xls"))).toBe(true);
    expect(XlsxOpenError.is(new Error("x"))).toBe(false);
    expect(XlsxOpenError.is({ code: "xls" })).toBe(false);
  });
});
