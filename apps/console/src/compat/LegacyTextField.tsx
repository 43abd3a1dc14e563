/**
 * MUI 9 dropped TextField's InputProps / inputProps / InputLabelProps / FormHelperTextProps / SelectProps in favour of
 * slotProps, but react-admin 5.15 still passes some of them (SearchInput's icon, PasswordInput's eye, NumberInput's
 * step). This TextField maps them onto slotProps, so nothing is lost and React does not warn about unknown DOM props.
 * vite.config.ts hands it to react-admin's inputs only.
 */
import MuiTextField, { type TextFieldProps } from '@mui/material/TextField';
import { forwardRef } from 'react';

type Legacy = Record<string, unknown> | undefined;

export type LegacyTextFieldProps = TextFieldProps & {
  InputProps?: Legacy;
  inputProps?: Legacy;
  InputLabelProps?: Legacy;
  FormHelperTextProps?: Legacy;
  SelectProps?: Legacy;
};

/** The slot props win over the legacy ones, as MUI documents for the deprecated props. */
function merge(legacy: Legacy, slot: unknown): unknown {
  if (!legacy) return slot;
  if (typeof slot === 'function') return slot;
  return { ...legacy, ...(slot as Record<string, unknown> | undefined) };
}

export const LegacyTextField = forwardRef<HTMLDivElement, LegacyTextFieldProps>(function LegacyTextField(
  { InputProps, inputProps, InputLabelProps, FormHelperTextProps, SelectProps, slotProps, ...rest },
  ref,
) {
  const slots = (slotProps ?? {}) as Record<string, unknown>;
  const mapped = {
    ...slots,
    input: merge(InputProps, slots['input']),
    htmlInput: merge(inputProps, slots['htmlInput']),
    inputLabel: merge(InputLabelProps, slots['inputLabel']),
    formHelperText: merge(FormHelperTextProps, slots['formHelperText']),
    select: merge(SelectProps, slots['select']),
  };
  return <MuiTextField ref={ref} {...rest} slotProps={mapped as TextFieldProps['slotProps']} />;
});
