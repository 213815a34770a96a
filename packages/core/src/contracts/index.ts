// The zod schemas of the API's procedures live beside this file, one file per feature.
export {};
