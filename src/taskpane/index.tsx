import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { Locale } from "../core/messages/message";
import { dayFromYmd, type Day } from "../core/values/day";
import { ExcelWorkbook } from "../adapters/excel/excel-workbook";
import App from "./components/App";

/** English when Office's display language is English, else the default zh-CN. */
function officeLocale(): Locale {
  const lang = Office.context?.displayLanguage ?? "zh-CN";
  return lang.toLowerCase().startsWith("en") ? "en-US" : "zh-CN";
}

/** Today on the user's own calendar (local clock), as the core's Day. */
function localToday(): Day {
  const now = new Date();
  // dayFromYmd accepts every real calendar date, so the fallback never applies; it keeps the type honest.
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate()) ?? Math.floor(now.getTime() / 86_400_000);
}

/** Office's dark themes have a dark body background; the pane follows. */
function officeTheme() {
  const background = Office.context?.officeTheme?.bodyBackgroundColor;
  if (typeof background !== "string" || !/^#[0-9a-f]{6}$/i.test(background)) return webLightTheme;
  const n = parseInt(background.slice(1), 16);
  const luminance = 0.299 * (n >> 16) + 0.587 * ((n >> 8) & 0xff) + 0.114 * (n & 0xff);
  return luminance < 128 ? webDarkTheme : webLightTheme;
}

// The only place with Office.onReady, FluentProvider and the real adapter.
void Office.onReady(() => {
  const root = document.getElementById("root");
  if (!root) return;
  const port = new ExcelWorkbook();
  createRoot(root).render(
    <FluentProvider theme={officeTheme()}>
      <App port={port} locale={officeLocale()} today={localToday()} />
    </FluentProvider>,
  );
});
