import { contextBridge, ipcRenderer } from "electron";
import type { EmmaBridge } from "../shared/bridge-contract.ts";
import { IPC_CHANNELS } from "../shared/ipc-channels.ts";

// Named methods only: the renderer never gets ipcRenderer itself, so it can reach no channel
// beyond these six (electron/fiddle's preload does the same).
const bridge: EmmaBridge = {
  getToken: () => ipcRenderer.invoke(IPC_CHANNELS.getToken) as Promise<string | null>,
  setToken: (token) => ipcRenderer.invoke(IPC_CHANNELS.setToken, token) as ReturnType<EmmaBridge["setToken"]>,
  clearToken: () => ipcRenderer.invoke(IPC_CHANNELS.clearToken) as Promise<void>,
  notify: (request) => ipcRenderer.invoke(IPC_CHANNELS.notify, request) as Promise<void>,
  openExternal: (url) => ipcRenderer.invoke(IPC_CHANNELS.openExternal, url) as Promise<boolean>,
  secureStorageAvailable: () => ipcRenderer.invoke(IPC_CHANNELS.secureStorageAvailable) as Promise<boolean>,
};

contextBridge.exposeInMainWorld("emma", bridge);
