/**
 * MUI 9's Checkbox, Switch and Radio take their <input> props as slotProps.input only; react-admin 5.15 still passes
 * some as inputProps / inputRef (the select-all checkbox, BooleanInput), which would reach the DOM and, for inputRef,
 * leave react-hook-form without the input to focus. These wrappers fold them into slotProps.input.
 */
import MuiCheckbox, { type CheckboxProps } from '@mui/material/Checkbox';
import MuiRadio, { type RadioProps } from '@mui/material/Radio';
import MuiSwitch, { type SwitchProps } from '@mui/material/Switch';
import { forwardRef, type ComponentType, type Ref } from 'react';

interface LegacyInputProps {
  inputProps?: Record<string, unknown>;
  inputRef?: Ref<HTMLInputElement>;
  slotProps?: Record<string, unknown>;
}

function withInputSlot<P extends object>(Component: ComponentType<P>, name: string) {
  const Legacy = forwardRef<HTMLButtonElement, P & LegacyInputProps>(function Legacy({ inputProps, inputRef, slotProps, ...rest }, ref) {
    const slots = (slotProps ?? {}) as Record<string, unknown>;
    const given = slots['input'];
    const input =
      !inputProps && !inputRef
        ? given
        : typeof given === 'function'
          ? given
          : { ...inputProps, ...(inputRef ? { ref: inputRef } : {}), ...(given as object | undefined) };
    const Inner = Component as ComponentType<Record<string, unknown>>;
    return <Inner ref={ref} {...rest} slotProps={input === undefined ? slotProps : { ...slots, input }} />;
  });
  Legacy.displayName = `Legacy${name}`;
  return Legacy;
}

export const LegacyCheckbox = withInputSlot<CheckboxProps>(MuiCheckbox, 'Checkbox');
export const LegacySwitch = withInputSlot<SwitchProps>(MuiSwitch, 'Switch');
export const LegacyRadio = withInputSlot<RadioProps>(MuiRadio, 'Radio');
