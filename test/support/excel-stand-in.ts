/**
 * An in-memory stand-in for the part of the Excel JavaScript API (Office.js)
 * that the add-in uses, for tests and benchmarks where no Excel can run.
 *
 * It behaves like Office where Office is strict, so code that passes here has
 * the right shape for the real thing:
 * - Proxies are lazy. Nothing happens until `context.sync()`; then the queued
 *   operations run in order. Reading a property that was not loaded, or was
 *   loaded but not yet synced, throws PropertyNotLoaded (office-addin-mock
 *   returns an error string instead, which hides bugs — OFFICE.md §3).
 * - Every sync is recorded as a round trip with the UTF-8 size of the request
 *   (the queued operations with their arguments, e.g. written values) and of
 *   the response (the loaded data). A request or response over 5 MB is
 *   rejected with RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded
 *   like Excel on the web, and a read of more than 5,000,000 cells with
 *   RangeExceedsLimit (OFFICE.md §5).
 * - APIs above the configured ExcelApi version fail with ApiNotFound, and
 *   `Office.context.requirements.isSetSupported` answers accordingly.
 * - Cell-edit mode can be simulated: the first N runs fail with
 *   InvalidOperationInCellEditMode.
 * - `getMergedAreasOrNullObject` lists only the merges whose top-left cell is
 *   in the range (office-js#3611) and fails with GeneralException over 512
 *   of them (the typings say it fails; which error Excel gives is not documented).
 * - Writing to a protected sheet fails with AccessDenied; deleting or hiding
 *   the last visible sheet fails with InvalidOperation; `values` are typed in
 *   the way Excel types them ("=…", "+…", "-…", "@…" become formulas, "00123"
 *   a number, "#N/A" an error) unless the cell's number format is "@".
 *
 * Not modelled: formula calculation (formula cells keep the value they were
 * seeded with; written formulas have no value), events, charts, styles.
 * Rows and columns are 0-based inside; addresses are A1 strings outside.
 */

/* ------------------------------------------------------------------ */
/* Limits, errors                                                       */
/* ------------------------------------------------------------------ */

/** Excel on the web's cap on a request and on a response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** The cap on cells in one read, on all platforms. */
export const READ_CELL_LIMIT = 5_000_000;
/** getMergedAreasOrNullObject fails on a range with more merged areas than this (office-js typings). */
export const MERGED_AREAS_LIMIT = 512;
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** What Office throws: `OfficeExtension.Error`, name "RichApi.Error", with a code and debug info. */
export class StandInOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

const fail = (code: string, message: string): never => {
  throw new StandInOfficeError(code, message);
};

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function jsonLength(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "null");
}

/* ------------------------------------------------------------------ */
/* Addresses                                                            */
/* ------------------------------------------------------------------ */

/** 0-based, inclusive. */
export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function colLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Splits "'It''s'!A1" / "Sheet1!A1" / "A1" into sheet name (unquoted) and local address. */
function splitQualified(text: string): { sheet: string | null; local: string } {
  const t = text.trim();
  if (t.startsWith("'")) {
    let name = "";
    let i = 1;
    while (i < t.length) {
      if (t[i] === "'") {
        if (t[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += t[i];
      i++;
    }
    if (t[i + 1] !== "!") fail("InvalidArgument", `Bad address: ${text}`);
    return { sheet: name, local: t.slice(i + 2) };
  }
  const bang = t.lastIndexOf("!");
  return bang < 0 ? { sheet: null, local: t } : { sheet: t.slice(0, bang), local: t.slice(bang + 1) };
}

/** A local A1 area: "B2", "B2:D9", "$B$2", "C:E", "3:5". */
export function parseArea(address: string): Rect {
  const a = address.replace(/\$/g, "").trim();
  let m = /^([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?$/.exec(a);
  if (m && m[1] && m[2]) {
    const r1 = Number(m[2]) - 1;
    const c1 = colIndex(m[1]);
    const r2 = m[4] ? Number(m[4]) - 1 : r1;
    const c2 = m[3] ? colIndex(m[3]) : c1;
    const rect = { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
    if (rect.r1 < 0 || rect.r2 >= MAX_ROWS || rect.c2 >= MAX_COLS) fail("InvalidArgument", `Bad address: ${address}`);
    return rect;
  }
  m = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(a);
  if (m && m[1] && m[2]) {
    const c1 = colIndex(m[1]);
    const c2 = colIndex(m[2]);
    return { r1: 0, c1: Math.min(c1, c2), r2: MAX_ROWS - 1, c2: Math.max(c1, c2) };
  }
  m = /^(\d{1,7}):(\d{1,7})$/.exec(a);
  if (m && m[1] && m[2]) {
    const r1 = Number(m[1]) - 1;
    const r2 = Number(m[2]) - 1;
    if (Math.min(r1, r2) < 0) fail("InvalidArgument", `Bad address: ${address}`);
    return { r1: Math.min(r1, r2), c1: 0, r2: Math.max(r1, r2), c2: MAX_COLS - 1 };
  }
  return fail("InvalidArgument", `Bad address: ${address}`);
}

export function formatArea(r: Rect): string {
  if (r.r1 === 0 && r.r2 === MAX_ROWS - 1) return `${colLetters(r.c1)}:${colLetters(r.c2)}`;
  if (r.c1 === 0 && r.c2 === MAX_COLS - 1) return `${r.r1 + 1}:${r.r2 + 1}`;
  const a = `${colLetters(r.c1)}${r.r1 + 1}`;
  return r.r1 === r.r2 && r.c1 === r.c2 ? a : `${a}:${colLetters(r.c2)}${r.r2 + 1}`;
}

/** Excel quotes a sheet name in an address unless it is a plain identifier. */
export function qualify(sheet: string, area: string): string {
  const plain = /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${area}`;
}

const cellsOf = (r: Rect): number => (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1);
const overlaps = (a: Rect, b: Rect): boolean => a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
const contains = (outer: Rect, inner: Rect): boolean =>
  outer.r1 <= inner.r1 && outer.c1 <= inner.c1 && outer.r2 >= inner.r2 && outer.c2 >= inner.c2;
const key = (r: number, c: number): number => r * MAX_COLS + c;
/** Read once here, not per cell: see SheetState.used. */
const { floor } = Math;
/** Above any row or column index; a plain number, so the scan reads no global. */
const NO_INDEX = 2 ** 53;

/* ------------------------------------------------------------------ */
/* Workbook state                                                        */
/* ------------------------------------------------------------------ */

export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";
export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface FontState {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  name?: string;
}

export interface BorderState {
  style: string;
  weight?: string;
  color?: string;
}

export interface HyperlinkState {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

interface CellState {
  v: string | number | boolean;
  t: ValueType;
  f?: string;
  nf?: string;
  /** Fill colour; undefined = no fill. */
  fill?: string;
  font?: FontState;
  borders?: Record<string, BorderState>;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  link?: HyperlinkState;
}

export interface ConditionalFormatState {
  range: string;
  type: string;
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface PageState {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  centerHorizontally: boolean;
  printArea: string | null;
  printTitleRows: string | null;
}

interface TableState {
  name: string;
  sheet: SheetState;
  rect: Rect;
  hasHeaders: boolean;
}

interface CommentState {
  id: string;
  content: string;
}

class SheetState {
  readonly cells = new Map<number, CellState>();
  protected = false;
  tabColor = "";
  readonly merges: Rect[] = [];
  readonly validations: { rect: Rect; rule: unknown }[] = [];
  readonly conditionalFormats: ConditionalFormatState[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  freeze = { rows: 0, columns: 0 };
  readonly page: PageState = {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    topMargin: 54,
    bottomMargin: 54,
    leftMargin: 50.4,
    rightMargin: 50.4,
    centerHorizontally: false,
    printArea: null,
    printTitleRows: null,
  };
  readonly notes = new Map<number, string>();
  readonly comments = new Map<number, CommentState>();
  deleted = false;

  constructor(
    readonly id: string,
    public name: string,
    public visibility: Visibility = "Visible",
  ) {}

  get(r: number, c: number): CellState | undefined {
    return this.cells.get(key(r, c));
  }

  touch(r: number, c: number): CellState {
    const k = key(r, c);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = { v: "", t: "Empty" };
      this.cells.set(k, cell);
    }
    return cell;
  }

  /**
   * The used area: cells with values (and, unless valuesOnly, any format).
   * Walks every cell, so it reads no global inside the loop (`floor` is
   * taken from Math once, at module load): inside jest's sandbox each global
   * read goes through the vm context's interceptor, about a hundred times
   * slower than in Node, and a million-row sheet is asked for its used range
   * a dozen times per check.
   */
  used(valuesOnly: boolean): Rect | null {
    let r1 = NO_INDEX;
    let c1 = NO_INDEX;
    let r2 = -1;
    let c2 = -1;
    for (const [k, cell] of this.cells) {
      const hasValue = cell.t !== "Empty" || cell.f !== undefined;
      if (!hasValue) {
        if (valuesOnly) continue;
        const hasFormat =
          cell.nf !== undefined ||
          cell.fill !== undefined ||
          cell.font !== undefined ||
          cell.borders !== undefined ||
          cell.hAlign !== undefined ||
          cell.vAlign !== undefined ||
          cell.wrap !== undefined;
        if (!hasFormat) continue;
      }
      const r = floor(k / MAX_COLS);
      const c = k - r * MAX_COLS;
      if (r < r1) r1 = r;
      if (r > r2) r2 = r;
      if (c < c1) c1 = c;
      if (c > c2) c2 = c;
    }
    return r2 < 0 ? null : { r1, c1, r2, c2 };
  }
}

/* ------------------------------------------------------------------ */
/* Seeding                                                               */
/* ------------------------------------------------------------------ */

export type SeedValue =
  | string
  | number
  | boolean
  | null
  | { readonly error: string }
  | {
      readonly value?: string | number | boolean | null;
      readonly error?: string;
      readonly formula?: string;
      readonly numberFormat?: string;
      readonly fill?: string;
    };

export interface SeedSheet {
  readonly name: string;
  /** Rows from A1, as Excel holds them: strings are text verbatim, `{ error: "#N/A" }` is an error value. */
  readonly rows?: readonly (readonly SeedValue[])[];
  readonly cells?: Readonly<Record<string, SeedValue>>;
  /** Fill colours by cell ("#RRGGBB"). */
  readonly fills?: Readonly<Record<string, string>>;
  readonly notes?: Readonly<Record<string, string>>;
  readonly comments?: Readonly<Record<string, string>>;
  readonly merges?: readonly string[];
  readonly visibility?: Visibility;
  readonly protected?: boolean;
}

export interface StandInOptions {
  readonly sheets?: readonly SeedSheet[];
  /** Highest ExcelApi requirement set the host supports. */
  readonly apiVersion?: string;
  /** The first N runs fail with InvalidOperationInCellEditMode. */
  readonly cellEditRuns?: number;
  readonly date1904?: boolean;
  /** The selection, e.g. { sheet: "台账", address: "B5:C9" }; null when a chart is selected. */
  readonly selection?: { readonly sheet: string; readonly address: string } | null;
  readonly payloadLimit?: number;
}

function versionAtLeast(have: string, need: string): boolean {
  const [hm = 0, hn = 0] = have.split(".").map(Number);
  const [nm = 0, nn = 0] = need.split(".").map(Number);
  return hm > nm || (hm === nm && hn >= nn);
}

/* ------------------------------------------------------------------ */
/* Excel's typing of written values                                      */
/* ------------------------------------------------------------------ */

const ERROR_TEXTS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BUSY!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
]);

function serialOf(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const date = new Date(t);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** What a cell becomes when `input` is written through `values` (as if typed), given its number format. */
function typeIn(cell: CellState, input: unknown): void {
  delete cell.f;
  if (input === "") {
    cell.v = "";
    cell.t = "Empty";
    return;
  }
  if (typeof input === "number") {
    if (!Number.isFinite(input)) fail("InvalidArgument", "Numbers must be finite");
    cell.v = input;
    cell.t = "Double";
    return;
  }
  if (typeof input === "boolean") {
    cell.v = input;
    cell.t = "Boolean";
    return;
  }
  if (typeof input !== "string") return fail("InvalidArgument", `Unsupported value ${JSON.stringify(input)}`);
  const s = input;
  const asText = (text: string): void => {
    cell.v = text;
    cell.t = "String";
  };
  if (cell.nf === "@") return asText(s);
  if (s.startsWith("'")) return asText(s.slice(1));
  const num = /^\s*[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][-+]?\d+)?\s*$/.exec(s);
  if (num && /\d/.test(s)) {
    cell.v = Number(s.replace(/,/g, ""));
    cell.t = "Double";
    return;
  }
  if (/^[=+\-@]/.test(s) && s.length > 1) {
    // Excel interprets these as formulas (Range.values docs); the stand-in does not calculate them.
    cell.f = s.startsWith("=") ? s : `=${s}`;
    cell.v = "";
    cell.t = "Empty";
    return;
  }
  if (/^(true|false)$/i.test(s.trim())) {
    cell.v = s.trim().toUpperCase() === "TRUE";
    cell.t = "Boolean";
    return;
  }
  if (ERROR_TEXTS.has(s.trim().toUpperCase())) {
    cell.v = s.trim().toUpperCase();
    cell.t = "Error";
    return;
  }
  const pct = /^\s*([-+]?\d+(\.\d+)?)%\s*$/.exec(s);
  if (pct && pct[1]) {
    cell.v = Number(pct[1]) / 100;
    cell.t = "Double";
    return;
  }
  const date = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})\s*$/.exec(s);
  if (date && date[1] && date[2] && date[3]) {
    const serial = serialOf(Number(date[1]), Number(date[2]), Number(date[3]));
    if (serial !== null) {
      cell.v = serial;
      cell.t = "Double";
      return;
    }
  }
  asText(s);
}

function seedCell(cell: CellState, seed: SeedValue): void {
  if (seed === null) return;
  if (typeof seed === "string") {
    cell.v = seed;
    cell.t = seed === "" ? "Empty" : "String";
    return;
  }
  if (typeof seed === "number") {
    cell.v = seed;
    cell.t = "Double";
    return;
  }
  if (typeof seed === "boolean") {
    cell.v = seed;
    cell.t = "Boolean";
    return;
  }
  if ("error" in seed && seed.error !== undefined) {
    cell.v = seed.error;
    cell.t = "Error";
  } else if ("value" in seed && seed.value !== undefined && seed.value !== null) seedCell(cell, seed.value);
  if ("formula" in seed && seed.formula !== undefined) cell.f = seed.formula;
  if ("numberFormat" in seed && seed.numberFormat !== undefined) cell.nf = seed.numberFormat;
  if ("fill" in seed && seed.fill !== undefined) cell.fill = seed.fill.toUpperCase();
}

/* ------------------------------------------------------------------ */
/* Request context, operations, proxies                                  */
/* ------------------------------------------------------------------ */

export interface SyncRecord {
  readonly run: number;
  readonly requestBytes: number;
  responseBytes: number;
  readonly operations: number;
  /** Operation labels by count, e.g. { "Range.values=": 3 }. */
  readonly labels: Readonly<Record<string, number>>;
}

export interface SyncStats {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
}

interface Delivery {
  readonly json: unknown;
  deliver(): void;
}

interface Op {
  readonly label: string;
  readonly wire: unknown;
  readonly api?: string;
  run(): Delivery | void;
}

const NULL_VALUE = Symbol("null object");

class Ctx {
  closed = false;
  private pending: Op[] = [];
  private seq = 0;
  readonly workbook: WorkbookProxy;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(
    readonly standIn: ExcelStandIn,
    readonly runIndex: number,
    private readonly cellEditMode: boolean,
  ) {
    this.workbook = new WorkbookProxy(this);
  }

  get application(): ApplicationProxy {
    return this.workbook.application;
  }

  nextId(): number {
    return ++this.seq;
  }

  queue(op: Op): void {
    if (this.closed) {
      throw new StandInOfficeError(
        "InvalidObjectPath",
        `${op.label}: the object was used after its Excel.run ended (use context.trackedObjects to keep it)`,
      );
    }
    this.pending.push(op);
  }

  hasPending(): boolean {
    return this.pending.length > 0;
  }

  async sync(): Promise<void> {
    if (this.closed) fail("InvalidObjectPath", "context.sync() after Excel.run ended");
    const ops = this.pending;
    this.pending = [];
    await Promise.resolve();
    const labels: Record<string, number> = {};
    let requestBytes = 2;
    for (const op of ops) {
      requestBytes += jsonLength(op.wire) + 1;
      labels[op.label] = (labels[op.label] ?? 0) + 1;
    }
    const record: SyncRecord = { run: this.runIndex, requestBytes, responseBytes: 0, operations: ops.length, labels };
    this.standIn.record(record);
    const limit = this.standIn.payloadLimit;
    if (this.cellEditMode) fail("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    if (requestBytes > limit) {
      fail("RequestPayloadSizeLimitExceeded", `The request payload size (${requestBytes} bytes) exceeds the limit.`);
    }
    const deliveries: Delivery[] = [];
    for (const op of ops) {
      if (op.api && !this.standIn.supports(op.api)) {
        throw new StandInOfficeError("ApiNotFound", `${op.label} needs ExcelApi ${op.api}`, op.label);
      }
      try {
        const d = op.run();
        if (d) deliveries.push(d);
      } catch (err) {
        if (err instanceof StandInOfficeError) throw new StandInOfficeError(err.code, err.message, op.label);
        throw err;
      }
    }
    record.responseBytes = 2 + deliveries.reduce((n, d) => n + jsonLength(d.json) + 1, 0);
    if (record.responseBytes > limit) {
      fail(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${record.responseBytes} bytes) exceeds the limit.`,
      );
    }
    for (const d of deliveries) d.deliver();
  }
}

type PropKind = "scalar" | "nav" | "items";

/** Base of every proxy: queued writes and calls, load → sync → read. */
abstract class ClientObject {
  readonly _id: number;
  readonly _data = new Map<string, unknown>();
  private readonly _navCache = new Map<string, ClientObject>();

  constructor(
    readonly _ctx: Ctx,
    readonly _type: string,
  ) {
    this._id = _ctx.nextId();
  }

  /** Names this object can load, and what they are. */
  protected abstract _props(): Record<string, PropKind>;
  /** Current value of a scalar property (at sync time). */
  protected _value(_prop: string): unknown {
    return fail("PropertyNotFound", `${this._type} has no property ${_prop}`);
  }
  /** A navigation property's proxy. */
  protected _navNew(_prop: string): ClientObject {
    return fail("PropertyNotFound", `${this._type} has no navigation property ${_prop}`);
  }
  /** Items of a collection (at sync time). */
  protected _itemsNow(): ClientObject[] {
    return fail("PropertyNotFound", `${this._type} is not a collection`);
  }
  /** True when this is a *OrNullObject proxy whose object does not exist. */
  protected _isNull(): boolean {
    return false;
  }

  /**
   * A navigation property's object (cached, as Office does). Creating it
   * queues an object path, except while a load runs inside a sync (`quiet`):
   * a load of "protection/protected" sends no separate path.
   */
  nav<T extends ClientObject>(prop: string, quiet = false): T {
    let p = this._navCache.get(prop);
    if (!p) {
      p = this._navNew(prop);
      this._navCache.set(prop, p);
      if (!quiet)
        this._ctx.queue({ label: `${this._type}.${prop}`, wire: this._wire(1, prop, []), run: () => undefined });
    }
    return p as T;
  }

  protected _wire(actionType: number, name: string, args: unknown[]): unknown {
    return {
      Id: this._ctx.nextId(),
      ActionType: actionType,
      Name: name,
      ObjectPathId: this._id,
      ArgumentInfo: { Arguments: args },
    };
  }

  /** Reads a loaded-and-synced property, as Office does. */
  protected _get<T>(prop: string): T {
    if (!this._data.has(prop)) {
      return fail(
        "PropertyNotLoaded",
        `The property '${prop}' of ${this._type} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    const v = this._data.get(prop);
    if (v === NULL_VALUE) return fail("InvalidOperation", `${this._type} is a null object; check isNullObject first`);
    return v as T;
  }

  /** Queues a property write. */
  protected _set(prop: string, value: unknown, apply: () => void, api?: string): void {
    this._data.delete(prop);
    this._ctx.queue({
      label: `${this._type}.${prop}=`,
      wire: this._wire(4, prop, [value]),
      run: apply,
      ...(api ? { api } : {}),
    });
  }

  /** Queues a method call. */
  protected _call(method: string, args: unknown[], run: () => Delivery | void, api?: string): void {
    this._ctx.queue({
      label: `${this._type}.${method}`,
      wire: this._wire(3, method, args),
      run,
      ...(api ? { api } : {}),
    });
  }

  /**
   * Queues the creation of a child object (an object path), resolved when the
   * request runs. For *OrNullObject methods Office reports `isNullObject` with
   * the response whether or not anything was loaded, so it is delivered here.
   */
  protected _child<T extends ClientObject>(
    method: string,
    args: unknown[],
    child: T & { _bind(): void },
    api?: string,
  ): T {
    const orNull = method.endsWith("OrNullObject");
    this._ctx.queue({
      label: `${this._type}.${method}`,
      wire: this._wire(1, method, args),
      run: (): Delivery | void => {
        child._bind();
        if (!orNull) return;
        const isNull = child._isNullNow();
        return { json: { isNullObject: isNull }, deliver: () => void child._data.set("isNullObject", isNull) };
      },
      ...(api ? { api } : {}),
    });
    return child;
  }

  /** Whether this object turned out null (at sync time). */
  _isNullNow(): boolean {
    return this._isNull();
  }

  get isNullObject(): boolean {
    return this._get<boolean>("isNullObject");
  }

  load(spec?: string | string[] | { select?: string; expand?: string }): this {
    let paths: string[];
    if (spec === undefined) paths = [];
    else if (typeof spec === "string") paths = spec.split(",");
    else if (Array.isArray(spec)) paths = spec.flatMap((s) => s.split(","));
    else if (typeof spec === "object") {
      paths = [...(spec.select ?? "").split(","), ...(spec.expand ?? "").split(",")];
    } else throw new TypeError("load() takes a string or an array of strings");
    paths = paths.map((p) => p.trim()).filter((p) => p !== "");
    this._check(paths);
    this._ctx.queue({
      label: `${this._type}.load`,
      wire: this._wire(2, "load", paths),
      run: () => this._collect(paths),
    });
    return this;
  }

  /** Unknown property names fail at load time (a typo should not pass silently). */
  private _check(paths: string[]): void {
    const props = this._props();
    for (const p of paths) {
      const [head] = p.split("/");
      if (head === undefined || head === "isNullObject") continue;
      if (!(head in props))
        throw new TypeError(`The stand-in's ${this._type} has no property "${head}" (load("${p}"))`);
    }
  }

  /** Runs a load at sync time: the data and how to deliver it once the response is accepted. */
  _collect(paths: string[]): Delivery {
    if (this._isNull()) {
      return {
        json: { isNullObject: true },
        deliver: () => {
          this._data.set("isNullObject", true);
          for (const p of paths) {
            const head = p.split("/")[0];
            if (head && head !== "isNullObject") this._data.set(head, NULL_VALUE);
          }
        },
      };
    }
    const props = this._props();
    const groups = new Map<string, string[]>();
    const wanted = paths.length > 0 ? paths : Object.keys(props).filter((p) => props[p] === "scalar");
    for (const p of wanted) {
      const [head, ...rest] = p.split("/");
      if (head === undefined) continue;
      const list = groups.get(head) ?? [];
      if (rest.length > 0) list.push(rest.join("/"));
      groups.set(head, list);
    }
    const json: Record<string, unknown> = {};
    const deliveries: (() => void)[] = [() => this._data.set("isNullObject", false)];
    for (const [head, rest] of groups) {
      if (head === "isNullObject") continue;
      const kind = props[head];
      if (kind === "scalar") {
        const v = this._value(head);
        json[head] = v;
        deliveries.push(() => this._data.set(head, v));
      } else if (kind === "nav") {
        const d = this.nav<ClientObject>(head, true)._collect(rest);
        json[head] = d.json;
        deliveries.push(() => d.deliver());
      } else if (kind === "items") {
        const items = this._itemsNow();
        const ds = items.map((item) => item._collect(rest));
        json[head] = ds.map((d) => d.json);
        deliveries.push(() => {
          ds.forEach((d) => d.deliver());
          this._data.set("items", items);
        });
      }
    }
    return { json, deliver: () => deliveries.forEach((d) => d()) };
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries([...this._data].filter(([, v]) => v !== NULL_VALUE));
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** `OfficeExtension.ClientResult`: a value that exists only after sync. */
class ClientResultImpl<T> {
  private ready = false;
  private result: T | undefined;
  get value(): T {
    if (!this.ready) fail("PropertyNotLoaded", "The value of a ClientResult is only available after context.sync()");
    return this.result as T;
  }
  _deliver(v: T): void {
    this.result = v;
    this.ready = true;
  }
}

/* ------------------------------------------------------------------ */
/* Workbook, application, functions                                     */
/* ------------------------------------------------------------------ */

class WorkbookProxy extends ClientObject {
  readonly worksheets: WorksheetCollectionProxy;
  readonly application: ApplicationProxy;
  readonly functions: FunctionsProxy;

  constructor(ctx: Ctx) {
    super(ctx, "Workbook");
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.application = new ApplicationProxy(ctx);
    this.functions = new FunctionsProxy(ctx);
  }

  protected _props(): Record<string, PropKind> {
    return {};
  }

  getSelectedRange(): RangeProxy {
    const state = this._ctx.standIn.state;
    const range = new RangeProxy(this._ctx, () => {
      const sel = state.selection;
      if (!sel || sel.rects.length !== 1)
        return fail("InvalidSelection", "The current selection is invalid for this operation.");
      return { sheet: sel.sheet, rects: sel.rects };
    });
    return this._child("getSelectedRange", [], range);
  }

  getSelectedRanges(): RangeAreasProxy {
    const state = this._ctx.standIn.state;
    const areas = new RangeAreasProxy(this._ctx, () => {
      const sel = state.selection;
      if (!sel) return fail("InvalidSelection", "The current selection is invalid for this operation.");
      return { sheet: sel.sheet, rects: sel.rects };
    });
    return this._child("getSelectedRanges", [], areas, "1.9");
  }
}

class ApplicationProxy extends ClientObject {
  constructor(ctx: Ctx) {
    super(ctx, "Application");
  }
  protected _props(): Record<string, PropKind> {
    return {};
  }
  suspendApiCalculationUntilNextSync(): void {
    this._call("suspendApiCalculationUntilNextSync", [], () => undefined, "1.6");
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._call("suspendScreenUpdatingUntilNextSync", [], () => undefined, "1.9");
  }
}

class FunctionResultProxy extends ClientObject {
  private result: number | string | null = null;
  constructor(
    ctx: Ctx,
    private readonly compute: () => number | string,
  ) {
    super(ctx, "FunctionResult");
  }
  protected _props(): Record<string, PropKind> {
    return { value: "scalar", error: "scalar" };
  }
  _bind(): void {
    this.result = this.compute();
  }
  protected override _value(prop: string): unknown {
    if (prop === "value") return typeof this.result === "number" ? this.result : null;
    if (prop === "error") return typeof this.result === "string" ? this.result : null;
    return super._value(prop);
  }
  get value(): unknown {
    return this._get("value");
  }
  get error(): unknown {
    return this._get("error");
  }
}

class FunctionsProxy extends ClientObject {
  constructor(ctx: Ctx) {
    super(ctx, "Functions");
  }
  protected _props(): Record<string, PropKind> {
    return {};
  }
  /** DATE() in the workbook's date system. */
  date(year: number, month: number, day: number): FunctionResultProxy {
    const date1904 = this._ctx.standIn.state.date1904;
    const r = new FunctionResultProxy(this._ctx, () => {
      const serial = serialOf(year, month, day);
      if (serial === null) return "#NUM!";
      return date1904 ? serial - 1462 : serial;
    });
    return this._child("date", [year, month, day], r, "1.2");
  }
}

/* ------------------------------------------------------------------ */
/* Worksheets                                                           */
/* ------------------------------------------------------------------ */

class WorksheetCollectionProxy extends ClientObject {
  constructor(ctx: Ctx) {
    super(ctx, "WorksheetCollection");
  }
  protected _props(): Record<string, PropKind> {
    return { items: "items" };
  }
  protected override _itemsNow(): ClientObject[] {
    return this._ctx.standIn.state.sheets.map((s) => {
      const ws = new WorksheetProxy(this._ctx, () => s, false);
      ws._bind();
      return ws;
    });
  }
  get items(): WorksheetProxy[] {
    return this._get("items");
  }

  getItem(name: string): WorksheetProxy {
    const state = this._ctx.standIn.state;
    return this._child("getItem", [name], new WorksheetProxy(this._ctx, () => state.find(name), false));
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    const state = this._ctx.standIn.state;
    return this._child(
      "getItemOrNullObject",
      [name],
      new WorksheetProxy(this._ctx, () => state.find(name), true),
      "1.4",
    );
  }

  getActiveWorksheet(): WorksheetProxy {
    const state = this._ctx.standIn.state;
    return this._child("getActiveWorksheet", [], new WorksheetProxy(this._ctx, () => state.active(), false));
  }

  add(name?: string): WorksheetProxy {
    const state = this._ctx.standIn.state;
    return this._child("add", [name ?? null], new WorksheetProxy(this._ctx, () => state.addSheet(name), false));
  }
}

class WorksheetProxy extends ClientObject {
  private target: SheetState | null | undefined;

  constructor(
    ctx: Ctx,
    private readonly locate: () => SheetState | null | undefined,
    private readonly orNull: boolean,
  ) {
    super(ctx, "Worksheet");
  }

  _bind(): void {
    const t = this.locate() ?? null;
    if (!t && !this.orNull) fail("ItemNotFound", "The requested resource doesn't exist.");
    this.target = t;
  }

  /** The sheet this proxy stands for, at sync time. */
  sheet(): SheetState {
    if (this.target === undefined) this._bind();
    const t = this.target;
    if (!t) return fail("ItemNotFound", "The worksheet doesn't exist (null object).");
    if (t.deleted) return fail("ItemNotFound", `The worksheet "${t.name}" was deleted.`);
    return t;
  }

  protected override _isNull(): boolean {
    if (this.target === undefined) this._bind();
    return this.target === null;
  }

  protected _props(): Record<string, PropKind> {
    return {
      name: "scalar",
      id: "scalar",
      position: "scalar",
      visibility: "scalar",
      tabColor: "scalar",
      protection: "nav",
      freezePanes: "nav",
      pageLayout: "nav",
      tables: "nav",
      notes: "nav",
      comments: "nav",
    };
  }

  protected override _value(prop: string): unknown {
    const s = this.sheet();
    switch (prop) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "position":
        return this._ctx.standIn.state.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      case "tabColor":
        return s.tabColor;
      default:
        return super._value(prop);
    }
  }

  protected override _navNew(prop: string): ClientObject {
    const sheet = (): SheetState => this.sheet();
    switch (prop) {
      case "protection":
        return new ProtectionProxy(this._ctx, sheet);
      case "freezePanes":
        return new FreezePanesProxy(this._ctx, sheet);
      case "pageLayout":
        return new PageLayoutProxy(this._ctx, sheet, this);
      case "tables":
        return new TableCollectionProxy(this._ctx, sheet);
      case "notes":
        return new NoteCollectionProxy(this._ctx, sheet);
      case "comments":
        return new CommentCollectionProxy(this._ctx, sheet);
      default:
        return super._navNew(prop);
    }
  }

  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, () => this._ctx.standIn.state.rename(this.sheet(), v));
  }
  get id(): string {
    return this._get("id");
  }
  get position(): number {
    return this._get("position");
  }
  set position(v: number) {
    this._set("position", v, () => this._ctx.standIn.state.move(this.sheet(), v));
  }
  get visibility(): Visibility {
    return this._get("visibility");
  }
  set visibility(v: Visibility) {
    this._set("visibility", v, () => this._ctx.standIn.state.setVisibility(this.sheet(), v));
  }
  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(v: string) {
    this._set(
      "tabColor",
      v,
      () => {
        this.sheet().tabColor = v === "" ? "" : v.toUpperCase();
      },
      "1.7",
    );
  }
  get protection(): ProtectionProxy {
    return this.nav("protection");
  }
  get freezePanes(): FreezePanesProxy {
    return this.nav("freezePanes");
  }
  get pageLayout(): PageLayoutProxy {
    return this.nav("pageLayout");
  }
  get tables(): TableCollectionProxy {
    return this.nav("tables");
  }
  get notes(): NoteCollectionProxy {
    return this.nav("notes");
  }
  get comments(): CommentCollectionProxy {
    return this.nav("comments");
  }

  getRange(address?: string): RangeProxy {
    const range = new RangeProxy(this._ctx, () => {
      const s = this.sheet();
      if (address === undefined) return { sheet: s, rects: [{ r1: 0, c1: 0, r2: MAX_ROWS - 1, c2: MAX_COLS - 1 }] };
      const q = splitQualified(address);
      if (q.sheet !== null && q.sheet !== s.name) fail("InvalidArgument", `${address} is not on ${s.name}`);
      return { sheet: s, rects: [parseArea(q.local)] };
    });
    return this._child("getRange", [address ?? null], range);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    const range = new RangeProxy(this._ctx, () => {
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1) fail("InvalidArgument", "Bad indexes");
      const rect = { r1: startRow, c1: startColumn, r2: startRow + rowCount - 1, c2: startColumn + columnCount - 1 };
      if (rect.r2 >= MAX_ROWS || rect.c2 >= MAX_COLS) fail("InvalidArgument", "Range outside the sheet");
      return { sheet: this.sheet(), rects: [rect] };
    });
    return this._child("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], range, "1.7");
  }

  getRanges(address: string): RangeAreasProxy {
    const areas = new RangeAreasProxy(this._ctx, () => {
      const s = this.sheet();
      const rects = address
        .split(/[,;]/)
        .map((a) => a.trim())
        .filter((a) => a !== "")
        .map((a) => parseArea(splitQualified(a).local));
      if (rects.length === 0) fail("InvalidArgument", "Empty address");
      return { sheet: s, rects };
    });
    return this._child("getRanges", [address], areas, "1.9");
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    const range = new RangeProxy(this._ctx, () => {
      const s = this.sheet();
      return { sheet: s, rects: [s.used(valuesOnly) ?? { r1: 0, c1: 0, r2: 0, c2: 0 }] };
    });
    return this._child("getUsedRange", [valuesOnly], range);
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    const range = new RangeProxy(this._ctx, () => {
      const s = this.sheet();
      const used = s.used(valuesOnly);
      return used ? { sheet: s, rects: [used] } : null;
    });
    return this._child("getUsedRangeOrNullObject", [valuesOnly], range, "1.4");
  }

  activate(): void {
    this._call("activate", [], () => this._ctx.standIn.state.activate(this.sheet()));
  }

  delete(): void {
    this._call("delete", [], () => this._ctx.standIn.state.deleteSheet(this.sheet()));
  }
}

class ProtectionProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx, "WorksheetProtection");
  }
  protected _props(): Record<string, PropKind> {
    return { protected: "scalar" };
  }
  protected override _value(prop: string): unknown {
    return prop === "protected" ? this.sheet().protected : super._value(prop);
  }
  get protected(): boolean {
    return this._get("protected");
  }
  protect(): void {
    this._call("protect", [], () => void (this.sheet().protected = true), "1.2");
  }
  unprotect(): void {
    this._call("unprotect", [], () => void (this.sheet().protected = false), "1.2");
  }
}

function writable(sheet: SheetState): SheetState {
  if (sheet.protected) fail("AccessDenied", `The sheet "${sheet.name}" is protected.`);
  return sheet;
}

class FreezePanesProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx, "WorksheetFreezePanes");
  }
  protected _props(): Record<string, PropKind> {
    return {};
  }
  freezeRows(count = 1): void {
    this._call("freezeRows", [count], () => void (this.sheet().freeze = { rows: count, columns: 0 }), "1.7");
  }
  freezeColumns(count = 1): void {
    this._call("freezeColumns", [count], () => void (this.sheet().freeze = { rows: 0, columns: count }), "1.7");
  }
  freezeAt(range: string | RangeProxy): void {
    const arg = typeof range === "string" ? range : `#${range._id}`;
    this._call(
      "freezeAt",
      [arg],
      () => {
        const rect = typeof range === "string" ? parseArea(range) : range.rect();
        this.sheet().freeze = { rows: rect.r2 + 1, columns: rect.c2 + 1 };
      },
      "1.7",
    );
  }
  unfreeze(): void {
    this._call("unfreeze", [], () => void (this.sheet().freeze = { rows: 0, columns: 0 }), "1.7");
  }
}

class PageLayoutProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    private readonly sheet: () => SheetState,
    private readonly ws: WorksheetProxy,
  ) {
    super(ctx, "PageLayout");
  }
  protected _props(): Record<string, PropKind> {
    return {
      orientation: "scalar",
      paperSize: "scalar",
      zoom: "scalar",
      topMargin: "scalar",
      bottomMargin: "scalar",
      leftMargin: "scalar",
      rightMargin: "scalar",
      centerHorizontally: "scalar",
    };
  }
  protected override _value(prop: string): unknown {
    const page = this.sheet().page as unknown as Record<string, unknown>;
    return prop in page ? page[prop] : super._value(prop);
  }
  private setPage(prop: keyof PageState, v: unknown, check?: () => void): void {
    this._set(
      prop,
      v,
      () => {
        check?.();
        (writable(this.sheet()).page as unknown as Record<string, unknown>)[prop] = v;
      },
      "1.9",
    );
  }
  get orientation(): string {
    return this._get("orientation");
  }
  set orientation(v: string) {
    this.setPage("orientation", v, () => {
      if (v !== "Portrait" && v !== "Landscape") fail("InvalidArgument", `orientation ${v}`);
    });
  }
  get paperSize(): string {
    return this._get("paperSize");
  }
  set paperSize(v: string) {
    this.setPage("paperSize", v);
  }
  get zoom(): PageState["zoom"] {
    return this._get("zoom");
  }
  set zoom(v: PageState["zoom"]) {
    this.setPage("zoom", { ...v }, () => {
      if (v.scale !== undefined && (v.scale < 10 || v.scale > 400))
        fail("InvalidArgument", "zoom.scale must be 10–400");
    });
  }
  set topMargin(v: number) {
    this.setPage("topMargin", v);
  }
  set bottomMargin(v: number) {
    this.setPage("bottomMargin", v);
  }
  set leftMargin(v: number) {
    this.setPage("leftMargin", v);
  }
  set rightMargin(v: number) {
    this.setPage("rightMargin", v);
  }
  get centerHorizontally(): boolean {
    return this._get("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this.setPage("centerHorizontally", v);
  }
  setPrintArea(area: string): void {
    this._call(
      "setPrintArea",
      [area],
      () => {
        area.split(",").forEach((a) => parseArea(splitQualified(a).local));
        writable(this.sheet()).page.printArea = area;
      },
      "1.9",
    );
  }
  setPrintTitleRows(rows: string): void {
    this._call(
      "setPrintTitleRows",
      [rows],
      () => {
        const rect = parseArea(rows);
        if (rect.c1 !== 0 || rect.c2 !== MAX_COLS - 1)
          fail("InvalidArgument", `Print title rows must be whole rows: ${rows}`);
        writable(this.sheet()).page.printTitleRows = rows;
      },
      "1.9",
    );
  }
  setPrintMargins(unit: string, margins: { top?: number; bottom?: number; left?: number; right?: number }): void {
    const factor = unit === "Inches" ? 72 : unit === "Centimeters" ? 72 / 2.54 : unit === "Points" ? 1 : NaN;
    this._call(
      "setPrintMargins",
      [unit, margins],
      () => {
        if (Number.isNaN(factor)) fail("InvalidArgument", `unit ${unit}`);
        const page = writable(this.sheet()).page;
        if (margins.top !== undefined) page.topMargin = margins.top * factor;
        if (margins.bottom !== undefined) page.bottomMargin = margins.bottom * factor;
        if (margins.left !== undefined) page.leftMargin = margins.left * factor;
        if (margins.right !== undefined) page.rightMargin = margins.right * factor;
      },
      "1.9",
    );
  }
  /** For symmetry with Worksheet; not used by the page itself. */
  get worksheet(): WorksheetProxy {
    return this.ws;
  }
}

/* ------------------------------------------------------------------ */
/* Tables, notes, comments                                              */
/* ------------------------------------------------------------------ */

class TableProxy extends ClientObject {
  table: TableState | null = null;
  constructor(
    ctx: Ctx,
    private readonly make: () => TableState,
  ) {
    super(ctx, "Table");
  }
  _bind(): void {
    this.table = this.make();
  }
  private state(): TableState {
    if (!this.table) this._bind();
    return this.table as TableState;
  }
  protected _props(): Record<string, PropKind> {
    return { name: "scalar" };
  }
  protected override _value(prop: string): unknown {
    return prop === "name" ? this.state().name : super._value(prop);
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, () => this._ctx.standIn.state.renameTable(this.state(), v));
  }
}

class TableCollectionProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx, "TableCollection");
  }
  protected _props(): Record<string, PropKind> {
    return {};
  }
  add(address: string | RangeProxy, hasHeaders: boolean): TableProxy {
    const arg = typeof address === "string" ? address : `#${address._id}`;
    const table = new TableProxy(this._ctx, () => {
      const sheet = writable(this.sheet());
      const rect = typeof address === "string" ? parseArea(splitQualified(address).local) : address.rect();
      return this._ctx.standIn.state.addTable(sheet, rect, hasHeaders);
    });
    return this._child("add", [arg, hasHeaders], table);
  }
}

class NoteProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    private readonly sheet: () => SheetState,
    private readonly cellKey: () => number,
    private readonly orNull: boolean,
  ) {
    super(ctx, "Note");
  }
  private bound: number | null | undefined;
  _bind(): void {
    const k = this.cellKey();
    const exists = this.sheet().notes.has(k);
    if (!exists && !this.orNull) fail("ItemNotFound", "The note doesn't exist.");
    this.bound = exists ? k : null;
  }
  protected override _isNull(): boolean {
    if (this.bound === undefined) this._bind();
    return this.bound === null;
  }
  private k(): number {
    if (this.bound === undefined) this._bind();
    if (this.bound === null || this.bound === undefined || !this.sheet().notes.has(this.bound)) {
      return fail("ItemNotFound", "The note doesn't exist.");
    }
    return this.bound;
  }
  protected _props(): Record<string, PropKind> {
    return { content: "scalar", authorName: "scalar" };
  }
  protected override _value(prop: string): unknown {
    if (prop === "content") return this.sheet().notes.get(this.k());
    if (prop === "authorName") return "Stand-in";
    return super._value(prop);
  }
  get content(): string {
    return this._get("content");
  }
  set content(v: string) {
    this._set("content", v, () => void writable(this.sheet()).notes.set(this.k(), String(v)), "1.18");
  }
  delete(): void {
    this._call("delete", [], () => void writable(this.sheet()).notes.delete(this.k()), "1.18");
  }
  getLocation(): RangeProxy {
    const range = new RangeProxy(this._ctx, () => {
      const k = this.k();
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      return { sheet: this.sheet(), rects: [{ r1: r, c1: c, r2: r, c2: c }] };
    });
    return this._child("getLocation", [], range, "1.18");
  }
}

function singleCellKey(address: string): number {
  const rect = parseArea(splitQualified(address).local);
  if (cellsOf(rect) !== 1) fail("InvalidCellAddress", `${address} is not a single cell`);
  return key(rect.r1, rect.c1);
}

class NoteCollectionProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx, "NoteCollection");
  }
  protected _props(): Record<string, PropKind> {
    return { items: "items" };
  }
  protected override _itemsNow(): ClientObject[] {
    const sheet = this.sheet();
    return [...sheet.notes.keys()].map((k) => {
      const n = new NoteProxy(
        this._ctx,
        () => sheet,
        () => k,
        false,
      );
      n._bind();
      return n;
    });
  }
  get items(): NoteProxy[] {
    return this._get("items");
  }
  add(cellAddress: string, content: string): NoteProxy {
    const note = new NoteProxy(this._ctx, this.sheet, () => singleCellKey(cellAddress), false);
    this._call(
      "add",
      [cellAddress, content],
      () => {
        const sheet = writable(this.sheet());
        const k = singleCellKey(cellAddress);
        if (sheet.notes.has(k)) fail("InvalidOperation", `${cellAddress} already has a note`);
        sheet.notes.set(k, String(content));
        note._bind();
      },
      "1.18",
    );
    return note;
  }
  getItem(cellAddress: string): NoteProxy {
    return this._child(
      "getItem",
      [cellAddress],
      new NoteProxy(this._ctx, this.sheet, () => singleCellKey(cellAddress), false),
      "1.18",
    );
  }
  getItemOrNullObject(cellAddress: string): NoteProxy {
    return this._child(
      "getItemOrNullObject",
      [cellAddress],
      new NoteProxy(this._ctx, this.sheet, () => singleCellKey(cellAddress), true),
      "1.18",
    );
  }
  getCount(): ClientResultImpl<number> {
    const result = new ClientResultImpl<number>();
    this._call(
      "getCount",
      [],
      () => {
        const n = this.sheet().notes.size;
        return { json: n, deliver: () => result._deliver(n) };
      },
      "1.18",
    );
    return result;
  }
}

class CommentProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    private readonly sheet: () => SheetState,
    private readonly locate: () => number | null,
  ) {
    super(ctx, "Comment");
  }
  private bound: number | undefined;
  _bind(): void {
    const k = this.locate();
    if (k === null || !this.sheet().comments.has(k)) fail("ItemNotFound", "The comment doesn't exist.");
    this.bound = k ?? undefined;
  }
  private k(): number {
    if (this.bound === undefined) this._bind();
    const k = this.bound;
    if (k === undefined || !this.sheet().comments.has(k)) return fail("ItemNotFound", "The comment doesn't exist.");
    return k;
  }
  protected _props(): Record<string, PropKind> {
    return { content: "scalar", id: "scalar", authorName: "scalar" };
  }
  protected override _value(prop: string): unknown {
    const c = this.sheet().comments.get(this.k());
    if (prop === "content") return c?.content;
    if (prop === "id") return c?.id;
    if (prop === "authorName") return "Stand-in";
    return super._value(prop);
  }
  get content(): string {
    return this._get("content");
  }
  set content(v: string) {
    this._set(
      "content",
      v,
      () => {
        const c = writable(this.sheet()).comments.get(this.k());
        if (c) c.content = String(v);
      },
      "1.10",
    );
  }
  delete(): void {
    this._call("delete", [], () => void writable(this.sheet()).comments.delete(this.k()), "1.10");
  }
  getLocation(): RangeProxy {
    const range = new RangeProxy(this._ctx, () => {
      const k = this.k();
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      return { sheet: this.sheet(), rects: [{ r1: r, c1: c, r2: r, c2: c }] };
    });
    return this._child("getLocation", [], range, "1.10");
  }
}

class CommentCollectionProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx, "CommentCollection");
  }
  protected _props(): Record<string, PropKind> {
    return { items: "items" };
  }
  protected override _itemsNow(): ClientObject[] {
    const sheet = this.sheet();
    return [...sheet.comments.keys()].map((k) => {
      const c = new CommentProxy(
        this._ctx,
        () => sheet,
        () => k,
      );
      c._bind();
      return c;
    });
  }
  get items(): CommentProxy[] {
    return this._get("items");
  }
  add(cellAddress: string, content: string): CommentProxy {
    const comment = new CommentProxy(this._ctx, this.sheet, () => singleCellKey(cellAddress));
    this._call(
      "add",
      [cellAddress, content],
      () => {
        const sheet = writable(this.sheet());
        const k = singleCellKey(cellAddress);
        if (sheet.comments.has(k)) fail("InvalidOperation", `${cellAddress} already has a comment`);
        sheet.comments.set(k, { id: `c${this._ctx.standIn.state.nextId()}`, content: String(content) });
        comment._bind();
      },
      "1.10",
    );
    return comment;
  }
  getItemByCell(cellAddress: string): CommentProxy {
    return this._child(
      "getItemByCell",
      [cellAddress],
      new CommentProxy(this._ctx, this.sheet, () => singleCellKey(cellAddress)),
      "1.10",
    );
  }
}

/* ------------------------------------------------------------------ */
/* Ranges                                                                */
/* ------------------------------------------------------------------ */

interface Located {
  sheet: SheetState;
  rects: Rect[];
}

/** Something whose cells a format applies to: a Range or RangeAreas. */
interface CellOwner {
  located(): Located;
}

function forEachCell(loc: Located, visit: (r: number, c: number) => void): void {
  for (const rect of loc.rects) {
    if (cellsOf(rect) > READ_CELL_LIMIT)
      fail("RangeExceedsLimit", "The stand-in does not format more than 5,000,000 cells at once");
    for (let r = rect.r1; r <= rect.r2; r++) for (let c = rect.c1; c <= rect.c2; c++) visit(r, c);
  }
}

/** The common value of a property over the cells, or null when they differ (as Office reports). */
function uniform<T>(loc: Located, read: (cell: CellState | undefined) => T): T | null {
  let first = true;
  let value: T | null = null;
  let same = true;
  forEachCell(loc, (r, c) => {
    if (!same) return;
    const v = read(loc.sheet.get(r, c));
    if (first) {
      value = v;
      first = false;
    } else if (JSON.stringify(v) !== JSON.stringify(value)) same = false;
  });
  return same ? value : null;
}

function matrixFor(input: unknown, rect: Rect, what: string): (r: number, c: number) => unknown {
  const rows = rect.r2 - rect.r1 + 1;
  const cols = rect.c2 - rect.c1 + 1;
  if (!Array.isArray(input)) {
    if (input === null || input === undefined) return fail("InvalidArgument", `${what} cannot be set to null`);
    return () => input;
  }
  const m = input as unknown[][];
  if (m.length === 1 && Array.isArray(m[0]) && m[0].length === 1) {
    const only = m[0][0];
    return () => only;
  }
  if (m.length !== rows || m.some((row) => !Array.isArray(row) || row.length !== cols)) {
    fail(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: ${rows}×${cols}).`,
    );
  }
  return (r, c) => m[r - rect.r1]?.[c - rect.c1];
}

class RangeProxy extends ClientObject implements CellOwner {
  private loc: Located | null | undefined;

  constructor(
    ctx: Ctx,
    private readonly locate: () => Located | null,
  ) {
    super(ctx, "Range");
  }

  _bind(): void {
    this.loc = this.locate();
  }

  protected override _isNull(): boolean {
    if (this.loc === undefined) this._bind();
    return this.loc === null;
  }

  located(): Located {
    if (this.loc === undefined) this._bind();
    const loc = this.loc;
    if (!loc) return fail("ItemNotFound", "The range is a null object.");
    if (loc.sheet.deleted) return fail("ItemNotFound", "The range's worksheet was deleted.");
    return loc;
  }

  rect(): Rect {
    const r = this.located().rects[0];
    if (!r) return fail("InvalidArgument", "Empty range");
    return r;
  }

  protected _props(): Record<string, PropKind> {
    return {
      address: "scalar",
      addressLocal: "scalar",
      rowIndex: "scalar",
      columnIndex: "scalar",
      rowCount: "scalar",
      columnCount: "scalar",
      cellCount: "scalar",
      values: "scalar",
      valueTypes: "scalar",
      formulas: "scalar",
      numberFormat: "scalar",
      text: "scalar",
      hyperlink: "scalar",
      format: "nav",
      worksheet: "nav",
    };
  }

  private readMatrix(read: (cell: CellState | undefined) => unknown): unknown[][] {
    const rect = this.rect();
    if (cellsOf(rect) > READ_CELL_LIMIT) {
      fail("RangeExceedsLimit", `Reading ${cellsOf(rect)} cells exceeds the ${READ_CELL_LIMIT}-cell limit.`);
    }
    const sheet = this.located().sheet;
    const out: unknown[][] = [];
    for (let r = rect.r1; r <= rect.r2; r++) {
      const row: unknown[] = [];
      for (let c = rect.c1; c <= rect.c2; c++) row.push(read(sheet.get(r, c)));
      out.push(row);
    }
    return out;
  }

  protected override _value(prop: string): unknown {
    const loc = this.located();
    const rect = this.rect();
    switch (prop) {
      case "address":
      case "addressLocal":
        return qualify(loc.sheet.name, formatArea(rect));
      case "rowIndex":
        return rect.r1;
      case "columnIndex":
        return rect.c1;
      case "rowCount":
        return rect.r2 - rect.r1 + 1;
      case "columnCount":
        return rect.c2 - rect.c1 + 1;
      case "cellCount":
        return cellsOf(rect);
      case "values":
        return this.readMatrix((cell) => (cell ? cell.v : ""));
      case "valueTypes":
        return this.readMatrix((cell) => (cell ? cell.t : "Empty"));
      case "formulas":
        return this.readMatrix((cell) => (cell ? (cell.f ?? cell.v) : ""));
      case "numberFormat":
        return this.readMatrix((cell) => cell?.nf ?? "General");
      case "text":
        return this.readMatrix((cell) => (cell ? String(cell.v) : ""));
      case "hyperlink":
        return loc.sheet.get(rect.r1, rect.c1)?.link ?? null;
      default:
        return super._value(prop);
    }
  }

  protected override _navNew(prop: string): ClientObject {
    if (prop === "format") return new RangeFormatProxy(this._ctx, this);
    if (prop === "worksheet") {
      const ws = new WorksheetProxy(this._ctx, () => this.located().sheet, false);
      return ws;
    }
    if (prop === "dataValidation") return new DataValidationProxy(this._ctx, this);
    if (prop === "conditionalFormats") return new ConditionalFormatCollectionProxy(this._ctx, this);
    return super._navNew(prop);
  }

  get address(): string {
    return this._get("address");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }

  get values(): unknown[][] {
    return this._get("values");
  }
  set values(input: unknown[][]) {
    this._set("values", input, () => {
      const rect = this.rect();
      const sheet = writable(this.located().sheet);
      const at = matrixFor(input, rect, "values");
      for (let r = rect.r1; r <= rect.r2; r++) {
        for (let c = rect.c1; c <= rect.c2; c++) {
          const v = at(r, c);
          if (v === null || v === undefined) continue; // null leaves the cell unchanged
          typeIn(sheet.touch(r, c), v);
        }
      }
    });
  }

  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(input: unknown[][]) {
    this._set("formulas", input, () => {
      const rect = this.rect();
      const sheet = writable(this.located().sheet);
      const at = matrixFor(input, rect, "formulas");
      for (let r = rect.r1; r <= rect.r2; r++) {
        for (let c = rect.c1; c <= rect.c2; c++) {
          const v = at(r, c);
          if (v === null || v === undefined) continue;
          const cell = sheet.touch(r, c);
          if (typeof v === "string" && v.startsWith("=") && v.length > 1) {
            cell.f = v;
            cell.v = "";
            cell.t = "Empty";
          } else typeIn(cell, v);
        }
      }
    });
  }

  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this._set("numberFormat", input, () => {
      const loc = this.located();
      const rect = this.rect();
      const sheet = writable(loc.sheet);
      const at = matrixFor(input, rect, "numberFormat");
      forEachCell(loc, (r, c) => {
        const v = at(r, c);
        if (v === null || v === undefined) return;
        if (typeof v !== "string") fail("InvalidArgument", "A number format is a string");
        const cell = sheet.touch(r, c);
        if (v === "" || v === "General") delete cell.nf;
        else cell.nf = v as string;
      });
    });
  }

  get hyperlink(): HyperlinkState | null {
    return this._get("hyperlink");
  }
  set hyperlink(link: HyperlinkState) {
    this._set(
      "hyperlink",
      link,
      () => {
        const loc = this.located();
        const sheet = writable(loc.sheet);
        if (link.documentReference !== undefined) {
          const q = splitQualified(link.documentReference.replace(/^#/, ""));
          if (q.sheet === null) fail("InvalidArgument", `documentReference needs a sheet: ${link.documentReference}`);
          parseArea(q.local);
        }
        forEachCell(loc, (r, c) => {
          const cell = sheet.touch(r, c);
          cell.link = { ...link };
          if (link.textToDisplay !== undefined) {
            cell.v = link.textToDisplay;
            cell.t = link.textToDisplay === "" ? "Empty" : "String";
            delete cell.f;
          }
        });
      },
      "1.7",
    );
  }

  get format(): RangeFormatProxy {
    return this.nav("format");
  }
  get worksheet(): WorksheetProxy {
    return this.nav("worksheet");
  }
  get dataValidation(): DataValidationProxy {
    return this.nav("dataValidation");
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return this.nav("conditionalFormats");
  }

  merge(across = false): void {
    this._call(
      "merge",
      [across],
      () => {
        const loc = this.located();
        const sheet = writable(loc.sheet);
        const rect = this.rect();
        const pieces: Rect[] = across
          ? Array.from({ length: rect.r2 - rect.r1 + 1 }, (_, i) => ({ ...rect, r1: rect.r1 + i, r2: rect.r1 + i }))
          : [rect];
        for (const t of this._ctx.standIn.state.tables) {
          if (t.sheet === sheet && overlaps(t.rect, rect)) fail("InvalidOperation", "Cannot merge cells in a table");
        }
        for (const piece of pieces) {
          if (cellsOf(piece) < 2) continue;
          for (let i = sheet.merges.length - 1; i >= 0; i--) {
            const m = sheet.merges[i];
            if (m && overlaps(m, piece)) {
              if (!contains(piece, m)) fail("InvalidOperation", "Cannot merge over part of a merged area");
              sheet.merges.splice(i, 1);
            }
          }
          sheet.merges.push(piece);
          // Merging keeps only the upper-left value.
          for (let r = piece.r1; r <= piece.r2; r++) {
            for (let c = piece.c1; c <= piece.c2; c++) {
              if (r === piece.r1 && c === piece.c1) continue;
              const cell = sheet.get(r, c);
              if (cell) {
                cell.v = "";
                cell.t = "Empty";
                delete cell.f;
              }
            }
          }
        }
      },
      "1.2",
    );
  }

  unmerge(): void {
    this._call(
      "unmerge",
      [],
      () => {
        const sheet = writable(this.located().sheet);
        const rect = this.rect();
        for (let i = sheet.merges.length - 1; i >= 0; i--) {
          const m = sheet.merges[i];
          if (m && overlaps(m, rect)) sheet.merges.splice(i, 1);
        }
      },
      "1.2",
    );
  }

  /** The merged areas whose top-left cell is in this range; a null object when there are none (ExcelApi 1.13). */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    const areas = new RangeAreasProxy(this._ctx, () => {
      const loc = this.located();
      const rect = this.rect();
      const rects = loc.sheet.merges.filter(
        (m) => m.r1 >= rect.r1 && m.r1 <= rect.r2 && m.c1 >= rect.c1 && m.c1 <= rect.c2,
      );
      if (rects.length > MERGED_AREAS_LIMIT) {
        fail(
          "GeneralException",
          `The range has ${rects.length} merged areas; at most ${MERGED_AREAS_LIMIT} are returned`,
        );
      }
      return rects.length === 0 ? null : { sheet: loc.sheet, rects };
    });
    return this._child("getMergedAreasOrNullObject", [], areas, "1.13");
  }

  /** Per-cell properties, as a ClientResult; supports address, format.fill and format.font. */
  getCellProperties(spec: {
    address?: boolean;
    format?: { fill?: Record<string, boolean>; font?: Record<string, boolean> };
  }): ClientResultImpl<unknown[][]> {
    const result = new ClientResultImpl<unknown[][]>();
    this._call(
      "getCellProperties",
      [spec],
      () => {
        const sheet = this.located().sheet;
        const matrix = this.readMatrix(() => null).map((row, i) =>
          row.map((_, j) => {
            const r = this.rect().r1 + i;
            const c = this.rect().c1 + j;
            const cell = sheet.get(r, c);
            const out: Record<string, unknown> = {};
            if (spec.address) out.address = qualify(sheet.name, formatArea({ r1: r, c1: c, r2: r, c2: c }));
            const format: Record<string, unknown> = {};
            if (spec.format?.fill) {
              const all: Record<string, unknown> = cell?.fill
                ? {
                    color: cell.fill,
                    pattern: "Solid",
                    tintAndShade: 0,
                    patternColor: "#000000",
                    patternTintAndShade: 0,
                  }
                : // How Excel reports "No Fill": white, no pattern, no tint (office-js#4900, #6218).
                  {
                    color: "#FFFFFF",
                    pattern: "None",
                    tintAndShade: null,
                    patternColor: "#000000",
                    patternTintAndShade: null,
                  };
              format.fill = Object.fromEntries(Object.entries(all).filter(([k]) => spec.format?.fill?.[k]));
            }
            if (spec.format?.font) {
              const all: Record<string, unknown> = {
                bold: cell?.font?.bold ?? false,
                italic: cell?.font?.italic ?? false,
                size: cell?.font?.size ?? 11,
                color: cell?.font?.color ?? "#000000",
                name: cell?.font?.name ?? "Calibri",
              };
              format.font = Object.fromEntries(Object.entries(all).filter(([k]) => spec.format?.font?.[k]));
            }
            if (spec.format) out.format = format;
            return out;
          }),
        );
        return { json: matrix, deliver: () => result._deliver(matrix) };
      },
      "1.9",
    );
    return result;
  }

  select(): void {
    this._call("select", [], () => {
      const loc = this.located();
      const state = this._ctx.standIn.state;
      if (loc.sheet.visibility !== "Visible") fail("InvalidOperation", "Cannot select on a hidden sheet");
      state.activate(loc.sheet);
      state.selection = { sheet: loc.sheet, rects: [...loc.rects] };
    });
  }

  clear(applyTo = "All"): void {
    this._call("clear", [applyTo], () => {
      const loc = this.located();
      const sheet = writable(loc.sheet);
      forEachCell(loc, (r, c) => {
        const k = key(r, c);
        const cell = sheet.cells.get(k);
        if (!cell) return;
        if (applyTo === "All") sheet.cells.delete(k);
        else if (applyTo === "Contents") {
          cell.v = "";
          cell.t = "Empty";
          delete cell.f;
        } else if (applyTo === "Formats") {
          delete cell.nf;
          delete cell.fill;
          delete cell.font;
          delete cell.borders;
          delete cell.hAlign;
          delete cell.vAlign;
          delete cell.wrap;
        }
      });
    });
  }
}

class RangeCollectionProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    private readonly owner: CellOwner,
  ) {
    super(ctx, "RangeCollection");
  }
  protected _props(): Record<string, PropKind> {
    return { items: "items" };
  }
  protected override _itemsNow(): ClientObject[] {
    const loc = this.owner.located();
    return loc.rects.map((rect) => {
      const r = new RangeProxy(this._ctx, () => ({ sheet: loc.sheet, rects: [rect] }));
      r._bind();
      return r;
    });
  }
  get items(): RangeProxy[] {
    return this._get("items");
  }
}

class RangeAreasProxy extends ClientObject implements CellOwner {
  private loc: Located | null | undefined;
  /** `locate` answers null for a *OrNullObject result that does not exist. */
  constructor(
    ctx: Ctx,
    private readonly locate: () => Located | null,
  ) {
    super(ctx, "RangeAreas");
  }
  _bind(): void {
    this.loc = this.locate();
  }
  protected override _isNull(): boolean {
    if (this.loc === undefined) this._bind();
    return this.loc === null;
  }
  located(): Located {
    if (this.loc === undefined) this._bind();
    const loc = this.loc;
    if (!loc) return fail("ItemNotFound", "The range areas are a null object.");
    if (loc.sheet.deleted) return fail("ItemNotFound", "The worksheet was deleted.");
    return loc;
  }
  protected _props(): Record<string, PropKind> {
    return {
      address: "scalar",
      areaCount: "scalar",
      cellCount: "scalar",
      format: "nav",
      worksheet: "nav",
      areas: "nav",
    };
  }
  protected override _value(prop: string): unknown {
    const loc = this.located();
    if (prop === "address") return loc.rects.map((r) => qualify(loc.sheet.name, formatArea(r))).join(",");
    if (prop === "areaCount") return loc.rects.length;
    if (prop === "cellCount") return loc.rects.reduce((n, r) => n + cellsOf(r), 0);
    return super._value(prop);
  }
  protected override _navNew(prop: string): ClientObject {
    if (prop === "format") return new RangeFormatProxy(this._ctx, this);
    if (prop === "worksheet") return new WorksheetProxy(this._ctx, () => this.located().sheet, false);
    if (prop === "areas") return new RangeCollectionProxy(this._ctx, this);
    return super._navNew(prop);
  }
  get address(): string {
    return this._get("address");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
  get format(): RangeFormatProxy {
    return this.nav("format");
  }
  get worksheet(): WorksheetProxy {
    return this.nav("worksheet");
  }
  get areas(): RangeCollectionProxy {
    return this.nav("areas");
  }
}

/* ------------------------------------------------------------------ */
/* Formats                                                               */
/* ------------------------------------------------------------------ */

const H_ALIGNS = new Set([
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
]);
const V_ALIGNS = new Set(["Top", "Center", "Bottom", "Justify", "Distributed"]);

function normalColor(v: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(v.trim());
  if (!m || !m[1]) return fail("InvalidArgument", `Not a colour the stand-in knows: ${v}`);
  return `#${m[1].toUpperCase()}`;
}

class RangeFormatProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    private readonly owner: CellOwner,
  ) {
    super(ctx, "RangeFormat");
  }
  protected _props(): Record<string, PropKind> {
    return {
      columnWidth: "scalar",
      rowHeight: "scalar",
      horizontalAlignment: "scalar",
      verticalAlignment: "scalar",
      wrapText: "scalar",
      fill: "nav",
      font: "nav",
    };
  }
  protected override _value(prop: string): unknown {
    const loc = this.owner.located();
    switch (prop) {
      case "horizontalAlignment":
        return uniform(loc, (c) => c?.hAlign ?? "General");
      case "verticalAlignment":
        return uniform(loc, (c) => c?.vAlign ?? "Bottom");
      case "wrapText":
        return uniform(loc, (c) => c?.wrap ?? false);
      case "columnWidth": {
        const r = loc.rects[0];
        return r ? (loc.sheet.columnWidths.get(r.c1) ?? 48) : null;
      }
      case "rowHeight": {
        const r = loc.rects[0];
        return r ? (loc.sheet.rowHeights.get(r.r1) ?? 15) : null;
      }
      default:
        return super._value(prop);
    }
  }
  protected override _navNew(prop: string): ClientObject {
    if (prop === "fill") return new RangeFillProxy(this._ctx, this.owner);
    if (prop === "font") return new RangeFontProxy(this._ctx, this.owner);
    if (prop === "borders") return new RangeBorderCollectionProxy(this._ctx, this.owner);
    return super._navNew(prop);
  }
  private each(apply: (cell: CellState) => void): () => void {
    return () => {
      const loc = this.owner.located();
      const sheet = writable(loc.sheet);
      forEachCell(loc, (r, c) => apply(sheet.touch(r, c)));
    };
  }
  get fill(): RangeFillProxy {
    return this.nav("fill");
  }
  get font(): RangeFontProxy {
    return this.nav("font");
  }
  get borders(): RangeBorderCollectionProxy {
    return this.nav("borders");
  }
  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    if (!H_ALIGNS.has(v)) throw new TypeError(`horizontalAlignment ${v}`);
    this._set(
      "horizontalAlignment",
      v,
      this.each((c) => void (c.hAlign = v)),
    );
  }
  get verticalAlignment(): string {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    if (!V_ALIGNS.has(v)) throw new TypeError(`verticalAlignment ${v}`);
    this._set(
      "verticalAlignment",
      v,
      this.each((c) => void (c.vAlign = v)),
    );
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(v: boolean) {
    this._set(
      "wrapText",
      v,
      this.each((c) => void (c.wrap = v)),
    );
  }
  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(v: number) {
    this._set(
      "columnWidth",
      v,
      () => {
        const loc = this.owner.located();
        const sheet = writable(loc.sheet);
        if (!(v >= 0)) fail("InvalidArgument", "columnWidth");
        for (const r of loc.rects) for (let c = r.c1; c <= r.c2; c++) sheet.columnWidths.set(c, v);
      },
      "1.2",
    );
  }
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(v: number) {
    this._set(
      "rowHeight",
      v,
      () => {
        const loc = this.owner.located();
        const sheet = writable(loc.sheet);
        if (!(v >= 0 && v <= 409)) fail("InvalidArgument", "rowHeight must be 0–409 points");
        for (const r of loc.rects) for (let row = r.r1; row <= r.r2; row++) sheet.rowHeights.set(row, v);
      },
      "1.2",
    );
  }
}

class RangeFillProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    private readonly owner: CellOwner,
  ) {
    super(ctx, "RangeFill");
  }
  protected _props(): Record<string, PropKind> {
    return { color: "scalar", pattern: "scalar", tintAndShade: "scalar" };
  }
  protected override _value(prop: string): unknown {
    const loc = this.owner.located();
    if (prop === "color") return uniform(loc, (c) => c?.fill ?? "#FFFFFF");
    if (prop === "pattern") return uniform(loc, (c) => (c?.fill ? "Solid" : "None"));
    if (prop === "tintAndShade") return uniform(loc, (c) => (c?.fill ? 0 : null));
    return super._value(prop);
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    if (v === null || v === undefined) throw new TypeError("fill.color cannot be null; use fill.clear()");
    this._set("color", v, () => {
      const color = normalColor(v);
      const loc = this.owner.located();
      const sheet = writable(loc.sheet);
      forEachCell(loc, (r, c) => void (sheet.touch(r, c).fill = color));
    });
  }
  clear(): void {
    this._call("clear", [], () => {
      const loc = this.owner.located();
      const sheet = writable(loc.sheet);
      forEachCell(loc, (r, c) => {
        const cell = sheet.get(r, c);
        if (cell) delete cell.fill;
      });
    });
  }
}

class RangeFontProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    private readonly owner: CellOwner,
  ) {
    super(ctx, "RangeFont");
  }
  protected _props(): Record<string, PropKind> {
    return { bold: "scalar", italic: "scalar", size: "scalar", color: "scalar", name: "scalar" };
  }
  protected override _value(prop: string): unknown {
    const defaults: FontState = { bold: false, italic: false, size: 11, color: "#000000", name: "Calibri" };
    const p = prop as keyof FontState;
    if (!(p in defaults)) return super._value(prop);
    return uniform(this.owner.located(), (c) => c?.font?.[p] ?? defaults[p]);
  }
  private setFont<K extends keyof FontState>(prop: K, v: FontState[K]): void {
    this._set(prop, v, () => {
      const value = prop === "color" ? (normalColor(String(v)) as FontState[K]) : v;
      const loc = this.owner.located();
      const sheet = writable(loc.sheet);
      forEachCell(loc, (r, c) => {
        const cell = sheet.touch(r, c);
        cell.font = { ...cell.font, [prop]: value };
      });
    });
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this.setFont("bold", v);
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this.setFont("italic", v);
  }
  get size(): number {
    return this._get("size");
  }
  set size(v: number) {
    this.setFont("size", v);
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this.setFont("color", v);
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this.setFont("name", v);
  }
}

const EDGES = new Set([
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
]);

class RangeBorderCollectionProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    private readonly owner: CellOwner,
  ) {
    super(ctx, "RangeBorderCollection");
  }
  protected _props(): Record<string, PropKind> {
    return {};
  }
  getItem(edge: string): RangeBorderProxy {
    if (!EDGES.has(edge)) throw new TypeError(`Border edge ${edge}`);
    const border = new RangeBorderProxy(this._ctx, this.owner, edge);
    this._ctx.queue({ label: `${this._type}.getItem`, wire: this._wire(1, "getItem", [edge]), run: () => undefined });
    return border;
  }
}

class RangeBorderProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    private readonly owner: CellOwner,
    private readonly edge: string,
  ) {
    super(ctx, "RangeBorder");
  }
  protected _props(): Record<string, PropKind> {
    return { style: "scalar", weight: "scalar", color: "scalar" };
  }
  protected override _value(prop: string): unknown {
    const loc = this.owner.located();
    const b = (c: CellState | undefined): BorderState | undefined => c?.borders?.[this.edge];
    if (prop === "style") return uniform(loc, (c) => b(c)?.style ?? "None");
    if (prop === "weight") return uniform(loc, (c) => b(c)?.weight ?? "Thin");
    if (prop === "color") return uniform(loc, (c) => b(c)?.color ?? "#000000");
    return super._value(prop);
  }
  private setBorder(prop: keyof BorderState, v: string): void {
    this._set(prop, v, () => {
      const loc = this.owner.located();
      const sheet = writable(loc.sheet);
      // Stored on every cell of the area, per edge name (enough to assert what was asked for).
      forEachCell(loc, (r, c) => {
        const cell = sheet.touch(r, c);
        const borders = (cell.borders ??= {});
        const current = borders[this.edge] ?? { style: "None" };
        borders[this.edge] = { ...current, [prop]: v };
      });
    });
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this.setBorder("style", v);
  }
  get weight(): string {
    return this._get("weight");
  }
  set weight(v: string) {
    this.setBorder("weight", v);
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this.setBorder("color", v);
  }
}

class DataValidationProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    private readonly owner: RangeProxy,
  ) {
    super(ctx, "DataValidation");
  }
  protected _props(): Record<string, PropKind> {
    return { rule: "scalar" };
  }
  protected override _value(prop: string): unknown {
    if (prop !== "rule") return super._value(prop);
    const loc = this.owner.located();
    const rect = this.owner.rect();
    return loc.sheet.validations.find((v) => overlaps(v.rect, rect))?.rule ?? null;
  }
  get rule(): unknown {
    return this._get("rule");
  }
  set rule(rule: unknown) {
    this._set(
      "rule",
      rule,
      () => {
        const sheet = writable(this.owner.located().sheet);
        const rect = this.owner.rect();
        const kinds = Object.keys(rule as object);
        if (kinds.length !== 1) fail("InvalidArgument", "A data validation rule has exactly one kind");
        const list = (rule as { list?: { source?: unknown } }).list;
        if (list && typeof list.source === "string" && list.source.length > 255) {
          fail("InvalidArgument", "A list's source text is limited to 255 characters");
        }
        for (let i = sheet.validations.length - 1; i >= 0; i--) {
          const v = sheet.validations[i];
          if (v && contains(rect, v.rect)) sheet.validations.splice(i, 1);
        }
        sheet.validations.push({ rect, rule: JSON.parse(JSON.stringify(rule)) });
      },
      "1.8",
    );
  }
  clear(): void {
    this._call(
      "clear",
      [],
      () => {
        const sheet = writable(this.owner.located().sheet);
        const rect = this.owner.rect();
        for (let i = sheet.validations.length - 1; i >= 0; i--) {
          const v = sheet.validations[i];
          if (v && overlaps(rect, v.rect)) sheet.validations.splice(i, 1);
        }
      },
      "1.8",
    );
  }
}

class ConditionalFormatCollectionProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    private readonly owner: RangeProxy,
  ) {
    super(ctx, "ConditionalFormatCollection");
  }
  protected _props(): Record<string, PropKind> {
    return {};
  }
  add(type: string): ConditionalFormatProxy {
    const cf = new ConditionalFormatProxy(this._ctx, type);
    this._call(
      "add",
      [type],
      () => {
        const sheet = writable(this.owner.located().sheet);
        const state: ConditionalFormatState = { range: formatArea(this.owner.rect()), type, formula: "" };
        sheet.conditionalFormats.push(state);
        cf.state = state;
      },
      "1.6",
    );
    return cf;
  }
}

class ConditionalFormatProxy extends ClientObject {
  state: ConditionalFormatState | null = null;
  constructor(
    ctx: Ctx,
    private readonly type: string,
  ) {
    super(ctx, "ConditionalFormat");
  }
  protected _props(): Record<string, PropKind> {
    return { type: "scalar" };
  }
  protected override _value(prop: string): unknown {
    return prop === "type" ? this.type : super._value(prop);
  }
  cf(): ConditionalFormatState {
    if (!this.state) return fail("ItemNotFound", "The conditional format was not created");
    return this.state;
  }
  get custom(): CustomConditionalFormatProxy {
    if (this.type !== "Custom") throw new TypeError(`A ${this.type} conditional format has no .custom`);
    return this.nav("custom");
  }
  protected override _navNew(prop: string): ClientObject {
    if (prop === "custom") return new CustomConditionalFormatProxy(this._ctx, this);
    return super._navNew(prop);
  }
}

class CustomConditionalFormatProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    private readonly parent: ConditionalFormatProxy,
  ) {
    super(ctx, "CustomConditionalFormat");
  }
  protected _props(): Record<string, PropKind> {
    return { rule: "nav", format: "nav" };
  }
  protected override _navNew(prop: string): ClientObject {
    if (prop === "rule") return new ConditionalRuleProxy(this._ctx, this.parent);
    if (prop === "format") return new ConditionalRangeFormatProxy(this._ctx, this.parent);
    return super._navNew(prop);
  }
  get rule(): ConditionalRuleProxy {
    return this.nav("rule");
  }
  get format(): ConditionalRangeFormatProxy {
    return this.nav("format");
  }
}

class ConditionalRuleProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    private readonly parent: ConditionalFormatProxy,
  ) {
    super(ctx, "ConditionalFormatRule");
  }
  protected _props(): Record<string, PropKind> {
    return { formula: "scalar" };
  }
  protected override _value(prop: string): unknown {
    return prop === "formula" ? this.parent.cf().formula : super._value(prop);
  }
  get formula(): string {
    return this._get("formula");
  }
  set formula(v: string) {
    this._set("formula", v, () => {
      if (!v.startsWith("=")) fail("InvalidArgument", "A conditional-format formula starts with =");
      this.parent.cf().formula = v;
    });
  }
}

class ConditionalRangeFormatProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    private readonly parent: ConditionalFormatProxy,
  ) {
    super(ctx, "ConditionalRangeFormat");
  }
  protected _props(): Record<string, PropKind> {
    return { fill: "nav", font: "nav" };
  }
  protected override _navNew(prop: string): ClientObject {
    if (prop === "fill") return new ConditionalFillProxy(this._ctx, this.parent);
    if (prop === "font") return new ConditionalFontProxy(this._ctx, this.parent);
    return super._navNew(prop);
  }
  get fill(): ConditionalFillProxy {
    return this.nav("fill");
  }
  get font(): ConditionalFontProxy {
    return this.nav("font");
  }
}

class ConditionalFillProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    private readonly parent: ConditionalFormatProxy,
  ) {
    super(ctx, "ConditionalRangeFill");
  }
  protected _props(): Record<string, PropKind> {
    return {};
  }
  set color(v: string) {
    this._set("color", v, () => void (this.parent.cf().fill = normalColor(v)));
  }
}

class ConditionalFontProxy extends ClientObject {
  constructor(
    ctx: Ctx,
    private readonly parent: ConditionalFormatProxy,
  ) {
    super(ctx, "ConditionalRangeFont");
  }
  protected _props(): Record<string, PropKind> {
    return {};
  }
  set color(v: string) {
    this._set("color", v, () => void (this.parent.cf().fontColor = normalColor(v)));
  }
  set bold(v: boolean) {
    this._set("bold", v, () => void (this.parent.cf().bold = v));
  }
}

/* ------------------------------------------------------------------ */
/* The workbook's state and the stand-in itself                          */
/* ------------------------------------------------------------------ */

const BAD_SHEET_CHARS = /[[\]:*?/\\]/;

class WorkbookState {
  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  activeId: string | null = null;
  selection: { sheet: SheetState; rects: Rect[] } | null = null;
  private seq = 0;

  constructor(readonly date1904: boolean) {}

  nextId(): number {
    return ++this.seq;
  }

  find(name: string): SheetState | null {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower) ?? null;
  }

  active(): SheetState | null {
    return this.sheets.find((s) => s.id === this.activeId) ?? this.sheets[0] ?? null;
  }

  private checkName(name: string, except?: SheetState): void {
    if (name === "" || name.length > 31 || BAD_SHEET_CHARS.test(name) || name.startsWith("'") || name.endsWith("'")) {
      fail("InvalidArgument", `Invalid sheet name: "${name}"`);
    }
    const other = this.find(name);
    if (other && other !== except) fail("ItemAlreadyExists", `A sheet named "${name}" already exists`);
  }

  addSheet(name?: string): SheetState {
    let n = name;
    if (n === undefined) {
      let i = this.sheets.length + 1;
      while (this.find(`Sheet${i}`)) i++;
      n = `Sheet${i}`;
    }
    this.checkName(n);
    const sheet = new SheetState(`{${this.nextId()}}`, n);
    this.sheets.push(sheet);
    this.activeId ??= sheet.id;
    return sheet;
  }

  rename(sheet: SheetState, name: string): void {
    this.checkName(name, sheet);
    sheet.name = name;
  }

  move(sheet: SheetState, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      fail("InvalidArgument", `position ${position}`);
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  private visibleOthers(sheet: SheetState): number {
    return this.sheets.filter((s) => s !== sheet && s.visibility === "Visible").length;
  }

  setVisibility(sheet: SheetState, v: Visibility): void {
    if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") fail("InvalidArgument", `visibility ${String(v)}`);
    if (v !== "Visible" && sheet.visibility === "Visible" && this.visibleOthers(sheet) === 0) {
      fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    sheet.visibility = v;
    if (v !== "Visible" && this.activeId === sheet.id) {
      this.activeId = this.sheets.find((s) => s.visibility === "Visible")?.id ?? null;
    }
  }

  activate(sheet: SheetState): void {
    if (sheet.visibility !== "Visible") fail("InvalidOperation", `Cannot activate the hidden sheet "${sheet.name}"`);
    this.activeId = sheet.id;
    if (this.selection?.sheet !== sheet) this.selection = { sheet, rects: [{ r1: 0, c1: 0, r2: 0, c2: 0 }] };
  }

  deleteSheet(sheet: SheetState): void {
    if (sheet.visibility === "Visible" && this.visibleOthers(sheet) === 0) {
      fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i]?.sheet === sheet) this.tables.splice(i, 1);
    if (this.activeId === sheet.id) this.activeId = this.sheets.find((s) => s.visibility === "Visible")?.id ?? null;
    if (this.selection?.sheet === sheet) this.selection = null;
  }

  addTable(sheet: SheetState, rect: Rect, hasHeaders: boolean): TableState {
    for (const t of this.tables)
      if (t.sheet === sheet && overlaps(t.rect, rect)) fail("InvalidOperation", "Tables cannot overlap");
    for (const m of sheet.merges)
      if (overlaps(m, rect)) fail("InvalidOperation", "A table cannot contain merged cells");
    let i = this.tables.length + 1;
    while (this.tables.some((t) => t.name.toLowerCase() === `table${i}`)) i++;
    const table: TableState = { name: `Table${i}`, sheet, rect, hasHeaders };
    this.tables.push(table);
    return table;
  }

  renameTable(table: TableState, name: string): void {
    if (!/^[A-Za-z_\\\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(name) || name.length > 255) {
      fail("InvalidArgument", `Invalid table name: "${name}"`);
    }
    const other = this.tables.find((t) => t !== table && t.name.toLowerCase() === name.toLowerCase());
    if (other) fail("InvalidArgument", `A table named "${name}" already exists`);
    table.name = name;
  }
}

/** A cell as the tests see it. */
export interface CellView {
  readonly value: string | number | boolean | null;
  readonly type: ValueType;
  readonly formula: string | null;
  readonly numberFormat: string;
  readonly fill: string | null;
  readonly font: FontState;
  readonly borders: Readonly<Record<string, BorderState>>;
  readonly hAlign: string | null;
  readonly vAlign: string | null;
  readonly wrap: boolean;
  readonly hyperlink: HyperlinkState | null;
  readonly note: string | null;
  readonly comment: string | null;
}

export class SheetView {
  constructor(private readonly s: SheetState) {}

  get name(): string {
    return this.s.name;
  }
  get visibility(): Visibility {
    return this.s.visibility;
  }
  get protected(): boolean {
    return this.s.protected;
  }
  get tabColor(): string {
    return this.s.tabColor;
  }
  get freeze(): { rows: number; columns: number } {
    return { ...this.s.freeze };
  }
  get page(): PageState {
    return JSON.parse(JSON.stringify(this.s.page)) as PageState;
  }
  get merges(): string[] {
    return this.s.merges.map(formatArea);
  }
  get validations(): { range: string; rule: unknown }[] {
    return this.s.validations.map((v) => ({ range: formatArea(v.rect), rule: v.rule }));
  }
  get conditionalFormats(): ConditionalFormatState[] {
    return this.s.conditionalFormats.map((c) => ({ ...c }));
  }
  /** Column widths in points by column letter. */
  get columnWidths(): Record<string, number> {
    return Object.fromEntries([...this.s.columnWidths].map(([c, w]) => [colLetters(c), w]));
  }
  /** Row heights in points by 1-based row. */
  get rowHeights(): Record<number, number> {
    return Object.fromEntries([...this.s.rowHeights].map(([r, h]) => [r + 1, h]));
  }
  get notes(): Record<string, string> {
    return Object.fromEntries(
      [...this.s.notes].map(([k, v]) => [
        formatArea({ r1: Math.floor(k / MAX_COLS), c1: k % MAX_COLS, r2: 0, c2: 0 }).split(":")[0],
        v,
      ]),
    );
  }
  get cellCount(): number {
    return this.s.cells.size;
  }

  cell(address: string): CellView {
    const rect = parseArea(address);
    const k = key(rect.r1, rect.c1);
    const c = this.s.cells.get(k);
    return {
      value: c && c.t !== "Empty" ? c.v : null,
      type: c?.t ?? "Empty",
      formula: c?.f ?? null,
      numberFormat: c?.nf ?? "General",
      fill: c?.fill ?? null,
      font: { ...c?.font },
      borders: { ...c?.borders },
      hAlign: c?.hAlign ?? null,
      vAlign: c?.vAlign ?? null,
      wrap: c?.wrap ?? false,
      hyperlink: c?.link ? { ...c.link } : null,
      note: this.s.notes.get(k) ?? null,
      comment: this.s.comments.get(k)?.content ?? null,
    };
  }

  /** Values of an area as Excel's `values` gives them ("" for empty, error strings for errors). */
  values(address: string): (string | number | boolean)[][] {
    const rect = parseArea(address);
    const out: (string | number | boolean)[][] = [];
    for (let r = rect.r1; r <= rect.r2; r++) {
      const row: (string | number | boolean)[] = [];
      for (let c = rect.c1; c <= rect.c2; c++) row.push(this.s.get(r, c)?.v ?? "");
      out.push(row);
    }
    return out;
  }

  /** Addresses of every cell with a fill, by colour. */
  fills(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const [k, c] of this.s.cells) {
      if (!c.fill) continue;
      const a = `${colLetters(k % MAX_COLS)}${Math.floor(k / MAX_COLS) + 1}`;
      (out[c.fill] ??= []).push(a);
    }
    return out;
  }
}

/**
 * The stand-in: holds a workbook, runs batches like `Excel.run`, and records
 * every round trip. `install()` puts `Excel`, `OfficeExtension` and `Office`
 * on the global object and returns a function that restores what was there.
 */
export class ExcelStandIn {
  readonly state: WorkbookState;
  apiVersion: string;
  payloadLimit: number;
  /** Runs still to fail with InvalidOperationInCellEditMode. */
  cellEditRuns: number;
  private readonly records: SyncRecord[] = [];
  private runs = 0;

  constructor(options: StandInOptions = {}) {
    this.state = new WorkbookState(options.date1904 ?? false);
    this.apiVersion = options.apiVersion ?? "1.18";
    this.payloadLimit = options.payloadLimit ?? PAYLOAD_LIMIT;
    this.cellEditRuns = options.cellEditRuns ?? 0;
    const seeds = options.sheets && options.sheets.length > 0 ? options.sheets : [{ name: "Sheet1" }];
    for (const seed of seeds) this.addSheet(seed);
    if (options.selection !== undefined) this.select(options.selection);
    else {
      const first = this.state.sheets[0];
      if (first) this.state.selection = { sheet: first, rects: [{ r1: 0, c1: 0, r2: 0, c2: 0 }] };
    }
  }

  supports(version: string): boolean {
    return versionAtLeast(this.apiVersion, version);
  }

  /** Adds a sheet with contents, as if the user had typed them (strings are text verbatim). */
  addSheet(seed: SeedSheet): SheetView {
    const sheet = this.state.addSheet(seed.name);
    if (seed.visibility) sheet.visibility = seed.visibility;
    sheet.protected = seed.protected ?? false;
    seed.rows?.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "") seedCell(sheet.touch(r, c), v);
      }),
    );
    for (const [a, v] of Object.entries(seed.cells ?? {})) {
      const rect = parseArea(a);
      seedCell(sheet.touch(rect.r1, rect.c1), v);
    }
    for (const [a, fill] of Object.entries(seed.fills ?? {})) {
      const rect = parseArea(a);
      for (let r = rect.r1; r <= rect.r2; r++)
        for (let c = rect.c1; c <= rect.c2; c++) sheet.touch(r, c).fill = normalColor(fill);
    }
    for (const m of seed.merges ?? []) {
      // As in Excel, a merged area holds only its upper-left value.
      const rect = parseArea(m);
      sheet.merges.push(rect);
      for (let r = rect.r1; r <= rect.r2; r++) {
        for (let c = rect.c1; c <= rect.c2; c++) if (r !== rect.r1 || c !== rect.c1) sheet.cells.delete(key(r, c));
      }
    }
    for (const [a, text] of Object.entries(seed.notes ?? {})) sheet.notes.set(singleCellKey(a), text);
    for (const [a, text] of Object.entries(seed.comments ?? {})) {
      sheet.comments.set(singleCellKey(a), { id: `c${this.state.nextId()}`, content: text });
    }
    return new SheetView(sheet);
  }

  sheet(name: string): SheetView {
    const s = this.state.find(name);
    if (!s) throw new Error(`The stand-in has no sheet "${name}" (it has ${this.sheetNames().join(", ")})`);
    return new SheetView(s);
  }

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  get activeSheet(): string | null {
    return this.state.active()?.name ?? null;
  }

  get selection(): { sheet: string; address: string } | null {
    const sel = this.state.selection;
    return sel ? { sheet: sel.sheet.name, address: sel.rects.map(formatArea).join(",") } : null;
  }

  /** Selects cells ("B5:C9", "A1:A3,C5"), or nothing (a chart is selected) with null. */
  select(selection: { readonly sheet: string; readonly address: string } | null): void {
    if (!selection) {
      this.state.selection = null;
      return;
    }
    const sheet = this.state.find(selection.sheet);
    if (!sheet) throw new Error(`No sheet "${selection.sheet}"`);
    this.state.activeId = sheet.id;
    this.state.selection = { sheet, rects: selection.address.split(",").map((a) => parseArea(a)) };
  }

  protect(name: string, on = true): void {
    const s = this.state.find(name);
    if (!s) throw new Error(`No sheet "${name}"`);
    s.protected = on;
  }

  record(r: SyncRecord): void {
    this.records.push(r);
  }

  /** Every round trip so far. */
  get syncLog(): readonly SyncRecord[] {
    return this.records;
  }

  get stats(): SyncStats {
    return {
      syncs: this.records.length,
      maxRequestBytes: Math.max(0, ...this.records.map((r) => r.requestBytes)),
      maxResponseBytes: Math.max(0, ...this.records.map((r) => r.responseBytes)),
      totalRequestBytes: this.records.reduce((n, r) => n + r.requestBytes, 0),
      totalResponseBytes: this.records.reduce((n, r) => n + r.responseBytes, 0),
    };
  }

  /** How many times an operation label ("Worksheet.getRanges", "RangeFill.color=") was sent. */
  calls(label: string): number {
    return this.records.reduce((n, r) => n + (r.labels[label] ?? 0), 0);
  }

  /** Number of Excel.run calls made. */
  get runCount(): number {
    return this.runs;
  }

  resetStats(): void {
    this.records.length = 0;
    this.runs = 0;
  }

  /** `Excel.run`: a fresh context per batch; what is still queued when the batch ends is synced, as Office does. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    this.runs++;
    const editMode = this.cellEditRuns > 0;
    if (editMode) this.cellEditRuns--;
    const ctx = new Ctx(this, this.runs, editMode);
    try {
      const result = await batch(ctx as unknown as Excel.RequestContext);
      if (ctx.hasPending()) await ctx.sync();
      return result;
    } finally {
      ctx.closed = true;
    }
  }

  /** The globals Office would provide, backed by this stand-in. */
  globals(): { Excel: unknown; OfficeExtension: unknown; Office: unknown } {
    return {
      Excel: {
        run: (...args: unknown[]) => {
          const batch = args[args.length - 1];
          if (typeof batch !== "function") throw new TypeError("Excel.run needs a batch function");
          return this.run(batch as (context: Excel.RequestContext) => Promise<unknown>);
        },
        ErrorCodes: {
          accessDenied: "AccessDenied",
          apiNotFound: "ApiNotFound",
          generalException: "GeneralException",
          invalidArgument: "InvalidArgument",
          invalidOperation: "InvalidOperation",
          invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
          invalidSelection: "InvalidSelection",
          itemAlreadyExists: "ItemAlreadyExists",
          itemNotFound: "ItemNotFound",
          rangeExceedsLimit: "RangeExceedsLimit",
          requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
          responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
        },
        RangeValueType: {
          unknown: "Unknown",
          empty: "Empty",
          string: "String",
          integer: "Integer",
          double: "Double",
          boolean: "Boolean",
          error: "Error",
          richValue: "RichValue",
        },
        SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
        ConditionalFormatType: { custom: "Custom" },
        PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
        PaperType: { a4: "A4" },
      },
      OfficeExtension: { Error: StandInOfficeError, ClientResult: ClientResultImpl },
      Office: {
        context: {
          requirements: {
            isSetSupported: (name: string, version?: string): boolean =>
              name === "ExcelApi" && this.supports(version ?? "1.1"),
          },
        },
      },
    };
  }

  /** Installs the globals; call the returned function to restore the previous ones. */
  install(): () => void {
    const g = globalThis as Record<string, unknown>;
    const names = ["Excel", "OfficeExtension", "Office"] as const;
    const previous = names.map((n) => [n, Object.prototype.hasOwnProperty.call(g, n), g[n]] as const);
    const globals = this.globals();
    for (const n of names) g[n] = globals[n];
    return () => {
      for (const [n, had, value] of previous) {
        if (had) g[n] = value;
        else delete g[n];
      }
    };
  }
}
