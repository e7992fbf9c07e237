import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import App from "./components/App";
import type { Locale } from "../core/messages/message";

/** English when Office's display language is English, else the default zh-CN. */
function officeLocale(): Locale {
  const lang = Office.context?.displayLanguage ?? "zh-CN";
  return lang.toLowerCase().startsWith("en") ? "en-US" : "zh-CN";
}

Office.onReady(() => {
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App locale={officeLocale()} />
    </FluentProvider>,
  );
});
