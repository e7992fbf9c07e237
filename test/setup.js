// Fluent UI's MessageBar calls `new ResizeObserver` (microsoft/fluentui#30077); jsdom has none.
if (typeof globalThis.ResizeObserver === "undefined") {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
