import { emailDomain, emailType } from './email-type';

describe('emailType', () => {
  it.each([
    ['josh@openenergy.com', 'CORPORATE'],
    ['kevin.morales@alumnos.utvalle.edu.mx', 'CORPORATE'],
    ['jorge.hdz@gmail.com', 'FREE'],
    ['constructora.alba@yahoo.com.mx', 'FREE'],
    ['ana@hotmail.es', 'FREE'],
    ['emilio@prodigy.net.mx', 'FREE'],
    ['tom@icloud.com', 'FREE'],
    ['mike.j@mailinator.com', 'DISPOSABLE'],
    ['x@yopmail.com', 'DISPOSABLE'],
    ['hsalas@temp-mail.org', 'DISPOSABLE'],
    ['someone@sub.guerrillamail.com', 'DISPOSABLE'],
    ['john.smith@example.com', 'INVALID'],
    ['test@test.com', 'INVALID'],
    ['admin@server.local', 'INVALID'],
    ['carlos@grupoferrox', 'INVALID'],
    ['profits@@cryptowin.biz', 'INVALID'],
    ['rh.grupoolmos.com.mx', 'INVALID'],
    ['', 'INVALID'],
  ])('%s is %s', (email, type) => {
    expect(emailType(email)).toBe(type);
  });

  it('does not take a company domain that merely starts like a provider for a free mailbox', () => {
    expect(emailType('ops@livenation-events.com')).toBe('CORPORATE');
    expect(emailType('it@outlookconsulting.mx')).toBe('CORPORATE');
  });

  it('gives the lower-case domain of a valid address', () => {
    expect(emailDomain(' Ana@Empresa.COM.mx ')).toBe('empresa.com.mx');
    expect(emailDomain('no-at-sign')).toBeNull();
  });
});
