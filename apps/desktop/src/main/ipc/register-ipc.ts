import { ipcMain, Notification, shell, type BrowserWindow, type IpcMainInvokeEvent } from "electron";
import { IPC_CHANNELS } from "../../shared/ipc-channels.ts";
import type { TokenStore } from "../secrets/token-store.ts";
import { isAllowedExternalUrl } from "../security/is-allowed-external-url.ts";
import { isTrustedSender } from "../security/is-trusted-sender.ts";
import { externalUrlPayload, notifyPayload, tokenPayload } from "./ipc-payloads.ts";

interface IpcDeps {
  appOrigin: string;
  tokens: TokenStore;
  /** The console window, once created; IPC from any other webContents is refused. */
  appWindow: () => BrowserWindow | null;
}

/** Registers the bridge's handlers; each checks the sender before it parses or does anything. */
export function registerIpc(deps: IpcDeps): void {
  const guard =
    <T>(handler: (payload: unknown) => Promise<T> | T) =>
    (event: IpcMainInvokeEvent, payload: unknown): Promise<T> | T => {
      const window = deps.appWindow();
      const frame = event.senderFrame;
      const trusted = isTrustedSender(
        {
          frameUrl: frame?.url,
          isMainFrame: frame !== null && frame === event.sender.mainFrame,
          isAppWindow: window !== null && event.sender === window.webContents,
        },
        deps.appOrigin,
      );
      if (!trusted) throw new Error("IPC refused: the sender is not the console");
      return handler(payload);
    };

  ipcMain.handle(
    IPC_CHANNELS.getToken,
    guard(() => deps.tokens.get()),
  );
  ipcMain.handle(
    IPC_CHANNELS.setToken,
    guard((payload) => deps.tokens.set(tokenPayload.parse(payload))),
  );
  ipcMain.handle(
    IPC_CHANNELS.clearToken,
    guard(() => deps.tokens.clear()),
  );
  ipcMain.handle(
    IPC_CHANNELS.secureStorageAvailable,
    guard(() => deps.tokens.secure),
  );
  ipcMain.handle(
    IPC_CHANNELS.notify,
    guard((payload) => {
      const { title, body } = notifyPayload.parse(payload);
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body, silent: false });
      // A click brings the agent to the console, where the screen pop is waiting.
      notification.on("click", () => {
        const window = deps.appWindow();
        if (window?.isMinimized()) window.restore();
        window?.focus();
      });
      notification.show();
    }),
  );
  ipcMain.handle(
    IPC_CHANNELS.openExternal,
    guard(async (payload) => {
      const url = externalUrlPayload.parse(payload);
      if (!isAllowedExternalUrl(url)) return false;
      await shell.openExternal(url);
      return true;
    }),
  );
}
