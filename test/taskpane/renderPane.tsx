import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { HostProvider } from "../../src/taskpane/HostProvider";
import type { PaneServices } from "../../src/taskpane/paneServices";

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;

// Role queries over a Fluent pane are slow in jsdom on a busy machine.
jest.setTimeout(30_000);

/** Renders the pane as index.tsx does, with injected services. */
export function renderPane(services: PaneServices) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <HostProvider services={services}>
        <App />
      </HostProvider>
    </FluentProvider>
  );
}
