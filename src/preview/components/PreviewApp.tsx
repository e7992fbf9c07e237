import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useState } from "react";
import type { Locale } from "../../core/messages/message";
import { previewText } from "../../core/messages/preview-messages";
import { dayToIso, type Day } from "../../core/values/day";
import App from "../../taskpane/components/App";
import { WorkbookView } from "../grid/WorkbookView";
import { endSession, openXlsxSession, saveSession, type PreviewSession } from "../session/preview-session";
import { PreviewToolbar } from "./PreviewToolbar";

const PANE_WIDTH = 400;

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh", overflow: "hidden" },
  notice: {
    padding: `2px ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flexShrink: 0,
  },
  main: { display: "flex", flexGrow: 1, minHeight: 0 },
  workbook: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0, minHeight: 0 },
  pane: {
    width: `${PANE_WIDTH}px`,
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  status: { margin: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, flexShrink: 0 },
});

type Status =
  | { readonly intent: "info" | "success"; readonly title: string; readonly detail?: string }
  | { readonly intent: "error"; readonly title: string; readonly detail: string };

export interface PreviewAppProps {
  /** Builds the demo session (the composition root knows the date and seed). */
  readonly demo: () => PreviewSession;
  readonly today: Day;
  readonly initialLocale: Locale;
  /** Called when the user switches the language, so the address can remember it. */
  readonly onLocaleChange?: (locale: Locale) => void;
}

/**
 * The preview page: a toolbar, the workbook view on the left and the real
 * task pane (the same App component Excel loads) on the right, connected to
 * the workbook through the in-memory adapter.
 */
export function PreviewApp({ demo, today, initialLocale, onLocaleChange }: PreviewAppProps) {
  const styles = useStyles();
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [session, setSession] = useState<PreviewSession>(demo);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);

  useEffect(() => () => endSession(session), [session]);
  useEffect(() => {
    document.documentElement.lang = locale === "en-US" ? "en" : "zh-CN";
    document.title = previewText("preview.title", locale);
  }, [locale]);

  const changeLocale = useCallback(
    (next: Locale) => {
      setLocale(next);
      onLocaleChange?.(next);
    },
    [onLocaleChange],
  );

  const open = useCallback(
    async (file: File) => {
      setBusy(true);
      setStatus({ intent: "info", title: previewText("preview.opening", locale, { file: file.name }) });
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        setSession(await openXlsxSession(bytes, file.name));
        setStatus(null);
      } catch (e) {
        setStatus({
          intent: "error",
          title: previewText("preview.open.failed", locale, { file: file.name }),
          detail: e instanceof Error ? e.message : String(e),
        });
      } finally {
        setBusy(false);
      }
    },
    [locale],
  );

  const save = useCallback(async () => {
    setBusy(true);
    setStatus({ intent: "info", title: previewText("preview.saving", locale) });
    try {
      const { bytes, fileName } = await saveSession(session);
      download(bytes, fileName);
      setStatus({ intent: "success", title: previewText("preview.saved", locale, { file: fileName }) });
    } catch (e) {
      setStatus({
        intent: "error",
        title: previewText("preview.save.failed", locale),
        detail: e instanceof Error ? e.message : String(e),
      });
    } finally {
      setBusy(false);
    }
  }, [locale, session]);

  const fileLabel =
    session.source.kind === "demo"
      ? previewText("preview.file.demo", locale, { loans: session.source.loans, asOf: dayToIso(session.source.asOf) })
      : previewText("preview.file.opened", locale, { file: session.source.fileName });

  return (
    <div className={styles.page}>
      <PreviewToolbar
        locale={locale}
        fileLabel={fileLabel}
        busy={busy}
        onOpen={(file) => void open(file)}
        onSave={() => void save()}
        onReset={() => {
          setStatus(null);
          setSession(demo());
        }}
        onLocale={changeLocale}
      />
      <Caption1 className={styles.notice}>{previewText("preview.engine.notice", locale)}</Caption1>
      {status !== null && (
        <MessageBar className={styles.status} intent={status.intent} layout="singleline" data-testid="preview-status">
          <MessageBarBody>
            <MessageBarTitle>{status.title}</MessageBarTitle>
            {status.detail}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={previewText("preview.dismiss", locale)}
                icon={<DismissRegular />}
                onClick={() => setStatus(null)}
              />
            }
          />
        </MessageBar>
      )}
      <div className={styles.main}>
        <main className={styles.workbook}>
          <WorkbookView
            key={session.id}
            book={session.book}
            engine={session.engine}
            date1904={session.date1904}
            locale={locale}
          />
        </main>
        <aside className={styles.pane} aria-label={previewText("preview.pane", locale)} data-testid="task-pane">
          <App port={session.port} locale={locale} today={today} />
        </aside>
      </div>
    </div>
  );
}

/** Offers the bytes as a file download (no request leaves the page: a blob: URL is local). */
function download(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
