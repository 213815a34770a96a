// Twilio's published signature vectors (twilio/twilio-node spec/validation.spec.js), also kept in
// the shared fixtures' signatures.json. Test data; not exported from the package.

export const FORM_VECTOR = {
  authToken: "12345",
  url: "https://mycompany.com/myapp.php?foo=1&bar=2",
  params: {
    CallSid: "CA1234567890ABCDE",
    Caller: "+14158675309",
    Digits: "1234",
    From: "+14158675309",
    To: "+18005551212",
  },
  signature: "RSOYDt4T1cUTdK1PDd93/VVr8B8=",
};

export const JSON_VECTOR = {
  authToken: "12345",
  url: "https://mycompany.com/myapp.php?foo=1&bar=2&bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620",
  body: '{"property": "value", "boolean": true}',
  signature: "a9nBmqA0ju/hNViExpshrM61xv4=",
};
