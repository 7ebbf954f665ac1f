/* Ribbon commands. The shared runtime loads this on the task pane page, so a command and the pane
 * share state. The Home-tab button opens the pane through the manifest (ShowTaskpane); this file
 * registers the actions a keyboard shortcut or a future button can call. */

/** Opens the task pane from a command (shared runtime only). */
export async function openPane(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } finally {
    event?.completed();
  }
}

// office.js may be absent (the page opened outside Office, or offline): then there is nothing to wire.
if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    if (Office.actions) Office.actions.associate("openPane", openPane);
  });
}
