// The scoring promotion rule alone, for the workflow sandbox: the domain barrel would bring libphonenumber along.
export * from '../scoring/promotion';
