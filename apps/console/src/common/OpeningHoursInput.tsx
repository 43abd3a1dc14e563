import { ArrayInput, required, SelectInput, SimpleFormIterator, TimeInput } from 'react-admin';
import { weekdayChoices } from './choices';

const asText = (v: string) => v;

/** A week of working hours: weekday, from, to ("HH:MM"), as the API's OpeningHours list. */
export function OpeningHoursInput({ source, label }: { source: string; label?: string | false }) {
  return (
    <ArrayInput source={source} label={label}>
      <SimpleFormIterator inline disableReordering>
        <SelectInput source="weekday" label="leadops.hours.weekday" choices={weekdayChoices} validate={required()} />
        <TimeInput source="from" label="leadops.hours.from" validate={required()} parse={asText} format={asText} />
        <TimeInput source="to" label="leadops.hours.to" validate={required()} parse={asText} format={asText} />
      </SimpleFormIterator>
    </ArrayInput>
  );
}
