import {
  AutocompleteInput, BooleanInput, DateInput, NumberInput, ReferenceInput, SearchInput, SelectArrayInput, SelectInput,
} from 'react-admin';
import { priorityChoices, slaStateChoices, sourceChoices, stageChoices, statusChoices } from '../common/choices';

/** The lead list's filters; react-admin's saved queries remember any combination of them. */
export function leadFilters({ byOwner, translate }: { byOwner: boolean; translate: (key: string) => string }) {
  return [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('leadops.lead.search_placeholder')} />,
    <SelectArrayInput key="stage" source="stage" choices={stageChoices} />,
    <SelectArrayInput key="priority" source="priority" choices={priorityChoices} />,
    <SelectArrayInput key="status" source="status" choices={statusChoices} />,
    <SelectArrayInput key="slaState" source="slaState" choices={slaStateChoices} />,
    ...(byOwner
      ? [
          <ReferenceInput key="ownerId" source="ownerId" reference="users" filter={{ role: 'REP' }} sort={{ field: 'displayName', order: 'ASC' }}>
            <AutocompleteInput optionText="displayName" label="resources.leads.fields.ownerId" />
          </ReferenceInput>,
          <BooleanInput key="unassigned" source="unassigned" />,
        ]
      : []),
    <BooleanInput key="openOnly" source="openOnly" />,
    <NumberInput key="minScore" source="minScore" min={0} max={100} step={5} />,
    <SelectInput key="source" source="source" choices={sourceChoices} />,
    <DateInput key="createdFrom" source="createdFrom" />,
    <DateInput key="createdTo" source="createdTo" />,
  ];
}
