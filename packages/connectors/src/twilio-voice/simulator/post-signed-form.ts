import { twilioSignature, TWILIO_SIGNATURE_HEADER } from "../signature.ts";

export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<{ status: number; text(): Promise<string> }>;

export interface Delivery {
  status: number;
  body: string;
}

/** The body and headers of a Twilio form webhook, signed as Twilio signs it. */
export function signedForm(url: string, authToken: string, params: Readonly<Record<string, string>>) {
  return {
    body: new URLSearchParams(params).toString(),
    headers: {
      "content-type": "application/x-www-form-urlencoded; charset=utf-8",
      "user-agent": "TwilioProxy/1.1",
      [TWILIO_SIGNATURE_HEADER]: twilioSignature(authToken, url, params),
    },
  };
}

/** POSTs one signed form webhook, as Twilio's proxies do. */
export async function postSignedForm(
  fetchImpl: FetchLike,
  url: string,
  authToken: string,
  params: Readonly<Record<string, string>>,
): Promise<Delivery> {
  const { body, headers } = signedForm(url, authToken, params);
  const response = await fetchImpl(url, { method: "POST", headers, body });
  return { status: response.status, body: await response.text() };
}
