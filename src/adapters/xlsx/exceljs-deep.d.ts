// ExcelJS ships no typings for its internal modules; exceljs-stream-internals.ts gives them their types.
declare module "exceljs/lib/utils/parse-sax" {
  const parseSax: unknown;
  export default parseSax;
}
declare module "exceljs/lib/utils/utils" {
  const utils: unknown;
  export default utils;
}
declare module "exceljs/lib/utils/iterate-stream" {
  const iterateStream: unknown;
  export default iterateStream;
}
