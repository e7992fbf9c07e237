import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { Locale } from "../core/messages/message";
import { dayFromYmd, dayToIso, type Day } from "../core/values/day";
import { PreviewApp } from "./components/PreviewApp";
import { DEMO_LOANS, DEMO_SEED, demoAsOf, demoWorkbookSeed, LEDGER_SHEET } from "./demo/demo-workbook";
import { startSession } from "./session/preview-session";

/*
 * The browser preview's composition root: the real task pane beside a
 * workbook view, on the demo workbook held by the in-memory adapter. The
 * address may pin what a test needs: ?lang=en-US (the pane's language, as
 * Office's display language would) and ?asOf=2026-10-31 (the demo ledger's
 * 统计日期; by default the end of last month).
 */

/** Today on the user's own calendar (local clock), as the core's Day. */
function localToday(): Day {
  const now = new Date();
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate()) ?? Math.floor(now.getTime() / 86_400_000);
}

function dayParam(text: string | null): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? "");
  return m ? dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

const params = new URLSearchParams(window.location.search);
const today = localToday();
const asOf = dayParam(params.get("asOf")) ?? demoAsOf(today);
const initialLocale: Locale = (params.get("lang") ?? "").toLowerCase().startsWith("en") ? "en-US" : "zh-CN";
const seed = demoWorkbookSeed({ asOf });

/** Keeps the language in the address, so a reload keeps it. */
function rememberLocale(locale: Locale): void {
  const url = new URL(window.location.href);
  url.searchParams.set("lang", locale);
  window.history.replaceState(null, "", url);
}

// What the end-to-end tests need to recompute the demo in Node (not used by the page itself).
(window as unknown as { __DAIHOU_PREVIEW__: unknown }).__DAIHOU_PREVIEW__ = {
  asOf: dayToIso(asOf),
  seed: DEMO_SEED,
  loans: DEMO_LOANS,
  ledgerSheet: LEDGER_SHEET,
};

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
      <PreviewApp
        demo={() => startSession(seed, { kind: "demo", seed, asOf, loans: DEMO_LOANS })}
        today={today}
        initialLocale={initialLocale}
        onLocaleChange={rememberLocale}
      />
    </FluentProvider>,
  );
}
