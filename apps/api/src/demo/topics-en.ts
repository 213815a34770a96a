import type { TopicCatalog } from "./topics.ts";

export const TOPICS_EN: TopicCatalog = {
  card_blocked: {
    subjects: ["Card declined at checkout – urgent", "Lost my credit card"],
    openings: [
      'my card ending in {last4} was declined today even though there is enough money in the account. The app only says "temporarily blocked". I am in {city} right now and need the card urgently.',
      "I lost my wallet last night, including my Visa card ending in {last4}. I blocked it in the app but I'm not sure it worked. Please confirm the block and send me a replacement.",
    ],
    followUps: [
      "Thanks for the quick reply. When exactly will the new card arrive?",
      "The new card arrived but the PIN hasn't. Is that normal?",
    ],
    replies: [
      "we blocked your card ending in {last4} as a precaution after an unusual payment of {amount}. A replacement is on its way and should arrive within 5–7 working days; the PIN follows separately by post.",
      "the block on your card ({last4}) is active, so nobody can use it. Until the replacement arrives you can pay with the virtual card in the app via Apple Pay or Google Pay.",
    ],
    shorts: [
      "My card just got blocked and I'm standing at the checkout with no way to pay. Great service…",
      "Lost my credit card – how do I block it if the app isn't working?",
    ],
    shortReplies: [
      "Sorry to hear that! Please send us a DM with your name and we'll look into the block right away. ^{agent}",
    ],
    call: [
      "Hi, my card is gone, I think it was stolen on the train.",
      "I'm sorry to hear that. I'm blocking the card ending in {last4} right now … done.",
      "Thank you. Will I get a new one?",
      "Yes, the replacement arrives in five to seven working days, the PIN separately.",
    ],
    voicemails: [
      "Hi, this is {fullName}, calling about my blocked card ending in {last4}. Please call me back, thanks.",
    ],
    community: ["Same happened to me, it was the fraud check. One call to the hotline and it was unblocked."],
  },
  statements_missing: {
    subjects: ["No statements in my inbox since {month}"],
    openings: [
      "my online banking inbox has no account statements since {month}. I need them for my tax return. Could you send them to me?",
    ],
    followUps: ["The statements are there now, thank you!", "The statement for {month} is still missing."],
    replies: [
      "we have regenerated your statements from {month}; they are in your online banking inbox now. We are also sending paper copies free of charge.",
    ],
    shorts: ["Where are my account statements? Inbox empty since {month}."],
    shortReplies: [
      "Your statements are back in the online banking inbox. If anything is missing, DM us. ^{agent}",
    ],
    call: [
      "I'm missing my statements since {month}.",
      "There was a technical issue. I've triggered them again, they'll be in your inbox tomorrow.",
    ],
    voicemails: ["Hello, {fullName} here, I'm missing some account statements. Please call me back."],
    community: ["Mine ended up under Inbox → Archive, have a look there."],
  },
  sepa_missing: {
    subjects: ["SEPA transfer not received"],
    openings: [
      "on {date} I transferred {amount} to {recipient}. It has left my account but the recipient still hasn't received it. Could you please trace the payment?",
    ],
    followUps: [
      "The recipient still hasn't got the money. Can you send me proof of payment?",
      "The money has arrived now, thanks!",
    ],
    replies: [
      "your transfer of {amount} was executed on {date}. We have opened an investigation with the recipient's bank under reference {refNo}.",
    ],
    shorts: [
      "Transferred {amount} on {date}, still not arrived. How long does SEPA take with you, three weeks?",
    ],
    shortReplies: [
      "We'll look into it! Please DM us the date and amount – never post your IBAN publicly. ^{agent}",
    ],
    call: [
      "I sent money a week ago and it still hasn't arrived.",
      "I can see the transfer of {amount} to {recipient}. I'm opening an investigation, your reference is {refNo}.",
    ],
    voicemails: ["Hi, it's {fullName}, about a transfer of {amount} that never arrived. Please call back."],
    community: ["Double-check the IBAN with the recipient, mine was a typo."],
  },
  transfer_recall: {
    subjects: ["Sent money to the wrong account"],
    openings: [
      "I accidentally sent {amount} to the wrong IBAN today. Please recall the transfer immediately!",
    ],
    followUps: ["Any news on the recall? That's a lot of money for me."],
    replies: [
      "we have requested the recall of your transfer of {amount} (reference {refNo}). As the payment had already been executed, the recipient has to agree. We will let you know as soon as we hear back.",
    ],
    shorts: ["Help, I sent money to the wrong IBAN! How fast can you get it back?"],
    shortReplies: [
      "Please call us directly on +49 69 9071 2340 so we can start the recall right away. ^{agent}",
    ],
    call: [
      "I just sent money to the wrong person, can you stop it?",
      "The transfer of {amount} has already gone out; I'm starting the recall now, reference {refNo}.",
    ],
    voicemails: ["Hello, {fullName}. I sent a transfer to the wrong account, please call me back urgently!"],
    community: ["Call them straight away – my recall worked because the recipient agreed."],
  },
  login_tan: {
    subjects: ["pushTAN not working on my new phone", "Online banking locked"],
    openings: [
      "since switching to my new {device} I no longer receive pushTAN requests and can't approve any transfers. How do I set it up again?",
      "I entered the wrong PIN three times and now my online banking is locked. Please unlock it.",
    ],
    followUps: [
      "The activation letter arrived but the QR code isn't recognised.",
      "It worked, I'm back in. Thanks!",
    ],
    replies: [
      "to set up pushTAN on a new device we send you an activation letter. It went out on {date} and should arrive within 2–3 working days. Please never share your PIN or TAN with anyone – including us.",
      "we have unlocked your access. Your new online banking PIN is on its way by post.",
    ],
    shorts: [
      "pushTAN stopped working after the app update, can't make a single transfer. How much longer?",
      "Online banking locked and 40 minutes on hold. Seriously?",
    ],
    shortReplies: [
      "For a new phone you need an activation letter – you can order it in online banking under Security. ^{agent}",
    ],
    call: [
      "I can't get into online banking, it says access locked.",
      "I see three wrong PIN attempts. I've unlocked it; a new PIN is on its way by post.",
    ],
    voicemails: ["Hi, {fullName} here. My pushTAN doesn't work any more, please call me back."],
    community: ["You need a new activation letter for a new phone, you can order it online."],
  },
  address_change: {
    subjects: ["Change of address"],
    openings: [
      "I have moved to {street}, {city}. Please update my address for all accounts and cards. My registration certificate is attached.",
    ],
    followUps: ["When will the new address show on my statements?"],
    replies: [
      "we have updated your address to {street}, {city} for all your accounts. You will receive a confirmation letter at the new address.",
    ],
    shorts: ["I've moved – how do I change my address with you?"],
    shortReplies: ["You can do it in online banking under Profile → Personal details. ^{agent}"],
    call: [
      "I'd like to change my address.",
      "Of course. What's the new address?",
      "{street}, {city}.",
      "Done, you'll get a confirmation by post.",
    ],
    voicemails: ["Hello, this is {fullName}, I'd like to update my address. Please call back."],
    community: ["Easy to do in online banking under Profile, you only need a TAN."],
  },
  loan_question: {
    subjects: ["Special repayment on mortgage {loanNo}"],
    openings: [
      "I would like to make a special repayment of {repayment} on my mortgage {loanNo}. By when does the money need to be in the loan account?",
    ],
    followUps: ["Which documents do you still need from me?"],
    replies: [
      "your contract {loanNo} allows special repayments of up to 5% of the loan amount per year free of charge. Simply transfer the amount to the loan account.",
    ],
    shorts: ["Do you offer forward loans? My fixed rate ends in two years."],
    shortReplies: ["Yes! Our mortgage advisers are happy to help – DM us your phone number. ^{agent}"],
    call: [
      "I wanted to ask about a special repayment.",
      "You can repay up to 5% per year for free. Just transfer it to loan account {loanNo}.",
    ],
    voicemails: ["Hi, {fullName}, I have a question about my mortgage, please call me back."],
    community: ["Special repayment was easy for me, just transfer it to the loan account."],
  },
  fees_complaint: {
    subjects: ["Complaint: account fees"],
    openings: [
      "my statement for {month} shows account fees of {fee}. My account has always been free and I never agreed to a price change. Please refund the fees.",
    ],
    followUps: [
      "Your answer doesn't help. I'd like a call back from a supervisor.",
      "Thanks for the refund, that settles it.",
    ],
    replies: [
      "we informed you about the new prices on {date}. As a goodwill gesture we are refunding the fee for {month} ({fee}). With Girokonto Plus and monthly income of €700 or more, your account stays free.",
    ],
    shorts: [
      "{fee} a month in account fees?! You used to be the no-fee bank. I'm out.",
      "Why are you suddenly charging me fees? Never agreed to this.",
    ],
    shortReplies: [
      "Sorry to hear that! DM us and we'll check whether another account model is cheaper for you. ^{agent}",
    ],
    call: [
      "Why am I suddenly being charged {fee} a month?",
      "Since the price change the account costs a fee without a salary payment. I'll refund {month} once.",
    ],
    voicemails: ["Yes, {fullName} here, I want to complain about the new account fees. Please call me back."],
    community: ["With €700 monthly income the account is still free, it's in the price list."],
  },
  app_crash: {
    subjects: ["Banking app crashes after update"],
    openings: [
      "since updating to version {appVersion} the app crashes on my {device} right after launch. Reinstalling didn't help.",
    ],
    followUps: ["It works again with the new update. Thanks!", "Still crashing with the latest version."],
    replies: [
      "thanks for letting us know. The issue with version {appVersion} on some devices is known, and a fix is already in the app store. Meanwhile you can use online banking in the browser.",
    ],
    shorts: [
      "Your app crashes on every launch since the last update. {device}, version {appVersion}. Please fix!",
      "Is the app down right now? Can't log in.",
    ],
    shortReplies: [
      "Thanks for the heads-up! The {appVersion} issue is known and a fix is on its way. The browser works meanwhile. ^{agent}",
    ],
    call: [
      "Your app doesn't work on my phone any more.",
      "Which version do you have?",
      "It says {appVersion}.",
      "There's an update since today, please install it.",
    ],
    voicemails: ["Hello, {fullName}. The app keeps crashing, please get in touch."],
    community: ["Same here on my {device}. Since this morning's hotfix it works again."],
  },
  etf_savings_plan: {
    subjects: ["ETF savings plan not executed"],
    openings: [
      "my ETF savings plan on the {etf} for {rate} was not executed this month although there was enough money in the clearing account. Why?",
    ],
    followUps: ["Thanks, all clear now.", "It wasn't executed again this month."],
    replies: [
      "your savings plan on the {etf} was suspended on the execution day because of a trading halt. We will execute it on the next trading day at no cost to you.",
    ],
    shorts: ["My ETF savings plan just didn't run this month. Money was there. What's going on?"],
    shortReplies: [
      "Thanks for letting us know! Please DM us which savings plan it is and we'll check. ^{agent}",
    ],
    call: [
      "My savings plan on the {etf} wasn't executed.",
      "It was postponed due to a trading halt and runs tomorrow, at no extra cost.",
    ],
    voicemails: [
      "Hi, it's {fullName}, I have a question about my securities account. Thanks for calling back.",
    ],
    community: ["I've been saving {rate} a month in the {etf} for years, always ran reliably."],
  },
};
