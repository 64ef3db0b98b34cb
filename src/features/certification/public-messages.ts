/** Texts anyone may read: the verification page, the public list and the certificate itself. Dutch is the source; plain language (B1). */
export const nl = {
  "certification.public.title": "Certificaat controleren",
  "certification.public.valid": "Dit certificaat is geldig.",
  "certification.public.expired": "Dit certificaat is verlopen.",
  "certification.public.revoked": "Dit certificaat is ingetrokken.",
  "certification.public.unknown": "Samen kent geen certificaat met deze code.",
  "certification.public.unknownHint": "Controleer of u de code goed hebt overgenomen.",
  "certification.public.organisation": "Organisatie",
  "certification.public.awardedOn": "Toegekend op",
  "certification.public.validUntil": "Geldig tot en met",
  "certification.public.revokedOn": "Ingetrokken op",
  "certification.public.about":
    "Een certificaat Samen school krijgt een school die met team en ouders een traject heeft doorlopen en aan de voorwaarden voldoet.",
  "certification.public.list": "Gecertificeerde scholen",
  "certification.check.label": "Code van het certificaat",
  "certification.check.hint":
    "De code staat op het certificaat, onder de QR-code: 20 letters en cijfers. Kleine letters en streepjes mogen ook.",
  "certification.check.submit": "Controleren",
  "certification.check.empty": "Vul de code van het certificaat in.",
  "certification.list.title": "Gecertificeerde scholen",
  "certification.list.intro":
    "Scholen en kinderopvang met een geldig certificaat Samen school, die op deze lijst willen staan.",
  "certification.list.none": "Er staat nog niemand op de lijst.",
  "certification.list.landing": "Scholen en opvang met het certificaat Samen school, en een certificaat controleren.",
  "certification.pdf.title": "Certificaat Samen school",
  "certification.pdf.awardedTo": "toegekend aan",
  "certification.pdf.meaning":
    "Team en ouders hebben samen een traject doorlopen: van een nulmeting, via gesprekken op de schoollijn en de ouderlijn, naar een gezamenlijk plan dat zij hebben uitgevoerd en met een eindmeting hebben afgesloten.",
  "certification.pdf.meaning@childcare":
    "Team en ouders hebben samen een traject doorlopen: van een nulmeting, via gesprekken op de teamlijn en de ouderlijn, naar een gezamenlijk plan dat zij hebben uitgevoerd en met een eindmeting hebben afgesloten.",
  "certification.pdf.awardedOn": "Toegekend op {date}",
  "certification.pdf.validUntil": "Geldig tot en met {date}",
  "certification.pdf.verify": "Controleer dit certificaat met de QR-code of op het adres hieronder.",
  "certification.pdf.revokedMark": "INGETROKKEN",
  "certification.pdf.revokedOn": "Ingetrokken op {date}. Dit certificaat is niet meer geldig.",
};

export const en: Record<keyof typeof nl, string> = {
  "certification.public.title": "Verify a certificate",
  "certification.public.valid": "This certificate is valid.",
  "certification.public.expired": "This certificate has expired.",
  "certification.public.revoked": "This certificate has been revoked.",
  "certification.public.unknown": "Samen knows no certificate with this code.",
  "certification.public.unknownHint": "Check that you copied the code correctly.",
  "certification.public.organisation": "Organisation",
  "certification.public.awardedOn": "Awarded on",
  "certification.public.validUntil": "Valid up to and including",
  "certification.public.revokedOn": "Revoked on",
  "certification.public.about":
    "A school receives the Samen school certificate after going through a trajectory with its team and parents and meeting the conditions.",
  "certification.public.list": "Certified schools",
  "certification.check.label": "Certificate code",
  "certification.check.hint":
    "The code is on the certificate, below the QR code: 20 letters and digits. Lower case and dashes are fine too.",
  "certification.check.submit": "Verify",
  "certification.check.empty": "Enter the code of the certificate.",
  "certification.list.title": "Certified schools",
  "certification.list.intro":
    "Schools and childcare with a valid Samen school certificate who chose to be on this list.",
  "certification.list.none": "Nobody is on the list yet.",
  "certification.list.landing": "Schools and childcare with the Samen school certificate, and verifying a certificate.",
  "certification.pdf.title": "Samen school certificate",
  "certification.pdf.awardedTo": "awarded to",
  "certification.pdf.meaning":
    "Team and parents went through a trajectory together: from a baseline measurement, through sessions on the school line and the parent line, to a joint plan that they carried out and completed with a final measurement.",
  "certification.pdf.meaning@childcare":
    "Team and parents went through a trajectory together: from a baseline measurement, through sessions on the team line and the parent line, to a joint plan that they carried out and completed with a final measurement.",
  "certification.pdf.awardedOn": "Awarded on {date}",
  "certification.pdf.validUntil": "Valid up to and including {date}",
  "certification.pdf.verify": "Verify this certificate with the QR code or at the address below.",
  "certification.pdf.revokedMark": "REVOKED",
  "certification.pdf.revokedOn": "Revoked on {date}. This certificate is no longer valid.",
};
