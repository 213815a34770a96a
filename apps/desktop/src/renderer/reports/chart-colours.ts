import type { CustomerChannel } from "@emma/core";

/*
 * Okabe–Ito colours: told apart with every common colour-vision deficiency. Colour is never the
 * only cue: bars carry their values, and the legend names every series.
 */
export const CURRENT_COLOUR = "#0072B2";
export const PREVIOUS_COLOUR = "#E69F00";

export const CHANNEL_COLOURS: Readonly<Record<CustomerChannel, string>> = {
  email: "#0072B2",
  phone: "#D55E00",
  facebook: "#009E73",
  twitter: "#CC79A7",
  forum: "#56B4E9",
};
