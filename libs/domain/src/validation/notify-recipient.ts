// Who may receive a lead's internal scoring (fit reasons, next steps, a console link): the seller's own people. The
// address comes with the lead, from a form anyone can fill in, so without this rule LeadOps would mail its
// assessment of a lead to whoever asked, and relay mail to any address on the internet.

const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]";
const LOCAL_PART = new RegExp(`^${ATEXT}+(\\.${ATEXT}+)*$`);
const LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** One mailbox in RFC 5321 form (dot-atom local part, a DNS domain): no lists, display names, quotes or line breaks. */
export function isSingleMailbox(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at <= 0 || address.length > 254) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local)) return false;
  const labels = domain.split('.');
  return domain.length <= 253 && labels.length >= 2 && labels.every((l) => LABEL.test(l)) && !/^\d+$/.test(labels.at(-1)!);
}

/** A domain as NOTIFY_EMAIL_DOMAINS lists it: "sasnw.com". */
export function isMailDomain(domain: string): boolean {
  return isSingleMailbox(`x@${domain}`);
}

/**
 * Why internal scoring may not go to this address, or null when it may: it is one mailbox, and either of one of the
 * seller's domains (subdomains included) or a LeadOps user's.
 */
export function notifyRecipientRefusal(address: string, seller: { domains: readonly string[]; isUser: boolean }): string | null {
  if (!isSingleMailbox(address)) return 'must be one e-mail address';
  if (seller.isUser) return null;
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  if (seller.domains.some((d) => domain === d || domain.endsWith(`.${d}`))) return null;
  return seller.domains.length
    ? `must be an address of ${seller.domains.join(', ')} or of a LeadOps user: scoring goes to the seller's own people only`
    : "must be a LeadOps user's address (or set NOTIFY_EMAIL_DOMAINS): scoring goes to the seller's own people only";
}
