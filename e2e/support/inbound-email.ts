import { connectIntegration } from "./integration.ts";

/** One e-mail through the bank's own integration (a new emma-inbound connector), as a mail system hands it over. */
export async function sendIntegrationEmail(props: {
  spec: string;
  stamp: number;
  name: string;
  address: string;
  subject: string;
  text: string;
}): Promise<void> {
  const integration = await connectIntegration({
    name: `Mail-Integration (E2E ${props.spec})`,
    channel: "email",
    demo: true,
  });
  await integration.post([
    {
      channel: "email",
      externalId: `e2e-${props.spec}-${String(props.stamp)}`,
      threadKey: `e2e-${props.spec}-thread-${String(props.stamp)}`,
      subject: props.subject,
      author: { name: props.name, identities: [{ kind: "email", value: props.address }] },
      text: props.text,
    },
  ]);
}

/**
 * A new customer, named `firstName Lastname <stamp>`, who wrote one e-mail through the bank's own
 * integration: a person no other spec touches. Returns her name and the e-mail's subject.
 */
export async function customerWritesAnEmail(props: { spec: string; person: string; question: string }) {
  const stamp = Date.now();
  const name = `${props.person} ${String(stamp).slice(-5)}`;
  const subject = `${props.question} ${String(stamp)}`;
  await sendIntegrationEmail({
    spec: props.spec,
    stamp,
    name,
    address: `${props.spec}.${String(stamp)}@example.de`,
    subject,
    text: "Wann wird meine Überweisung ausgeführt?",
  });
  return { name, subject };
}
