import { isSingleMailbox, notifyRecipientRefusal } from './notify-recipient';

describe('notify recipients', () => {
  it.each(['ventas@sasnw.com', 'ana.lopez+leads@mx.sasnw.com', "o'neil@sasnw.com"])('takes the mailbox %s', (a) => expect(isSingleMailbox(a)).toBe(true));

  it.each([
    'a@b.com, c@d.com', 'Ana <ana@sasnw.com>', 'ana@sasnw.com\r\nBcc: x@evil.com', '"ana"@sasnw.com', 'ana@localhost', 'ana@[127.0.0.1]',
    'ana@127.0.0.1', 'ana@-sasnw.com', '.ana@sasnw.com', 'ana..lopez@sasnw.com', 'ana@sasnw..com', `${'a'.repeat(65)}@sasnw.com`, 'ana@', '@sasnw.com',
  ])('refuses %j as one mailbox', (a) => expect(isSingleMailbox(a)).toBe(false));

  it("sends scoring to the seller's domains and users only", () => {
    const seller = { domains: ['sasnw.com'], isUser: false };
    expect(notifyRecipientRefusal('ventas@sasnw.com', seller)).toBeNull();
    expect(notifyRecipientRefusal('ventas@mx.sasnw.com', seller)).toBeNull();
    expect(notifyRecipientRefusal('attacker@gmail.com', seller)).toMatch(/must be an address of sasnw\.com or of a LeadOps user/);
    expect(notifyRecipientRefusal('x@evilsasnw.com', seller)).not.toBeNull();
    expect(notifyRecipientRefusal('rep@personal.mx', { domains: [], isUser: true })).toBeNull();
    expect(notifyRecipientRefusal('a@b.com, c@d.com', { domains: [], isUser: true })).toBe('must be one e-mail address');
  });
});
