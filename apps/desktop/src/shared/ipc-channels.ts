/**
 * The only IPC channels between preload and main. Main registers a handler for each and nothing
 * else, so a compromised renderer cannot reach any other capability.
 */
export const IPC_CHANNELS = {
  getToken: "emma:token:get",
  setToken: "emma:token:set",
  clearToken: "emma:token:clear",
  notify: "emma:notify",
  openExternal: "emma:open-external",
  secureStorageAvailable: "emma:secure-storage-available",
} as const;
export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];
