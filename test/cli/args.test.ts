import { COMMON_OPTIONS, parseAsOfOption, parseCommandArgs, parseLocaleOption, scanLocale } from "../../src/cli/args";
import { dayFromYmd } from "../../src/core/values/day";

describe("parseAsOfOption", () => {
  const nov30 = dayFromYmd(2026, 11, 30);
  it.each([
    "2026-11-30",
    "2026/11/30",
    "2026年11月30日",
    "２０２６－１１－３０",
    " 2026-11-30 ",
    "20261130",
    "2026.11.30",
  ])("reads %j as 2026-11-30", (text) => {
    expect(parseAsOfOption(text)).toBe(nov30);
  });

  it.each(["2026-13-45", "2026-02-30", "11/30/2026", "46356", "明天", "", "2026-11", "26-11-30"])(
    "rejects %j",
    (text) => {
      expect(parseAsOfOption(text)).toBeNull();
    },
  );
});

describe("parseLocaleOption", () => {
  it.each([
    ["zh-CN", "zh-CN"],
    ["en-US", "en-US"],
    ["en", "en-US"],
    ["EN_us", "en-US"],
    ["zh", "zh-CN"],
    ["fr-FR", null],
  ])("reads %j as %j", (text, expected) => {
    expect(parseLocaleOption(text)).toBe(expected);
  });
});

describe("scanLocale", () => {
  it.each([
    [["check", "a.xlsx"], "zh-CN", null],
    [["check", "--lang", "en-US", "a.xlsx"], "en-US", null],
    [["--lang=en", "check"], "en-US", null],
    [["check", "--lang", "de"], "zh-CN", "de"],
    [["check", "--", "--lang", "en-US"], "zh-CN", null],
  ])("finds the language in %j", (argv, locale, bad) => {
    expect(scanLocale(argv)).toEqual({ locale, bad });
  });
});

describe("parseCommandArgs", () => {
  const sheet = { type: "string", example: "台账", description: { "zh-CN": "工作表", "en-US": "sheet" } } as const;
  const specs = { ...COMMON_OPTIONS, sheet };
  const ctx = { command: "check", locale: "zh-CN" } as const;

  it("returns options and positionals", () => {
    const r = parseCommandArgs(["a.xlsx", "--json", "--as-of", "2026-11-30", "b.xlsx", "--sheet=台账"], specs, ctx);
    expect(r).toEqual({
      ok: true,
      values: { json: true, "as-of": "2026-11-30", sheet: "台账" },
      positionals: ["a.xlsx", "b.xlsx"],
    });
  });

  it("takes what follows -- as files, even when it looks like an option", () => {
    const r = parseCommandArgs(["--", "--json"], specs, ctx);
    expect(r).toEqual({ ok: true, values: {}, positionals: ["--json"] });
  });

  it.each([
    [["--bogus"], /未知选项：--bogus。运行 postloan check --help/],
    [["-x"], /未知选项：-x/],
    [["a.xlsx", "--as-of"], /选项 --as-of 后面缺少取值，例如：--as-of 2026-11-30/],
    [["--out", "--json"], /选项 --out 后面缺少取值/],
    [["--json=yes"], /选项 --json 不带取值/],
  ])("explains %j in Chinese", (args, pattern) => {
    const r = parseCommandArgs(args, specs, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(pattern);
  });

  it("explains in English when asked", () => {
    const r = parseCommandArgs(["--bogus"], specs, { command: "check", locale: "en-US" });
    expect(r).toEqual({ ok: false, message: "Unknown option: --bogus. Run postloan check --help for the options." });
  });
});
