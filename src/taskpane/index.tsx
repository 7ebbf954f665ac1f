import { FluentProvider, makeStyles, type Theme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import type { WorkbookHost } from "../domain/workbookHost";
import { createOfficeHost } from "../excel/officeHost";
import { App } from "./App";
import { HostProvider } from "./HostProvider";
import { OutsideExcel } from "./OutsideExcel";
import { createPaneServices } from "./paneServices";
import { paneTheme, type OfficeThemeColours } from "./paneTheme";

/**
 * Test seam (documented in the README): a WorkbookHost placed on `window.__MAISON_DRILLS_HOST__`
 * before this bundle runs replaces Excel. The browser end-to-end tests inject the Office adapter over
 * the strict Office.js double this way, so they exercise the production bundle unchanged. Nothing in
 * Office sets it.
 */
export const INJECTED_HOST_GLOBAL = "__MAISON_DRILLS_HOST__";

const useStyles = makeStyles({ root: { minHeight: "100vh" } });

function Shell({ theme, children }: { theme: Theme; children: ReactNode }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} className={styles.root}>
      {children}
    </FluentProvider>
  );
}

function start(): void {
  const container = document.getElementById("container");
  if (!container) return;
  const root = createRoot(container);
  const injected = (globalThis as Record<string, unknown>)[INJECTED_HOST_GLOBAL] as
    WorkbookHost | undefined;
  const show = (host: WorkbookHost | undefined, theme: Theme) =>
    root.render(
      <Shell theme={theme}>
        {host ? (
          <HostProvider services={createPaneServices(host)}>
            <App />
          </HostProvider>
        ) : (
          <OutsideExcel />
        )}
      </Shell>
    );
  if (typeof Office === "undefined") {
    // office.js did not load (offline, blocked): the pane can still explain itself.
    show(injected, paneTheme());
    return;
  }
  void Office.onReady((info) => {
    const host = injected ?? (String(info.host) === "Excel" ? createOfficeHost() : undefined);
    show(host, paneTheme(officeTheme()));
  });
}

function officeTheme(): OfficeThemeColours | undefined {
  try {
    return Office.context?.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}

start();
