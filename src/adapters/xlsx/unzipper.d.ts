// unzipper (ExcelJS's own zip library) ships no typings; the part of its API that exceljs-stream-internals.ts uses.
declare module "unzipper" {
  interface CentralDirectoryFile {
    readonly path: string;
    readonly type: "File" | "Directory";
    /** From the central directory: 0xFFFFFFFF when the real size is in a zip64 field. */
    readonly uncompressedSize: number;
    /** The entry's inflated bytes, as a stream (Node's zlib). */
    stream(): NodeJS.ReadableStream;
  }
  interface CentralDirectory {
    readonly files: readonly CentralDirectoryFile[];
  }
  const unzipper: {
    readonly Open: { buffer(buffer: Buffer): Promise<CentralDirectory> };
  };
  export default unzipper;
}
