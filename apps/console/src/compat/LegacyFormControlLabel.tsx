/**
 * MUI 9's FormControlLabel no longer hands `inputRef` to its control; react-admin 5.15's BooleanInput relies on it to
 * register the switch with react-hook-form. This one passes it on (the control maps it onto slotProps.input).
 */
import MuiFormControlLabel, { type FormControlLabelProps } from '@mui/material/FormControlLabel';
import { cloneElement, forwardRef, isValidElement, type Ref } from 'react';

export const LegacyFormControlLabel = forwardRef<HTMLLabelElement, FormControlLabelProps & { inputRef?: Ref<HTMLInputElement> }>(
  function LegacyFormControlLabel({ inputRef, control, ...rest }, ref) {
    const withRef =
      inputRef && isValidElement<{ inputRef?: unknown }>(control) && control.props.inputRef === undefined
        ? cloneElement(control, { inputRef } as { inputRef: unknown })
        : control;
    return <MuiFormControlLabel ref={ref} control={withRef} {...rest} />;
  },
);
