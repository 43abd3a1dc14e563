import LanguageIcon from '@mui/icons-material/Translate';
import { Button, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { LOCALES } from '../i18n/i18nProvider';

/** English, Spanish (Mexico) or Brazilian Portuguese, from the app bar; react-admin's store remembers the choice on this device. */
export function LocaleSwitcher() {
  const [locale, setLocale] = useLocaleState();
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        color="inherit"
        startIcon={<LanguageIcon />}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-label={translate('leadops.locale.label')}
        aria-haspopup="menu"
        data-testid="locale-switcher"
        sx={{ minWidth: 0, px: 1 }}
      >
        {locale.toUpperCase()}
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {LOCALES.map((l) => (
          <MenuItem
            key={l.locale}
            selected={l.locale === locale}
            lang={l.locale}
            data-locale={l.locale}
            onClick={() => {
              setLocale(l.locale);
              setAnchor(null);
            }}
          >
            {l.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
